package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base Markdown syntax, built end to end from the "markdown" fixture and read back with jsoup. */
class MarkdownBasicsTest {

    @TempDir
    static Path dir;

    private static TestSites.Run run;
    private static Document page;
    private static Element body;

    @BeforeAll
    static void build() {
        Path site = TestSites.copy("markdown", dir);
        Path out = dir.resolve("out");
        run = TestSites.build(site, out);
        assertEquals(0, run.exitCode(), run::transcript);
        page = TestSites.html(out.resolve("syntax-tour/index.html"));
        body = page.selectFirst(".note-body");
        assertNotNull(body, page::outerHtml);
    }

    @Test
    void titleComesFromFrontMatter() {
        assertEquals("Syntax Tour · Markdown Fixture", page.title());
        assertEquals("Syntax Tour", page.selectFirst("main h1").text());
    }

    @Test
    void gfmTable() {
        Element table = body.selectFirst("table");
        assertNotNull(table, body::outerHtml);
        assertEquals(List.of("Rating", "Meaning"), table.select("thead th").eachText());
        assertEquals(2, table.select("tbody tr").size());
        assertEquals(List.of("4", "Strong evidence"), table.select("tbody tr").get(1).select("td").eachText());
    }

    @Test
    void aPipeLineOverATabIndentedSeparatorIsTextNotACrash(@TempDir Path temp) throws Exception {
        // flexmark's table finder fails on this paragraph with an index out of range.
        Path site = TestSites.newSite(temp, "Pipes");
        TestSites.write(site.resolve("content/Pipes.md"), "|\n\t|---|\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        Path out = TestSites.built(site, temp.resolve("out"));
        Element pipes = TestSites.html(out.resolve("pipes/index.html")).selectFirst(".note-body");
        assertEquals("| |---|", pipes.selectFirst("p").text());
        assertEquals(List.of("a", "b"), pipes.select("table thead th").eachText(), "the next table is still a table");
    }

    @Test
    void strikethrough() {
        assertEquals(List.of("old rubric"), body.select("del").eachText());
    }

    @Test
    void taskList() {
        Elements boxes = body.select("li input[type=checkbox]");
        assertEquals(2, boxes.size(), body::outerHtml);
        assertTrue(boxes.get(0).hasAttr("checked"));
        assertFalse(boxes.get(1).hasAttr("checked"));
        assertTrue(boxes.stream().allMatch(box -> box.hasAttr("disabled")), "task boxes are read-only");
        assertEquals("Book the room", boxes.get(0).parent().text().trim());
    }

    @Test
    void bareAddressBecomesALink() {
        Element link = body.selectFirst("a[href=https://calendar.example.com/hiring]");
        assertNotNull(link, body::outerHtml);
        assertEquals("https://calendar.example.com/hiring", link.text());
    }

    @Test
    void footnoteReferenceAndItsText() {
        Element reference = body.selectFirst("sup a[href^=#]");
        assertNotNull(reference, body::outerHtml);
        String target = reference.attr("href").substring(1);
        Element footnote = page.getElementById(target);
        assertNotNull(footnote, () -> "no element with id " + target);
        assertTrue(footnote.text().contains("Every Thursday after stand-up."), footnote::outerHtml);
    }

    @Test
    void headingsHaveIds() {
        assertEquals("scoring-table", body.selectFirst("h2:containsOwn(Scoring Table)").id());
        assertEquals("follow-up-questions--notes", body.selectFirst("h2:containsOwn(Follow-up Questions)").id());
    }

    @Test
    void everyFragmentLinkHasATarget() {
        for (Element link : page.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            assertNotNull(page.getElementById(id), () -> "no target for " + link.outerHtml());
        }
    }

    @Test
    void tabIndentedNumberedListNestsInsideTheListItem() {
        Element item = body.select("ul > li").stream()
                .filter(li -> li.ownText().contains("Describe a launch") || li.text().startsWith("Describe a launch"))
                .findFirst().orElseThrow(() -> new AssertionError(body.outerHtml()));
        Element nested = item.selectFirst("> ol");
        assertNotNull(nested, item::outerHtml);
        assertEquals(List.of("Situation: what was planned", "Task: what they owned", "Result: what shipped"),
                nested.select("> li").eachText());
        assertEquals("Situation", nested.selectFirst("li strong").text());
        Element list = item.parent();
        assertEquals(2, list.select("> li").size(), "the next question stays in the outer list");
    }

    @Test
    void rawScriptIsRemovedWithAWarningNamingFileAndLine() {
        assertTrue(page.select("main script").isEmpty(), body::outerHtml);
        assertFalse(page.outerHtml().contains("alert("), "the script's code is gone too");
        assertEquals("Last paragraph after the script.", body.select("p").last().text().isEmpty() ? ""
                : body.select("p:containsOwn(Last paragraph)").text());
        assertTrue(run.err().lines().anyMatch(line -> line.matches(
                "content/Syntax Tour\\.md:31:1: warning: raw <script> removed.*")), run::transcript);
        assertTrue(run.out().contains("0 errors, 1 warning"), run::transcript);
    }
}
