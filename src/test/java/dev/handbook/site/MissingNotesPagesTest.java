package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault that links to many notes not written yet lists them on several "Missing notes" pages, each with
 * about {@link SiteBuilder#MISSING_LINKS_PER_PAGE} links, instead of one page that grows without bound.
 */
class MissingNotesPagesTest {

    private static final int NOTES = 30;
    private static final int MISSING_PER_NOTE = 40; // 1,200 links to missing notes: three pages

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSites.newSite(dir, "Unwritten");
        for (int i = 0; i < NOTES; i++) {
            StringBuilder text = new StringBuilder("Links to notes not written yet:\n\n");
            for (int m = 0; m < MISSING_PER_NOTE; m++) {
                // Every note links to the shared few, and to its own.
                String name = m < 5 ? "Shared " + m : String.format("Unwritten %02d-%02d", i, m);
                text.append("- [[").append(name).append("]]\n");
            }
            TestSites.write(site.resolve(String.format("content/Note %02d.md", i)), text.toString());
        }
        out = TestSites.built(site, dir.resolve("out"));
    }

    private static List<Document> pages() {
        List<Document> pages = new ArrayList<>();
        pages.add(TestSites.html(out.resolve("missing-notes/index.html")));
        for (int number = 2; Files.exists(out.resolve("missing-notes/page/" + number + "/index.html")); number++) {
            pages.add(TestSites.html(out.resolve("missing-notes/page/" + number + "/index.html")));
        }
        return pages;
    }

    @Test
    void everyMissingNoteIsOnExactlyOnePageWithAllItsLinks() {
        Set<String> names = new TreeSet<>();
        int links = 0;
        for (Document page : pages()) {
            for (Element section : page.select("section.missing-note")) {
                assertTrue(names.add(section.selectFirst("h2").text()), "listed twice: " + section.text());
                links += section.select("ul.backlinks > li").size();
            }
        }
        assertEquals(5 + NOTES * (MISSING_PER_NOTE - 5), names.size());
        assertEquals(NOTES * MISSING_PER_NOTE, links, "no link to a missing note is left out");
        assertEquals(NOTES, pages().get(0).selectFirst("section.missing-note").select("ul.backlinks > li").size(),
                "a shared missing note keeps all of its links on one page");
    }

    @Test
    void eachPageHoldsAboutTheLimitAndLinksToTheOthers() {
        List<Document> pages = pages();
        assertEquals(3, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Document page = pages.get(i);
            int links = page.select("section.missing-note ul.backlinks > li").size();
            assertTrue(links <= SiteBuilder.MISSING_LINKS_PER_PAGE, "page " + (i + 1) + " has " + links + " links");
            Element pager = page.selectFirst("nav.pager");
            assertEquals(String.valueOf(i + 1), pager.selectFirst("a[aria-current=page]").text());
            assertEquals(i > 0, pager.selectFirst("a[rel=prev]") != null);
            assertEquals(i < pages.size() - 1, pager.selectFirst("a[rel=next]") != null);
            assertTrue(page.title().startsWith("Missing notes · page " + (i + 1) + " of 3"), page.title());
        }
    }

    @Test
    void aFewMissingNotesStayOnOnePageWithNoPager(@TempDir Path small) {
        Path site = TestSites.newSite(small, "Few");
        TestSites.write(site.resolve("content/A.md"), "See [[Not Yet]].\n");
        Path built = TestSites.built(site, small.resolve("out"));
        Document page = TestSites.html(built.resolve("missing-notes/index.html"));
        assertEquals("Not Yet", page.selectFirst("section.missing-note h2").text());
        assertFalse(page.select("nav.pager").size() > 0);
        assertFalse(Files.exists(built.resolve("missing-notes/page/2/index.html")));
    }
}
