package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The line index gives every offset the line flexmark's own (slower) count gives it, whatever the line ends. */
class LineIndexProperties {

    private final Parser parser = Parser.builder().build();

    @Property(tries = 300)
    void sameLineAsFlexmark(@ForAll("texts") String text) {
        Document document = parser.parse(text);
        LineIndex index = LineIndex.of(document.getChars());
        for (int offset = 0; offset <= text.length(); offset++) {
            int at = offset;
            assertEquals(document.getLineNumber(offset), index.line(offset), () -> "offset " + at + " in "
                    + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "bc", " ", "\n", "\r", "\r\n", "\n\n", "# h", "- i").list().ofMaxSize(30)
                .map(pieces -> String.join("", pieces));
    }
}
