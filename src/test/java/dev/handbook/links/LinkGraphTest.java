package dev.handbook.links;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link graph: each page lists the notes linking to it with the sentence around the link; links to
 * notes that do not exist are visibly unresolved and gathered on the "Missing notes" page; on the
 * fixture note {@code syntax/Graph.md} and the notes it links to.
 */
class LinkGraphTest {

    private static final String PAGE = "syntax/graph/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static List<Element> backlinksOf(String page) {
        Element section = site.page(page).selectFirst(".backlinks");
        assertNotNull(section, () -> page + " has no backlinks");
        return section.select("li");
    }

    private static Element backlinkFrom(String page, String source) {
        return backlinksOf(page).stream().filter(item -> target(item.selectFirst("a")).equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no backlink from " + source + " on " + page));
    }

    @Test
    void targetPageListsTheLinkingNote() {
        Element item = backlinkFrom("roles/engineering/sub/deep-dive/", PAGE);
        assertEquals("Graph", item.selectFirst("a").text());
    }

    @Test
    void backlinkShowsTheSentenceAroundTheLink() {
        Element item = backlinkFrom("roles/engineering/sub/deep-dive/", PAGE);
        assertEquals("Before the loop, read Deep Dive carefully.", item.selectFirst(".backlink-context").text());
    }

    @Test
    void aBacklinkFromATableOrACalloutShowsTextNotMarkup(@TempDir Path temp) throws IOException {
        // Every stage page showed "StageLengthWho runs it------------Screen30 min…" and "!tip Where the signal is".
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Screen.md", "# Screen\n\nA call.\n",
                "content/Loop.md", "# Loop\n\n| Stage | Length |\n| --- | --- |\n| [[Screen]] | 30 min |\n",
                "content/Tips.md", "# Tips\n\n> [!tip]- Where the signal is\n> Most of it comes from the [[Screen]].\n",
                "content/Faq.md", "# Faq\n\n> [!faq]- Why a [[Screen]]?\n> Because.\n"));
        List<String> contexts = small.page("screen/").select(".backlink-context").eachText();
        assertEquals(List.of("Why a Screen?", "Screen · 30 min", "Most of it comes from the Screen."), contexts);
        String index = Files.readString(small.out().resolve("search-index.js"), StandardCharsets.UTF_8);
        assertTrue(index.contains("\"Stage Length Screen 30 min\""), index);
        assertTrue(index.contains("\"Where the signal is Most of it comes from the Screen.\""), index);
    }

    @Test
    void noteLinkingSeveralTimesIsListedOnce() {
        long fromResolution = backlinksOf("stages/phone-screen/").stream()
                .filter(item -> target(item.selectFirst("a")).equals("syntax/resolution/")).count();
        assertEquals(1, fromResolution);
    }

    @Test
    void linksInsideTheSameNoteAreNoBacklinks() {
        Element section = site.page("syntax/wiki-links/").selectFirst(".backlinks");
        assertTrue(section == null || section.select("a").stream()
                .noneMatch(a -> target(a).equals("syntax/wiki-links/")), () -> section.outerHtml());
    }

    @Test
    void unresolvedLinkIsVisibleTextNotAnAnchor() {
        Element paragraph = site.labelled(PAGE, "G1:");
        assertNull(paragraph.selectFirst("a"), paragraph::outerHtml);
        Element span = paragraph.selectFirst("span.unresolved");
        assertNotNull(span, paragraph::outerHtml);
        assertEquals("Hiring Committee", span.text());
    }

    @Test
    void unresolvedLinkKeepsItsDisplayText() {
        Element span = site.labelled(PAGE, "G2:").selectFirst("span.unresolved");
        assertNotNull(span);
        assertEquals("the votes", span.text());
    }

    @Test
    void missingNotesPageListsTheTargetAndWhoLinksThere() {
        Element main = site.page("missing-notes/").selectFirst("main");
        assertNotNull(main);
        Element section = main.select("section").stream()
                .filter(s -> s.selectFirst("h2") != null && s.selectFirst("h2").text().equals("Hiring Committee"))
                .findFirst().orElseThrow(() -> new AssertionError(main.outerHtml()));
        List<Element> sources = section.select("li > a");
        assertEquals(1, sources.size(), "two links from one note make one entry: " + section.outerHtml());
        assertEquals(PAGE, target(sources.get(0)));
    }

    @Test
    void missingNotesPageListsOnlyNotesThatDoNotExist() {
        String text = site.page("missing-notes/").selectFirst("main").text();
        assertFalse(text.contains("Phone Screen"), "a missing heading is no missing note: " + text);
    }

    @Test
    void unresolvedLinkIsReported() {
        List<String> lines = site.diagnostics("content/syntax/Graph.md");
        assertEquals(2, lines.size(), () -> String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("content/syntax/Graph.md:6:18: warning: "), lines.get(0));
        assertTrue(lines.get(0).contains("Hiring Committee"), lines.get(0));
    }
}
