package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar of a big handbook: a folder of hundreds of notes shows the entries around the open page, and
 * links to its folder page for the rest, so no page lists every note of a flat vault.
 */
class SidebarTest {

    private static final int LIMIT = SiteBuilder.SIDEBAR_FOLDER_LIMIT;
    private static final int FLAT = 560; // notes in one folder: well over the limit, and the whole over 500
    private static final int TOP = 60; // notes at the top, beside the folders: over the limit too

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSites.newSite(dir, "Flat Vault");
        for (int i = 0; i < FLAT; i++) {
            TestSites.write(site.resolve("content/notes/" + name("Note", i) + ".md"), "Text of note " + i + ".\n");
        }
        for (int i = 0; i < TOP; i++) {
            TestSites.write(site.resolve("content/" + name("Top", i) + ".md"), "A note at the top.\n");
        }
        TestSites.write(site.resolve("content/guides/Guide.md"), "A guide.\n");
        out = TestSites.built(site, dir.resolve("out"));
    }

    private static String name(String prefix, int i) {
        return String.format("%s %03d", prefix, i);
    }

    private static Element sidebar(String page) {
        Document html = TestSites.html(out.resolve(page));
        return html.selectFirst("nav.sidebar details.nav-tree > ul");
    }

    // The list of one folder in the sidebar: the list under the folder's link.
    private static Element folderList(Element sidebar, String folderTitle) {
        for (Element folder : sidebar.select("li.nav-folder")) {
            if (folder.child(0).text().equals(folderTitle)) {
                return folder.selectFirst("> ul");
            }
        }
        throw new AssertionError("no open folder " + folderTitle + " in " + sidebar);
    }

    private static int more(Element link) {
        Matcher count = Pattern.compile("… (\\d+) more").matcher(link.text());
        assertTrue(count.matches(), link.text());
        return Integer.parseInt(count.group(1));
    }

    @Test
    void aPageInALongFolderShowsTheEntriesAroundItAndCountsTheRest() {
        Element notes = folderList(sidebar("notes/note-300/index.html"), "Notes");
        Elements entries = notes.select("> li:not(.nav-more)");
        assertEquals(LIMIT, entries.size());
        assertEquals("Note 300", notes.selectFirst("a[aria-current=page]").text());
        assertEquals(name("Note", 300 - LIMIT / 2), entries.first().text(), "the page sits in the middle");
        List<Element> more = notes.select("> li.nav-more > a");
        assertEquals(2, more.size());
        assertEquals(FLAT, more(more.get(0)) + LIMIT + more(more.get(1)), "the counts add up to the folder");
        for (Element link : more) {
            assertEquals("../../notes/", link.attr("href"), "the rest are on the folder page");
            assertTrue(link.attr("aria-current").isEmpty());
        }
    }

    @Test
    void theWindowStopsAtTheEndsOfTheFolder() {
        Element first = folderList(sidebar("notes/note-000/index.html"), "Notes");
        assertEquals("Note 000", first.child(0).text());
        assertEquals(FLAT - LIMIT, more(first.select("> li.nav-more > a").last()));
        Element last = folderList(sidebar("notes/" + "note-" + (FLAT - 1) + "/index.html"), "Notes");
        assertEquals(name("Note", FLAT - 1), last.children().last().text());
        assertEquals(FLAT - LIMIT, more(last.selectFirst("> li.nav-more > a")));
    }

    @Test
    void theFolderPageShowsTheFirstEntriesInTheSidebarAndListsEveryNoteInItsBody() {
        Element notes = folderList(sidebar("notes/index.html"), "Notes");
        assertEquals("Note 000", notes.child(0).text());
        assertEquals(LIMIT + 1, notes.children().size());
        Document page = TestSites.html(out.resolve("notes/index.html"));
        assertEquals(FLAT, page.select("main a[href$=/]").stream()
                .filter(a -> a.text().startsWith("Note ")).count());
    }

    @Test
    void aLongTopLevelIsCutAroundTheOpenFolder() {
        Element top = sidebar("guides/guide/index.html");
        Elements entries = top.select("> li:not(.nav-more)");
        assertEquals(LIMIT, entries.size());
        assertTrue(entries.stream().anyMatch(li -> li.child(0).text().equals("Guides")), top::toString);
        assertEquals(TOP + 2, top.select("> li.nav-more > a").stream().mapToInt(SidebarTest::more).sum() + LIMIT);
        assertEquals("../../", top.selectFirst("> li.nav-more > a").attr("href"), "the top's rest is on the home page");
    }

    @Test
    void noPageListsMoreThanAWindowPerOpenFolder() {
        for (String page : TestSites.htmlFiles(out)) {
            Element sidebar = sidebar(page);
            if (sidebar != null) {
                // The top level and at most one open folder below it, each a window and two links.
                assertTrue(sidebar.select("li").size() <= 2 * (LIMIT + 2), page);
            }
        }
    }
}
