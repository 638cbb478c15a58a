package dev.handbook.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain Markdown links to notes ({@code [text](Other%20Note.md)}, Obsidian's other link format) are
 * rewritten to page addresses, anchors included; on the fixture note {@code syntax/Markdown Links.md}.
 */
class MarkdownLinkTest {

    private static final String PAGE = "syntax/markdown-links/";
    private static final String FILE = "content/syntax/Markdown Links.md";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static String target(String label) {
        Element link = site.labelled(PAGE, label).selectFirst("a");
        assertNotNull(link, () -> "no link in " + site.labelled(PAGE, label).outerHtml());
        return ObsidianSite.target(link);
    }

    @Test
    void percentEncodedRelativePathBecomesThePageAddress() {
        assertEquals("stages/onsite-loop/", target("M1:"));
    }

    @Test
    void bareFileNameResolvesLikeAWikiLink() {
        assertEquals("stages/phone-screen/", target("M2:"));
    }

    @Test
    void headingIdIsKept() {
        assertEquals("stages/phone-screen/#wrap-up", target("M3:"));
    }

    @Test
    void headingWrittenAsTextBecomesTheHeadingId() {
        assertEquals("stages/phone-screen/#qa-logistics", target("M4:"));
    }

    @Test
    void blockAnchorBecomesTheBlockId() {
        assertEquals("stages/phone-screen/#%5Efirst-call", target("M7:"));
        site.assertAnchorExists(target("M7:"));
        assertTrue(site.diagnostics(FILE).stream().noneMatch(line -> line.startsWith(FILE + ":16:")),
                () -> String.join("\n", site.diagnostics(FILE)));
    }

    @Test
    void missingHeadingIsDiagnosed() {
        List<String> lines = site.diagnostics(FILE).stream().filter(line -> line.startsWith(FILE + ":12:")).toList();
        assertEquals(1, lines.size(), () -> String.join("\n", site.diagnostics(FILE)));
        assertTrue(lines.get(0).startsWith(FILE + ":12:21: warning:") && lines.get(0).contains("nothing-here"),
                lines.get(0));
    }

    @Test
    void angleBracketPathMayHoldSpaces() {
        assertEquals("stages/onsite-loop/", target("M8:"));
    }

    @Test
    void externalLinkIsLeftAlone() {
        assertEquals("https://example.com/page", site.labelled(PAGE, "M6:").selectFirst("a").attr("href"));
    }

    @Test
    void markdownLinkCountsAsABacklink() {
        Element backlinks = site.page("stages/onsite-loop/").selectFirst(".backlinks");
        assertNotNull(backlinks);
        assertTrue(backlinks.select("a").stream().anyMatch(a -> ObsidianSite.target(a).equals(PAGE)),
                backlinks::outerHtml);
    }

    @Test
    void pathWithFoldersDoesNotFallBackToAnotherNoteOfTheSameName(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/guides/Tips.md", "---\ntitle: Tips\n---\nTips.\n",
                "content/A.md", "---\ntitle: A\n---\nSee [tips](archive/Tips.md).\n"));
        assertEquals(1, small.diagnostics("content/A.md").size(), small::transcript);
        assertTrue(small.diagnostics("content/A.md").get(0).startsWith("content/A.md:4:5: warning:"),
                small::transcript);
    }

    @Test
    void missingNoteIsDiagnosedAndTheLinkLeftAsWritten(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nSee [gone](Gone%20Note.md).\n"));
        assertEquals(1, small.diagnostics("content/A.md").size(), small::transcript);
        assertTrue(small.diagnostics("content/A.md").get(0).startsWith("content/A.md:4:5: warning:"),
                small::transcript);
    }
}
