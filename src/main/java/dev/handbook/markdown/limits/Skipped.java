package dev.handbook.markdown.limits;

import java.util.Locale;

/**
 * A fenced code block or an HTML block, whose lines are not Markdown: {@link NestingScan} skips from its first
 * line to the line that surely ends it, or further, never stopping before its end.
 *
 * @param fence the fence's character and length ({@code "```"}), or null for HTML
 * @param inside where the content of the fence's containers starts in its line, so a fence indented deeper
 *               than a closing fence may be stays code
 * @param endMark what the line that ends an HTML block holds; empty for a blank line
 * @param exact true when the block opened outside any list or quote, so it surely ends at that line; in one, it
 *              may have ended before, with its container, and the line that ends the skip must be read again
 */
record Skipped(String fence, int inside, String endMark, boolean exact) {

    private static final String[] RAW_TAGS = {"pre", "script", "style", "textarea"};

    /** The block the rest of a line opens, from {@code at} on, or null when it opens none. */
    static Skipped startingAt(String text, int at, int end, int lineStart, boolean topLevel) {
        int first = at;
        while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
            first++;
        }
        if (first - at > 3 || first >= end) {
            return null;
        }
        char c = text.charAt(first);
        if (c == '`' || c == '~') {
            int run = first;
            while (run < end && text.charAt(run) == c) {
                run++;
            }
            return run - first >= 3 ? new Skipped(text.substring(first, run), at - lineStart, null, topLevel && at == lineStart) : null;
        }
        if (c != '<') {
            return null;
        }
        String rest = text.substring(first, Math.min(end, first + 12)).toLowerCase(Locale.ROOT);
        String mark = rest.startsWith("<!--") ? "-->" : rest.startsWith("<?") ? "?>"
                : rest.startsWith("<![cdata[") ? "]]>" : rest.startsWith("<!") ? ">" : "";
        for (String tag : RAW_TAGS) {
            if (rest.startsWith("<" + tag)) {
                mark = "</" + tag + ">";
            }
        }
        // The block may end on its own first line.
        return mark.isEmpty() || !text.substring(first + 2, end).toLowerCase(Locale.ROOT).contains(mark)
                ? new Skipped(null, 0, mark, topLevel && at == lineStart) : null;
    }

    /** True when this line ends the block (and is the last one skipped). */
    boolean endsAt(String text, int start, int end) {
        if (fence == null) {
            String line = text.substring(start, end);
            return endMark.isEmpty() ? line.isBlank() : line.toLowerCase(Locale.ROOT).contains(endMark);
        }
        int first = start;
        while (first < end && text.charAt(first) == ' ') {
            first++;
        }
        if (first - start > inside + 3) {
            return false;
        }
        int run = first;
        while (run < end && text.charAt(run) == fence.charAt(0)) {
            run++;
        }
        return run - first >= fence.length() && text.substring(run, end).isBlank();
    }
}
