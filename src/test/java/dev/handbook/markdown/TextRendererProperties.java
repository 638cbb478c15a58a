package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Drawing plain text in one pass gives exactly the HTML flexmark's own text renderer gives. */
class TextRendererProperties {

    private static final List<String> FRAGMENTS = List.of(
            "words", " ", "é", "—", "😀", "<", ">", "\"", "'", "&", "&amp;", "&lt;", "&#64;", "&nosuch;", "\\",
            "\\*", "\\&", "\\<", "\r", "\r\n", "\n", "\n\n", "*", "_", "`", "[", "]", "(", ")", "#", "- ", "> ",
            "|", "~~", "==");

    private static final MutableDataSet OPTIONS = new MutableDataSet();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private static final HtmlRenderer ONE_PASS = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(new TextRenderer.Factory()).build();

    @Property(tries = 1000)
    void drawsWhatFlexmarkDraws(@ForAll("texts") String markdown) {
        Document document = PARSER.parse(markdown);
        assertEquals(FLEXMARK.render(document), ONE_PASS.render(document), () -> "for: " + markdown);
    }

    @Example
    void escapesTheFourCharactersHtmlNeeds() {
        assertEquals("a &lt;b&gt; &quot;c&quot; &amp; d's", HtmlEscaping.escape("a <b> \"c\" & d's", false));
        String plain = "nothing to escape — é";
        assertSame(plain, HtmlEscaping.escape(plain, false), "a text with nothing to escape is not copied");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }
}
