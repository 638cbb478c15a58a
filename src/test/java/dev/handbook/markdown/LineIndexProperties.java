package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The line index gives every offset the line flexmark's own (slower) count gives it, whatever the line ends,
 * and the column counted from the start of that line.
 */
class LineIndexProperties {

    private final Parser parser = Parser.builder().build();

    @Property(tries = 300)
    void sameLineAsFlexmark(@ForAll("texts") String text) {
        Document document = parser.parse(text);
        LineIndex index = LineIndex.of(document.getChars().toString());
        for (int offset = 0; offset <= text.length(); offset++) {
            int at = offset;
            assertEquals(document.getLineNumber(offset), index.line(offset), () -> "offset " + at + " in "
                    + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Property(tries = 300)
    void columnCountsFromTheLineStart(@ForAll("texts") String text) {
        LineIndex index = LineIndex.of(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            int lineStart = offset;
            while (lineStart > 0 && !endsLine(text, lineStart - 1)) {
                lineStart--;
            }
            int at = offset;
            assertEquals(offset - lineStart + 1, index.column(offset), () -> "offset " + at + " in "
                    + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    // True when the character at i ends a line: a \n, or a \r not followed by \n.
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "bc", " ", "\n", "\r", "\r\n", "\n\n", "# h", "- i").list().ofMaxSize(30)
                .map(pieces -> String.join("", pieces));
    }
}
