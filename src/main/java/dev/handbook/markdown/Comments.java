package dev.handbook.markdown;

/**
 * Blanks out Obsidian comments {@code %% … %%} before parsing, keeping every line break so that
 * positions in diagnostics still point at the right line. Code spans and fenced code keep their {@code %%}.
 */
final class Comments {

    private Comments() {
    }

    /** The text with each comment replaced by spaces (and its line breaks kept). */
    static String strip(String text) {
        if (!text.contains("%%")) {
            return text;
        }
        char[] out = text.toCharArray();
        String fence = null;
        boolean inComment = false;
        int lineStart = 0;
        int i = 0;
        while (i < out.length) {
            if (i == lineStart && !inComment) {
                String line = lineAt(text, i).stripLeading();
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
                out[i] = ' ';
                out[i + 1] = ' ';
                inComment = !inComment;
                i += 2;
                continue;
            }
            if (inComment) {
                out[i] = ' ';
            }
            i++;
        }
        return new String(out);
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
