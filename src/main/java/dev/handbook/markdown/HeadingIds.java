package dev.handbook.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes heading anchor ids: lower case, letters and digits of any script kept, spaces as hyphens,
 * other punctuation dropped, repeats numbered {@code -1}, {@code -2} as GitHub does.
 */
public final class HeadingIds {

    private final Map<String, Integer> used = new HashMap<>();

    /** The id for the next heading with this text. */
    public String next(String text) {
        String base = anchor(text);
        Integer count = used.get(base);
        used.put(base, count == null ? 1 : count + 1);
        return count == null ? base : base + "-" + count;
    }

    /** The id a heading text gets the first time it appears. */
    public static String anchor(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                out.appendCodePoint(c);
            } else if (Character.isWhitespace(c)) {
                out.append('-');
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }
}
