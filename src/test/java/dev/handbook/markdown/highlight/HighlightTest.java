package dev.handbook.markdown.highlight;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Highlights: Obsidian's {@code ==text==} (nesting with emphasis and links, literal in code) and
 * Highlightr's {@code <mark style="background: #RRGGBBAA">}, both drawn as {@code <mark class="hl-…">}
 * from the palette; on the fixture note {@code syntax/Highlights.md}.
 */
class HighlightTest {

    private static final String PAGE = "syntax/highlights/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static Element mark(String label) {
        Element mark = site.labelled(PAGE, label).selectFirst("mark");
        assertNotNull(mark, () -> "no mark in " + site.labelled(PAGE, label).outerHtml());
        return mark;
    }

    @Test
    void doubleEqualsBecomesAMarkOfTheDefaultCategory() {
        Element mark = mark("H1:");
        assertEquals("marked words", mark.text());
        assertEquals("hl-highlight", mark.className());
    }

    @Test
    void markInsideBold() {
        Element mark = site.labelled(PAGE, "H2:").selectFirst("strong > mark");
        assertNotNull(mark, site.labelled(PAGE, "H2:")::outerHtml);
        assertEquals("bold mark", mark.text());
    }

    @Test
    void boldInsideMark() {
        Element bold = site.labelled(PAGE, "H3:").selectFirst("mark > strong");
        assertNotNull(bold, site.labelled(PAGE, "H3:")::outerHtml);
        assertEquals("mark bold", bold.text());
    }

    @Test
    void wikiLinkInsideMark() {
        Element link = site.labelled(PAGE, "H4:").selectFirst("mark > a");
        assertNotNull(link, site.labelled(PAGE, "H4:")::outerHtml);
        assertEquals("stages/onsite-loop/", target(link));
    }

    @Test
    void italicAroundAndInsideMark() {
        Element paragraph = site.labelled(PAGE, "H14:");
        assertNotNull(paragraph.selectFirst("em > mark"), paragraph::outerHtml);
        assertNotNull(paragraph.selectFirst("mark > em"), paragraph::outerHtml);
    }

    @Test
    void codeSpanKeepsTheEqualsSigns() {
        Element paragraph = site.labelled(PAGE, "H5:");
        assertNull(paragraph.selectFirst("mark"), paragraph::outerHtml);
        assertEquals("==not marked==", paragraph.selectFirst("code").text());
    }

    @Test
    void rawMarkWithoutColourGetsTheDefaultCategory() {
        Element mark = mark("H6:");
        assertEquals("hl-highlight", mark.className());
        assertFalse(mark.hasAttr("style"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"H7:, hl-setback", "H8:, hl-achievement", "H9:, hl-influence", "H10:, hl-decision",
            "H11:, hl-people", "H15:, hl-setback", "H16:, hl-achievement"})
    void highlightrColoursBecomePaletteClasses(String label, String expected) {
        Element mark = mark(label);
        assertEquals(expected, mark.className());
        assertFalse(mark.hasAttr("style"), mark::outerHtml);
    }

    @Test
    void unknownValidHexKeepsOnlyItsBackgroundColour() {
        Element mark = mark("H12:");
        assertEquals("background-color: #123456", mark.attr("style").replaceAll(";\\s*$", ""));
    }

    @Test
    void otherDeclarationsBesideAHexBackgroundAreDropped() {
        Element mark = mark("H17:");
        assertEquals("background-color: #123456", mark.attr("style").replaceAll(";\\s*$", ""));
    }

    @Test
    void invalidColourKeepsNoStyle() {
        Element mark = mark("H13:");
        assertEquals("named", mark.text());
        assertFalse(mark.hasAttr("style"), mark::outerHtml);
    }

    @Test
    void markInsideTableCells() {
        String html = InMemoryVault.render(List.of(InMemoryVault.note("Table.md",
                "| ==Signal== | Weight |\n| --- | --- |\n| ==Clarity== | 2 |\n")), new Diagnostics()).get("Table.md");
        Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
        assertNotNull(table, html);
        assertEquals("Signal", table.selectFirst("th > mark").text());
        assertEquals("Clarity", table.selectFirst("td > mark").text());
    }

    @Test
    void paletteInSiteYmlRenamesTheCategories(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "site.yml", """
                        title: Palette
                        highlights:
                          default: key
                          palette:
                            - color: "#FF5582"
                              name: conflict
                              label: Conflict
                        """,
                "content/Story.md", "---\ntitle: Story\n---\nA <mark style=\"background: #FF5582A6;\">clash</mark>"
                        + " and ==a point==.\n"));
        assertEquals(0, small.exitCode(), small::transcript);
        Element body = small.body("story/");
        assertEquals("hl-conflict", body.select("mark").get(0).className());
        assertEquals("hl-key", body.select("mark").get(1).className());
    }
}
