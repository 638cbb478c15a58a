package dev.handbook.markdown;

import java.util.Arrays;

/**
 * Where each line of a note's body starts, so a character offset becomes a line by binary search: flexmark's
 * own {@code getLineNumber} scans the text from its start on every call, which made a note's diagnostics and
 * question lines quadratic in its length.
 */
final class LineIndex {

    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    /** The index of a text whose lines end in {@code \n}, {@code \r\n} or a lone {@code \r}, as flexmark counts them. */
    static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 0;
        if (text.indexOf('\r') < 0) {
            // The common case, found by the JDK's vectorised search instead of a look at every character.
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
                starts = grown(starts, count);
                starts[count++] = end + 1;
            }
            return new LineIndex(Arrays.copyOf(starts, count));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // the line ends after the \n
            }
            if (c == '\n' || c == '\r') {
                starts = grown(starts, count);
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    private static int[] grown(int[] starts, int count) {
        return count < starts.length ? starts : Arrays.copyOf(starts, count * 2);
    }

    /** The 0-based line of a character offset: how many line ends lie wholly before it. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of a character offset in its line. */
    int column(int offset) {
        int line = line(offset);
        return offset - (line == 0 ? 0 : lineStarts[line - 1]) + 1;
    }
}
