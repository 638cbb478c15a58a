package dev.handbook.vault;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns titles and file names into URL path segments: lower case, words joined by hyphens, Latin
 * letters reduced to ASCII and letters of other scripts kept as they are.
 */
public final class Slugs {

    // Latin letters that Unicode does not decompose into an ASCII base letter.
    private static final Map<String, String> LATIN = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "þ", "th", "ð", "d", "ı", "i");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // piece() of every ASCII character, worked out once: slugs are made for every note, tag and question.
    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = slowPiece(c);
        }
    }

    private Slugs() {
    }

    /** {@code "Café chats & Références"} becomes {@code "cafe-chats-references"}; {@code "面接 1"} becomes {@code "面接-1"}. */
    public static String slug(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normal.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            String piece = piece(c);
            if (piece != null && !piece.isEmpty() && isMark(c) && (pendingHyphen || out.length() == 0)) {
                // A mark left after a dropped emoji (its U+FE0F variation selector) would start a word.
                piece = "";
            }
            if (piece == null) {
                pendingHyphen = true;
            } else if (!piece.isEmpty()) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(piece);
                pendingHyphen = false;
            }
        }
        return out.length() == 0 ? "note" : out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    // The slug text of one character: ASCII where it has an ASCII form, itself for other letters,
    // "" for apostrophes ("Manager's" reads better as "managers"), null for a word separator.
    private static String piece(int c) {
        return c < ASCII.length ? ASCII[c] : slowPiece(c);
    }

    private static String slowPiece(int c) {
        if (c == '\'' || c == '\u2019') {
            return "";
        }
        String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
        String latin = LATIN.get(lower);
        if (latin != null) {
            return latin;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        if (!stripped.isEmpty() && stripped.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
            return stripped;
        }
        int type = Character.getType(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        if (c > 127 && (Character.isLetterOrDigit(c) || mark)) {
            return lower;
        }
        return null;
    }
}
