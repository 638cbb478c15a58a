package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick string of every node's characters is flexmark's own, escapes and entities resolved or not. */
class SequencesProperties {

    private static final List<String> FRAGMENTS = List.of("text", " ", "\n", "\n\n", "\\*", "\\", "&amp;", "&#64;",
            "&nope;", "\0", "*em*", "**strong**", "`code`", "[link](u)", "# ", "- ", "> ", "| a |", "é", "—", "\t",
            "\r\n", "[[Note|alias]]", "==mark==", "^id");

    @Property(tries = 500)
    void stringAndUnescapeAreFlexmarks(@ForAll("texts") String markdown) {
        Parser parser = Parser.builder(new MutableDataSet()).build();
        for (Node node : parser.parse(markdown).getDescendants()) {
            BasedSequence chars = node.getChars();
            assertEquals(chars.toString(), Sequences.string(chars), () -> node + " in " + markdown);
            assertEquals(chars.unescape(), Sequences.unescape(chars), () -> node + " in " + markdown);
            BasedSequence inner = chars.length() > 2 ? chars.subSequence(1, chars.length() - 1) : chars;
            assertEquals(inner.toString(), Sequences.string(inner));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }
}
