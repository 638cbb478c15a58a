package dev.handbook.markdown.callout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.ObsidianSite;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Callouts as Obsidian's "Callouts" help page describes them: {@code > [!type] Title}, folded with
 * {@code -}, foldable and open with {@code +}, type case-insensitive, unknown types drawn as a note, the
 * title defaulting to the type; on the fixture note {@code syntax/Callouts.md}.
 */
class CalloutTest {

    private static final String PAGE = "syntax/callouts/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    // The callout whose body holds the label.
    private static Element callout(String label) {
        for (Element callout : site.body(PAGE).select(".callout")) {
            if (callout.text().contains(label)) {
                return callout;
            }
        }
        throw new AssertionError("no callout holding " + label + ":\n" + site.body(PAGE).html());
    }

    private static String title(Element callout) {
        Element title = callout.selectFirst(".callout-title");
        assertNotNull(title, callout::outerHtml);
        return title.text();
    }

    @Test
    void calloutHasItsTypeTitleAndBody() {
        Element callout = callout("C1:");
        assertTrue(callout.hasClass("callout-note"), callout::outerHtml);
        assertEquals("A Titled Note", title(callout));
        assertEquals("C1: body of the note.", callout.selectFirst(".callout-content").text());
        assertFalse(callout.text().contains("[!note]"), callout::outerHtml);
    }

    @Test
    void minusFoldsTheCallout() {
        Element callout = callout("C2:");
        assertEquals("details", callout.normalName());
        assertFalse(callout.hasAttr("open"), callout::outerHtml);
        assertEquals("Folded Warning", callout.selectFirst("summary").text());
    }

    @Test
    void plusMakesItFoldableButOpen() {
        Element callout = callout("C3:");
        assertEquals("details", callout.normalName());
        assertTrue(callout.hasAttr("open"), callout::outerHtml);
        assertEquals("Open Tip", callout.selectFirst("summary").text());
    }

    @Test
    void withoutFoldMarkerTheCalloutCannotFold() {
        assertEquals("div", callout("C1:").normalName());
    }

    @Test
    void typeIsCaseInsensitive() {
        assertTrue(callout("C4:").hasClass("callout-warning"), callout("C4:")::outerHtml);
    }

    @Test
    void unknownTypeIsShownAsANote() {
        Element callout = callout("C5:");
        assertTrue(callout.hasClass("callout-note"), callout::outerHtml);
        assertEquals("Private", title(callout));
    }

    @Test
    void titleDefaultsToTheTypeInTitleCase() {
        Element callout = callout("C6:");
        assertTrue(callout.hasClass("callout-info"));
        assertEquals("Info", title(callout));
    }

    @Test
    void ordinaryQuoteStaysAQuote() {
        Element quote = site.labelled(PAGE, "C7:").parent();
        assertEquals("blockquote", quote.normalName());
        assertFalse(quote.hasClass("callout"));
    }

    @Test
    void calloutKeepsItsTypeInANoteWithRawHtml() {
        // Raw HTML sends the whole note through the sanitiser, which must keep the callout's markup.
        String html = InMemoryVault.render(List.of(InMemoryVault.note("Raw.md",
                "<kbd>Esc</kbd> closes it.\n\n> [!warning]- Careful\n> Body.\n")), new Diagnostics()).get("Raw.md");
        Element callout = Jsoup.parseBodyFragment(html).selectFirst("details.callout");
        assertNotNull(callout, html);
        assertEquals("warning", callout.attr("data-callout"));
        assertEquals("Careful", title(callout));
    }

    @Test
    void titleKeepsItsMarkdown() {
        Element callout = callout("C8:");
        Element bold = callout.selectFirst(".callout-title strong");
        assertNotNull(bold, callout::outerHtml);
        assertEquals("bold", bold.text());
        assertEquals("Title with bold words", title(callout));
    }
}
