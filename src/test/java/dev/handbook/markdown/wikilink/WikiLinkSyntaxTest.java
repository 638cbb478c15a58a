package dev.handbook.markdown.wikilink;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wiki-link forms of Obsidian's "Internal links" help page, written target first as Obsidian writes
 * them ({@code [[target#anchor|display]]}), on the fixture note {@code syntax/Wiki Links.md}.
 */
class WikiLinkSyntaxTest {

    private static final String PAGE = "syntax/wiki-links/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static Element link(String label) {
        Element link = site.labelled(PAGE, label).selectFirst("a");
        assertNotNull(link, () -> "no link in " + label + ": " + site.labelled(PAGE, label).outerHtml());
        return link;
    }

    @Test
    void plainLinkGoesToTheNotePageAndShowsTheNoteName() {
        Element link = link("W1:");
        assertEquals("stages/onsite-loop/", target(link));
        assertEquals("Onsite Loop", link.text());
    }

    @Test
    void textAfterThePipeIsShownWhileTheTargetComesFirst() {
        Element link = link("W2:");
        assertEquals("stages/onsite-loop/", target(link));
        assertEquals("the loop", link.text());
    }

    @Test
    void folderPathNamesTheNote() {
        assertEquals("stages/onsite-loop/", target(link("W3:")));
    }

    @Test
    void mdExtensionIsOptional() {
        assertEquals("stages/onsite-loop/", target(link("W4:")));
    }

    @Test
    void headingLinkGoesToTheHeadingAnchorAndShowsNoteAndHeading() {
        Element link = link("W5:");
        assertEquals("stages/phone-screen/#opening-questions", target(link));
        assertEquals("Phone Screen > Opening Questions", link.text());
        site.assertAnchorExists(target(link));
    }

    @Test
    void headingPathPicksTheSubheadingUnderTheNamedHeading() {
        Element link = link("W6:");
        // Both sections have a "Red Flags" subheading; the path chooses the one under "Coding".
        assertEquals("syntax/scoring-guide/#red-flags-1", target(link));
        Element heading = site.anchor(target(link));
        assertEquals("Skips writing any tests.", heading.nextElementSibling().text());
    }

    @Test
    void sameNoteHeadingLinkIsAFragmentOnly() {
        Element link = link("W7:");
        assertEquals("#local-heading", link.attr("href"));
        assertEquals("Local Heading", link.text());
        assertNotNull(site.body(PAGE).getElementById("local-heading"));
    }

    @Test
    void blockLinkGoesToTheParagraphCarryingTheBlockId() {
        Element link = link("W8:");
        assertEquals("stages/phone-screen/#%5Efirst-call", target(link));
        Element block = site.anchor(target(link));
        assertTrue(block.text().startsWith("The phone screen is the first real conversation"), block::outerHtml);
        assertTrue(!block.text().contains("^first-call"), "the block id is not shown: " + block.text());
    }

    @Test
    void sameNoteBlockLinkIsAFragmentOnly() {
        Element link = link("W13:");
        assertEquals("#%5Elocal-block", link.attr("href"));
        assertEquals("A local paragraph.", site.anchor(PAGE + link.attr("href")).text());
    }

    @Test
    void attachmentLinkGoesToTheCopiedFile() {
        Element link = link("W9:");
        assertEquals("attachments/handout.pdf", target(link));
        assertTrue(link.hasClass("attachment"), link::outerHtml);
        assertTrue(site.exists("attachments/handout.pdf"));
    }

    @Test
    void escapedPipeInATableCellSeparatesTheDisplayText() {
        Element row = site.labelled(PAGE, "W11:").parent();
        assertEquals(2, row.select("td").size(), row::outerHtml);
        Element link = row.select("td").get(1).selectFirst("a");
        assertNotNull(link, row::outerHtml);
        assertEquals("stages/onsite-loop/", target(link));
        assertEquals("loop in a table", link.text());
    }

    @Test
    void headingLinkWithDisplayText() {
        Element link = link("W14:");
        assertEquals("stages/phone-screen/#wrap-up", target(link));
        assertEquals("wrapping up", link.text());
    }

    @Test
    void headingHoldingALinkIsMatchedByTheLinksText() {
        Element link = link("W15:");
        assertEquals("syntax/scoring-guide/#ask-about-onsite-loop", target(link));
        assertEquals("Ask About Onsite Loop", site.anchor(target(link)).text());
    }

    @Test
    void codeSpanKeepsTheBracketsAsText() {
        Element paragraph = site.labelled(PAGE, "W10:");
        assertNull(paragraph.selectFirst("a"), paragraph::outerHtml);
        assertEquals("[[Onsite Loop]]", paragraph.selectFirst("code").text());
    }

    @Test
    void fencedCodeKeepsTheBracketsAsText() {
        Element fence = site.body(PAGE).selectFirst("pre");
        assertNotNull(fence);
        assertNull(fence.selectFirst("a"), fence::outerHtml);
        assertTrue(fence.text().contains("W12: [[Onsite Loop]] in a fence"), fence::outerHtml);
    }

    @Test
    void aFrontMatterValueIsALinkOnlyWhenItIsOneWholeLink() {
        WikiLinkSyntax.Parts link = WikiLinkSyntax.whole(" [[stages/Phone Screen#Scoring|the screen]] ");
        assertNotNull(link);
        assertEquals("stages/Phone Screen", link.target());
        assertEquals("Scoring", link.anchor());
        assertEquals("the screen", link.display());
        assertNull(WikiLinkSyntax.whole("[[Phone Screen]] (45 min)"));
        assertNull(WikiLinkSyntax.whole("Phone Screen"));
        assertNull(WikiLinkSyntax.whole("[[]]"));
        assertTrue(WikiLinkSyntax.whole("![[Phone Screen]]").embed());
    }
}
