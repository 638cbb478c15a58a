package dev.handbook.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes heading anchor ids: lower case, letters and digits of any script kept, spaces as hyphens,
 * other punctuation dropped, repeats numbered {@code -1}, {@code -2} as GitHub does.
 */
public final class HeadingIds {

    // The ids the default theme gives its own parts of a page (the skip link's target, the search dialog, a
    // role's sections...): a note's "## Main", or a role's "## Competencies", is numbered as a repeat instead of
    // taking one. Only the ids of the note's own kind of page are kept clear, so a guide's "## Notes" stays #notes.
    private static final Set<String> EVERY_PAGE = Set.of("main", "search", "search-input", "search-results",
            "search-status", "backlinks-title", "listed-questions");
    private static final Map<String, Set<String>> BY_KIND = Map.of(
            "role", Set.of("outcomes", "competencies", "loop", "by-competency", "notes"),
            "stage", Set.of("kit"),
            "competency", Set.of("levels", "probing"),
            "home", Set.of("start-here", "all-notes", "section-general"));
    private static final Map<String, Pattern> NUMBERED_BY_KIND = Map.of(
            "role", Pattern.compile("competency-\\d+"), "home", Pattern.compile("section-\\d+"));

    private final Map<String, Integer> used = new HashMap<>();
    private final Set<String> theThemes;
    private final Pattern theThemesNumbered;

    /**
     * Ids for the headings of a note whose page is of this kind.
     *
     * @param kind {@code role}, {@code stage}, {@code competency}, {@code home} (the root index.md), or empty
     */
    public HeadingIds(String kind) {
        this.theThemes = BY_KIND.getOrDefault(kind, Set.of());
        this.theThemesNumbered = NUMBERED_BY_KIND.get(kind);
    }

    /** The id for the next heading with this text. */
    public String next(String text) {
        String base = anchor(text);
        int count = used.getOrDefault(base, 0);
        String id = count == 0 ? base : base + "-" + count;
        while (isTheThemes(id)) {
            count++;
            id = base + "-" + count;
        }
        used.put(base, count + 1);
        return id;
    }

    private boolean isTheThemes(String id) {
        return EVERY_PAGE.contains(id) || theThemes.contains(id)
                || theThemesNumbered != null && theThemesNumbered.matcher(id).matches();
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
