package dev.handbook.markdown.highlight;

import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.QuestionAnchors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.sanitize.HtmlSanitizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Highlightr marks drawn without the sanitiser give the page the sanitiser would have made of the raw
 * HTML: the same elements, classes and colours, whether the marks pair up, nest, cross emphasis or not.
 */
class HighlightrMarksProperties {

    private static final List<String> FRAGMENTS = List.of(
            "<mark>", "<MARK>", "</mark>", "</MARK >", "<mark style=\"background: #FF5582A6;\">",
            "<mark style='background-color:#abc'>", "<mark style=\"background: #12345678\">",
            "<mark style=\"color: red; background: #FF5582A6\">", "<mark class=\"x\">", "<mark style=\"background: #zz\">",
            "<b>", "</b>", "words", " ", "\n", "\n\n", "*", "**", "_", "- ", "> ", "`", "&amp;", "\"q\"", "é");

    private final MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
    private final HtmlSanitizer sanitizer = new HtmlSanitizer(InMemoryVault.config().highlights(),
            InMemoryVault.config().remoteResources());
    // Plain CommonMark, so the raw tags reach the sanitiser as written.
    private final Parser plainParser = Parser.builder().build();
    private final HtmlRenderer plainRenderer = HtmlRenderer.builder(new MutableDataSet().set(HtmlRenderer.SOFT_BREAK,
            InMemoryVault.config().markdown().hardLineBreaks() ? "<br />\n" : "\n")).build();

    @Property(tries = 400)
    void drawnMarksMatchTheSanitisedHtml(@ForAll("marked") String markdown) {
        String drawn = engine.renderer(LinkTable.EMPTY, QuestionAnchors.NONE).render(engine.parse(InMemoryVault.note("Marked.md", markdown), new Diagnostics()));
        String sanitised = sanitizer.clean(plainRenderer.render(plainParser.parse(markdown)));
        assertEquals(normalised(sanitised), normalised(drawn), () -> "for: " + markdown);
    }

    @Example
    void paletteColourBecomesItsClassWithoutTheSanitiser() {
        String drawn = engine.renderer(LinkTable.EMPTY, QuestionAnchors.NONE).render(engine.parse(InMemoryVault.note("Marked.md",
                "A <mark style=\"background: #FF5582A6;\">red</mark> and a <mark>plain</mark> mark.\n\n---\n"),
                new Diagnostics()));
        assertTrue(drawn.contains("<mark class=\"hl-setback\">red</mark>"), drawn);
        assertTrue(drawn.contains("<mark class=\"hl-highlight\">plain</mark>"), drawn);
        // The rule stays as flexmark writes it: the note did not go through the sanitiser.
        assertTrue(drawn.contains("<hr />"), drawn);
    }

    @Example
    void marksPairOnlyWithinALineSoACalloutTitleNeverHoldsHalfAMark() {
        String drawn = engine.renderer(LinkTable.EMPTY, QuestionAnchors.NONE).render(engine.parse(InMemoryVault.note("Marked.md",
                "> [!note] Title <mark>foo\n> bar</mark> baz\n"), new Diagnostics()));
        // Read as written, not through a parser that would close a mark left open.
        for (String paragraph : drawn.split("</p>")) {
            assertEquals(paragraph.split("<mark", -1).length, paragraph.split("</mark>", -1).length, drawn);
        }
        assertTrue(drawn.contains("class=\"callout-title\""), drawn);
    }

    @Provide
    Arbitrary<String> marked() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }

    // Parsed and written again by jsoup; heading ids, which only the handbook's renderer adds, left out.
    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("[id]").removeAttr("id");
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
