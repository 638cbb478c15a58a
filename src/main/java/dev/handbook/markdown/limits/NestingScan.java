package dev.handbook.markdown.limits;

/**
 * How deep a note's lists and quotes nest, read from its lines before flexmark parses it: flexmark's work grows
 * with lines times open levels (a list 1,000 levels deep takes it 13 s and more), so a note far too
 * deep is refused before it is parsed.
 *
 * <p>The scan follows CommonMark's containers only as far as it can be sure of them, and gives up on a line (or
 * a code block or HTML block) otherwise: it never counts more levels than flexmark's tree has, so it refuses
 * only notes that the check of the parsed tree would refuse too.
 */
public final class NestingScan {

    private static final int NONE = -1;

    private final String text;
    private final int maxDepth;
    // The open containers, outermost first: 0 for a quote, else the columns an item's content is indented by.
    private final int[] widths;
    private int open;
    private int depth;
    // The line being read: its end, the index of the next character and the column reached (within a tab too).
    private int end;
    private int at;
    private int column;
    // Where the marker of the container opened last starts.
    private int markerAt;

    private NestingScan(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.widths = new int[maxDepth + 2];
    }

    /**
     * Where the first list item, quote or block more than {@code maxDepth} levels deep starts (a quote is one
     * level, a list item two: its list and itself), or -1 when there is none.
     */
    public static int tooDeep(String text, int maxDepth) {
        return new NestingScan(text, maxDepth).scan();
    }

    private int scan() {
        Skipped skipped = null;
        for (int start = 0; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (skipped != null) {
                boolean ends = skipped.endsAt(text, start, end);
                boolean exact = skipped.exact();
                skipped = ends ? null : skipped;
                if (!ends || exact) {
                    continue;
                }
            }
            at = start;
            column = 0;
            int found = line();
            if (found != NONE) {
                return found;
            }
            skipped = Skipped.startingAt(text, at, end, start, open == 0);
            if (skipped != null) {
                close(0); // forgetting the open containers only counts fewer
            }
        }
        return NONE;
    }

    // Reads one line's containers: those it continues, then those it opens; returns where the limit was passed.
    private int line() {
        boolean blank = isBlank(at);
        int matched = 0;
        while (matched < open && (blank && widths[matched] > 0 || continues(widths[matched]))) {
            matched++;
        }
        close(matched); // a lazy line may keep them open in CommonMark: closing them only counts fewer
        while (!blank) {
            int width = opening();
            if (width == NONE) {
                // What is left of the line is a block inside the innermost container, a level below it.
                int content = skipSpaces(at);
                return content < end && depth + 1 > maxDepth ? content : NONE;
            }
            widths[open++] = width;
            depth += width == 0 ? 1 : 2;
            if (depth > maxDepth) {
                return markerAt;
            }
        }
        return NONE;
    }

    private void close(int keep) {
        while (open > keep) {
            depth -= widths[--open] == 0 ? 1 : 2;
        }
    }

    // Consumes a quote's '>' or an item's indentation when this line continues that container.
    private boolean continues(int width) {
        int spaces = indent(at);
        if (width == 0) {
            int marker = skipSpaces(at);
            if (spaces > 3 || marker >= end || text.charAt(marker) != '>') {
                return false;
            }
            skipBlanks();
            at++;
            column++;
            consumeColumns(Math.min(1, indent(at)));
            return true;
        }
        if (spaces < width) {
            return false;
        }
        consumeColumns(width);
        return true;
    }

    // A container this line opens here: 0 for a quote, an item's content width, or NONE.
    private int opening() {
        int spaces = indent(at);
        int marker = skipSpaces(at);
        if (spaces > 3 || marker >= end) {
            return NONE;
        }
        char c = text.charAt(marker);
        markerAt = marker;
        if (c == '>') {
            skipBlanks();
            at++;
            column++;
            consumeColumns(Math.min(1, indent(at)));
            return 0;
        }
        int after = marker;
        if (c == '-' || c == '+' || c == '*') {
            if (c != '+' && isThematicBreak(marker, c)) {
                return NONE;
            }
            after = marker + 1;
        } else if (c == '1') {
            // Only an ordered list that starts at 1 may interrupt a paragraph; other numbers are left uncounted.
            while (after < end && after - marker < 9 && text.charAt(after) >= '0' && text.charAt(after) <= '9') {
                after++;
            }
            if (after - marker != 1 || after >= end || text.charAt(after) != '.' && text.charAt(after) != ')') {
                return NONE;
            }
            after++;
        } else {
            return NONE;
        }
        if (after >= end || text.charAt(after) != ' ' && text.charAt(after) != '\t' || isBlank(after)) {
            return NONE; // not a marker, or an empty item, which may be a heading's underline instead
        }
        skipBlanks();
        int markerColumns = after - marker;
        at = after;
        column += markerColumns;
        int gap = indent(at);
        int content = gap >= 5 ? 1 : gap; // five or more: the item holds indented code, one column in
        consumeColumns(content);
        return spaces + markerColumns + content;
    }

    // A line of three or more of the marker and blanks only, from the marker on, is a rule, not list items.
    private boolean isThematicBreak(int from, char c) {
        int count = 0;
        for (int i = from; i < end; i++) {
            char x = text.charAt(i);
            if (x == c) {
                count++;
            } else if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    // Columns of blanks from index i, counting from the current column (tabs stop every four columns).
    private int indent(int i) {
        int c = column;
        for (; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            c = text.charAt(i) == ' ' ? c + 1 : (c / 4 + 1) * 4;
        }
        return c - column;
    }

    private int skipSpaces(int i) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void skipBlanks() {
        column += indent(at);
        at = skipSpaces(at);
    }

    // Moves on by this many columns of blanks, stopping inside a tab when it is only partly used.
    private void consumeColumns(int columns) {
        int target = column + columns;
        while (at < end && column < target) {
            int next = text.charAt(at) == ' ' ? column + 1 : (column / 4 + 1) * 4;
            if (next > target) {
                column = target;
                return;
            }
            column = next;
            at++;
        }
    }

    private boolean isBlank(int from) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
