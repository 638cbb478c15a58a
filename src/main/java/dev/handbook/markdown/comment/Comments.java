package dev.handbook.markdown.comment;

import java.util.regex.Pattern;

/**
 * Blanks out Obsidian comments {@code %% … %%} before parsing, keeping every line break so that
 * positions in diagnostics still point at the right line. Code spans, fenced and indented code keep their
 * {@code %%}, as in Obsidian.
 *
 * <p>A comment inside a line becomes spaces, so columns after it stay right; a comment at the start or
 * end of a line is dropped instead, because spaces there would indent the text into a code block or
 * end the line with a hard break.
 */
public final class Comments {

    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]|\\d{1,9}[.)])(?:[ \t]|$)");

    private Comments() {
    }

    /** The text with each comment removed or replaced by spaces, its line breaks kept. */
    public static String strip(String text) {
        if (!text.contains("%%")) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean[] hidden = new boolean[out.length];
        String fence = null;
        boolean inComment = false;
        // Indented code: four columns in, after a blank line, outside a list (where they continue an item).
        boolean inIndentedCode = false;
        boolean afterBlank = true;
        boolean inList = false;
        int lineStart = 0;
        int i = 0;
        while (i < out.length) {
            if (i == lineStart && !inComment) {
                String whole = lineAt(text, i);
                String line = whole.stripLeading();
                boolean blank = line.isBlank();
                int indent = indent(whole);
                boolean codeLine = fence == null && !blank && indent >= 4
                        && (inIndentedCode || afterBlank && !inList);
                if (fence == null && !blank && indent < 4) {
                    inList = LIST_ITEM.matcher(line).lookingAt() || inList && !afterBlank;
                }
                inIndentedCode = codeLine || inIndentedCode && blank;
                afterBlank = blank;
                if (codeLine) {
                    i = skipLine(text, i);
                    lineStart = i;
                    continue;
                }
                if (fence != null) {
                    if (line.startsWith(fence)) {
                        fence = null;
                    }
                    i = skipLine(text, i);
                    lineStart = i;
                    continue;
                }
                if (line.startsWith("```") || line.startsWith("~~~")) {
                    fence = line.substring(0, 3);
                    i = skipLine(text, i);
                    lineStart = i;
                    continue;
                }
            }
            char c = out[i];
            if (c == '\n') {
                lineStart = i + 1;
                i++;
                continue;
            }
            if (!inComment && c == '`') {
                int run = 0;
                while (i + run < out.length && out[i + run] == '`') {
                    run++;
                }
                String ticks = "`".repeat(run);
                int close = text.indexOf(ticks, i + run);
                int lineEnd = text.indexOf("\n\n", i);
                if (close > 0 && (lineEnd < 0 || close < lineEnd)) {
                    i = close + run;
                    continue;
                }
                i += run;
                continue;
            }
            if (c == '%' && i + 1 < out.length && out[i + 1] == '%') {
                hidden[i] = true;
                hidden[i + 1] = true;
                inComment = !inComment;
                i += 2;
                continue;
            }
            hidden[i] = inComment;
            i++;
        }
        return withoutHidden(text, hidden);
    }

    // Line by line: hidden characters before the first or after the last visible one go, the others become spaces.
    private static String withoutHidden(String text, boolean[] hidden) {
        StringBuilder result = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = -1;
            int last = -1;
            for (int i = lineStart; i < lineEnd; i++) {
                if (!hidden[i] && !Character.isWhitespace(text.charAt(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            boolean afterComment = false;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (first < 0 || i < first) {
                    // Leading: keep the line's own indentation, drop the comment and the spaces after it.
                    if (hidden[i]) {
                        afterComment = true;
                    } else if (!afterComment) {
                        result.append(c);
                    }
                } else if (i > last) {
                    if (!hidden[i]) {
                        result.append(c);
                    }
                } else {
                    result.append(hidden[i] ? ' ' : c);
                }
            }
            if (lineEnd < text.length()) {
                result.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return result.toString();
    }

    // The columns of a line's leading spaces and tabs, a tab reaching the next multiple of four.
    private static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int skipLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end + 1;
    }
}
