package dev.handbook.interview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable question ids: the same words give the same id in every build, whatever the punctuation. */
public final class QuestionIds {

    private QuestionIds() {
    }

    /** The key two questions share when they are the same question: letters and digits, lower case. */
    public static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    /** The id: {@code q-} and the first 10 hex digits of the key's SHA-256. */
    public static String of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key(text).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
