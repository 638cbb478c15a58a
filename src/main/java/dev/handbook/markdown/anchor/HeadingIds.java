package dev.handbook.markdown.anchor;

import com.vladsch.flexmark.ast.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes heading anchor ids: lower case, letters and digits of any script kept, spaces as hyphens,
 * other punctuation dropped, repeats numbered {@code -1}, {@code -2} as GitHub does.
 */
public final class HeadingIds {

    // The fixed ids the default theme gives its own parts of a page (the skip link's target, the search dialog,
    // a role's sections...): a note's "## Main", or a role's "## Outcomes", is numbered as a repeat instead of
    // taking one. Only the ids of the note's own kind of page are kept clear, so a guide's "## Notes" stays
    // #notes. The theme's numbered ids ("loop.1") hold a dot, which no heading's id has.
    private static final Set<String> EVERY_PAGE = Set.of("main", "search", "search-input", "search-results",
            "search-status", "backlinks-title", "listed-questions");
    private static final Map<String, Set<String>> BY_KIND = Map.of(
            "role", Set.of("outcomes", "competencies", "loop", "by-competency", "notes"),
            "stage", Set.of("kit"),
            "competency", Set.of("levels", "probing"),
            "home", Set.of("start-here", "all-notes", "section-general"));

    private static final Pattern ATTRIBUTES =
            Pattern.compile("\\s*\\{\\s*(?:#([\\w-]+)|\\.[\\w-]+)(?:\\s+(?:[.#][\\w-]+|[\\w-]+=\\S+))*\\s*}\\s*$");

    private final Map<String, Integer> used = new HashMap<>();
    private final Set<String> issued = new HashSet<>();
    private final Set<String> theThemes;

    /**
     * Ids for the headings of a note whose page is of this kind.
     *
     * @param kind {@code role}, {@code stage}, {@code competency}, {@code home} (the root index.md), or empty
     */
    public HeadingIds(String kind) {
        this.theThemes = BY_KIND.getOrDefault(kind, Set.of());
    }

    /**
     * The id for the next heading with this text. A repeat is numbered, and so is one whose id is the theme's
     * or was already given ("## Main 1" then "## Main" are main-1 and main-2); the ids taken are finite, so a
     * free number is always found.
     */
    public String next(String text) {
        String base = anchor(text);
        int count = used.getOrDefault(base, 0);
        String id = count == 0 ? base : base + "-" + count;
        while (EVERY_PAGE.contains(id) || theThemes.contains(id) || issued.contains(id)) {
            count++;
            id = base + "-" + count;
        }
        used.put(base, count + 1);
        issued.add(id);
        return id;
    }

    /**
     * The id for a heading that names its own ({@code ### Plan {#plan}} in kramdown, Pandoc and Hugo): that id
     * unless it is taken, then a number as for any heading.
     */
    public String next(String text, String written) {
        if (written == null || EVERY_PAGE.contains(written) || theThemes.contains(written) || issued.contains(written)) {
            return next(text);
        }
        issued.add(written);
        return written;
    }

    /**
     * Removes a trailing attribute block ({@code {#plan}}, {@code {#plan .unlisted}}, {@code {.unnumbered}})
     * from a heading's text, so it is not shown, and returns the id it gave, or null.
     */
    public static String takeWritten(com.vladsch.flexmark.ast.Heading heading) {
        if (!(heading.getLastChild() instanceof Text text)) {
            return null;
        }
        Matcher matcher = ATTRIBUTES.matcher(text.getChars());
        if (!matcher.find()) {
            return null;
        }
        text.setChars(text.getChars().subSequence(0, matcher.start()));
        return matcher.group(1);
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
