package dev.handbook.vault;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into URL path segments: lower case, ASCII, words joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Café chats & Références"} becomes {@code "cafe-chats-references"}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(ascii.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                pendingHyphen = false;
            } else if (c == '\'' || c == '\u2019') {
                continue; // "Manager's" reads better as "managers" than "manager-s"
            } else {
                pendingHyphen = true;
            }
        }
        return out.length() == 0 ? slugOfUnicode(text) : out.toString();
    }

    // Titles in scripts with no ASCII letters (Japanese, Cyrillic...) keep their letters, lower-cased.
    private static String slugOfUnicode(String text) {
        String kept = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return kept.isEmpty() ? "note" : kept;
    }
}
