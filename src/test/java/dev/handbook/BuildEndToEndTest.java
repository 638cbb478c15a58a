package dev.handbook;

import static dev.handbook.SiteAssertions.assertInternalLinksAreRelativeAndResolve;
import static dev.handbook.SiteAssertions.assertNoStackTrace;
import static dev.handbook.SiteAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "basic" fixture vault built through the command line, checked page by page. */
class BuildEndToEndTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path site;
    private static Path out;
    private static TestSites.Run run;

    @BeforeAll
    static void buildOnce() {
        site = TestSites.copy("basic", shared);
        out = shared.resolve("out");
        run = TestSites.build(site, out);
    }

    private static Document page(String path) {
        Path file = out.resolve(path);
        assertTrue(Files.isRegularFile(file), () -> path + " was not written; files: " + TestSites.tree(out).keySet());
        return TestSites.html(file);
    }

    @Test
    void buildSucceedsWithASummaryLine() {
        assertEquals(0, run.exitCode(), run::transcript);
        assertEquals("", run.err(), run::transcript);
        assertTrue(run.out().matches("built \\d+ pages \\(\\d+ files\\) into .* in \\d+ ms: 0 errors, 0 warnings\\R"),
                run::transcript);
        long pages = TestSites.htmlFiles(out).size();
        assertTrue(run.out().startsWith("built " + pages + " pages (" + (TestSites.tree(out).size() - 1) + " files)"),
                () -> "the summary counts the pages and files written (" + pages + " pages)\n" + run.transcript());
    }

    @Test
    void everyPageIsWrittenAtItsPrettyUrl() {
        // Later stages add pages of their own (tags, indexes); these are the ones this vault must have.
        List<String> files = List.copyOf(TestSites.tree(out).keySet());
        assertTrue(files.containsAll(List.of(
                ".handbook-site",
                "404.html",
                "attachments/loop-diagram.svg",
                "guides/cafe-chats/index.html",
                "guides/index.html",
                "index.html",
                "teams/data-analyst/index.html",
                "teams/index.html",
                "teams/platform-engineer/index.html",
                "process/index.html",
                "process/onsite-loop/index.html",
                "process/phone-screen/index.html",
                "theme/handbook.css",
                "theme/handbook.js")), files::toString);
        assertTrue(files.stream().allMatch(path -> path.equals(".handbook-site") || !path.matches("(.*/)?\\..*")),
                () -> "no dotfile but the marker: " + files);
        assertTrue(files.stream().filter(path -> path.startsWith("process/")).toList().equals(List.of(
                "process/index.html", "process/onsite-loop/index.html", "process/phone-screen/index.html")), files::toString);
    }

    @Test
    void notePagesCarryTheirTitles() {
        Map<String, String> titles = Map.of(
                "teams/platform-engineer/index.html", "Platform Engineer",
                "teams/data-analyst/index.html", "Data Analyst",
                "process/phone-screen/index.html", "Phone Screen: First Call",
                "process/onsite-loop/index.html", "Onsite Loop",
                "guides/cafe-chats/index.html", "Café Chats");
        titles.forEach((path, title) -> {
            Document document = page(path);
            assertEquals(title + " · Lakeside Hiring Handbook", document.title(), path);
            assertEquals(List.of(title), document.select("h1").eachText(), path + ": one h1, the title");
        });
    }

    @Test
    void homePageListsEverySectionAndItsNotes() {
        Document home = page("index.html");
        assertEquals("Lakeside Hiring Handbook", home.title());
        assertEquals("Lakeside Hiring Handbook", home.selectFirst("main h1").text());
        assertEquals("This handbook explains how the Lakeside team meets candidates.",
                home.selectFirst("main .note-body").text());
        assertEquals(List.of("Guides", "Process", "Teams"), home.select("main section h2").eachText());
        Element teams = home.select("main section").get(2);
        assertEquals(List.of("Platform Engineer", "Data Analyst"), teams.select("li a").eachText(),
                "notes in 'order' order");
        assertEquals(List.of("./teams/platform-engineer/", "./teams/data-analyst/"),
                teams.select("li a").eachAttr("href"));
    }

    @Test
    void folderPagesListTheirNotes() {
        Document process = page("process/index.html");
        assertEquals("Process · Lakeside Hiring Handbook", process.title());
        assertEquals(List.of("Onsite Loop", "Phone Screen: First Call"), process.select("main ul.note-list a").eachText());
        assertEquals(List.of("../process/onsite-loop/", "../process/phone-screen/"),
                process.select("main ul.note-list a").eachAttr("href"));
    }

    @Test
    void aFolderWhoseOnlyNoteIsANestedIndexHasItsParentsInTheBreadcrumbs(@TempDir Path temp) {
        // teams/platform/index.md alone made no "teams" folder, and drawing the breadcrumbs failed (exit 70).
        Path site = TestSites.newSite(temp, "Nested");
        TestSites.write(site.resolve("content/teams/platform/index.md"), "# Platform\n\nThe platform team.\n");
        Path out = TestSites.built(site, temp.resolve("out"));
        Document platform = TestSites.html(out.resolve("teams/platform/index.html"));
        assertEquals(List.of("Home", "Teams"), platform.select("nav.breadcrumbs li").eachText());
        assertEquals(List.of("Platform"), TestSites.html(out.resolve("teams/index.html")).select("main ul a").eachText());
    }

    @Test
    void noteWithOnlyACreatedDateSaysWrittenNotLastUpdated(@TempDir Path temp) throws IOException {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "site.yml", "title: T\nbaseUrl: https://hiring.example.com/\n",
                "content/Debrief.md", "---\ncreated: 2025-02-03\n---\nNotes.\n"));
        assertEquals("Written 2025-02-03", small.page("debrief/").selectFirst(".note-meta").text());
        assertTrue(Files.readString(small.out().resolve("sitemap.xml")).contains("<lastmod>2025-02-03</lastmod>"));
    }

    @Test
    void notFoundPageExistsAtTheRoot() {
        Document notFound = page("404.html");
        assertEquals("Page not found · Lakeside Hiring Handbook", notFound.title());
        assertEquals("./theme/handbook.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void noteMetadataShowsLastUpdatedAndTags() {
        Document loop = page("process/onsite-loop/index.html");
        assertEquals("2025-03-14", loop.selectFirst(".note-meta time").attr("datetime"));
        assertTrue(loop.selectFirst(".note-meta").text().contains("Last updated 2025-03-14"));
        Document engineer = page("teams/platform-engineer/index.html");
        assertEquals(List.of("#role", "#infrastructure"), engineer.select(".note-meta .tag").eachText());
    }

    @Test
    void everyInternalLinkIsRelativeAndResolves() {
        assertInternalLinksAreRelativeAndResolve(out, null);
        Document engineer = page("teams/platform-engineer/index.html");
        assertEquals("../../attachments/loop-diagram.svg", engineer.selectFirst("main img").attr("src"));
        assertEquals("../../theme/handbook.css", engineer.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void assetsAreCopiedByteForByte() throws Exception {
        assertArrayEquals(Files.readAllBytes(site.resolve("content/attachments/loop-diagram.svg")),
                Files.readAllBytes(out.resolve("attachments/loop-diagram.svg")));
    }

    @Test
    void dotFoldersAndDotfilesNeverReachTheSite() {
        for (Map.Entry<String, byte[]> file : TestSites.tree(out).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("Workspace") || text.contains("Thrown away") || text.contains("Scratch"),
                    file.getKey());
        }
        assertFalse(Files.exists(out.resolve(".obsidian")));
        assertFalse(Files.exists(out.resolve(".trash")));
    }

    @Test
    void draftsAreAbsentFromEveryFile() {
        assertFalse(Files.exists(out.resolve("guides/note-taking-tips")));
        assertFalse(Files.exists(out.resolve("guides/old-process")));
        for (Map.Entry<String, byte[]> file : TestSites.tree(out).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("Note Taking Tips") || text.contains("note-taking-tips"), file.getKey());
            assertFalse(text.contains("Old Process") || text.contains("old-process"), file.getKey());
        }
        assertEquals(List.of("Café Chats"), page("guides/index.html").select("main ul.note-list a").eachText());
    }

    @Test
    void draftsArePublishedWithTheDraftsOption() {
        Path withDrafts = dir.resolve("drafts");
        TestSites.Run drafts = TestSites.build(site, withDrafts, "--drafts");
        assertEquals(0, drafts.exitCode(), drafts::transcript);
        assertEquals("Note Taking Tips · Lakeside Hiring Handbook",
                TestSites.html(withDrafts.resolve("guides/note-taking-tips/index.html")).title());
        assertEquals("Old Process · Lakeside Hiring Handbook",
                TestSites.html(withDrafts.resolve("guides/old-process/index.html")).title());
    }

    @Test
    void draftsInSiteYmlPublishDraftsToo() {
        TestSites.write(site.getParent().resolve("drafts-site/site.yml"), "drafts: true\ncontent: ../basic/content\n");
        Path built = dir.resolve("out");
        TestSites.Run drafts = TestSites.build(site.getParent().resolve("drafts-site"), built);
        assertEquals(0, drafts.exitCode(), drafts::transcript);
        assertTrue(Files.isRegularFile(built.resolve("guides/old-process/index.html")));
    }

    @Test
    void byteOrderMarkWindowsLineEndsAndUnicodeFileNamesBuildCleanPages() {
        Path copy = TestSites.copy("basic", dir);
        TestSites.writeBytes(copy.resolve("content/guides/Références Croisées.md"),
                "\uFEFF---\r\ntitle: Cross References\r\ntags: windows\r\n---\r\n\r\nFirst line\r\nSecond line\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        TestSites.write(copy.resolve("content/guides/面接 ガイド.md"), "# 面接ガイド\n\nNotes in Japanese.\n");
        Path built = dir.resolve("out");
        TestSites.Run build = TestSites.build(copy, built);
        assertEquals(0, build.exitCode(), build::transcript);

        Path crossFile = built.resolve("guides/references-croisees/index.html");
        Document cross = TestSites.html(crossFile);
        assertEquals("Cross References · Lakeside Hiring Handbook", cross.title());
        Element paragraph = cross.selectFirst(".note-body p");
        assertEquals(List.of("First line", "Second line"),
                paragraph.textNodes().stream().map(node -> node.text().trim()).filter(t -> !t.isEmpty()).toList());
        assertEquals(1, paragraph.select("br").size(), "a single line break is a break, as in Obsidian");
        String raw = new String(TestSites.tree(built).get("guides/references-croisees/index.html"), StandardCharsets.UTF_8);
        assertFalse(raw.contains("\r"), "no carriage return reaches the page");
        assertFalse(raw.contains("\uFEFF"), "no byte order mark reaches the page");

        Document japanese = TestSites.html(built.resolve("guides/面接-ガイド/index.html"));
        assertEquals("面接ガイド · Lakeside Hiring Handbook", japanese.title());
        assertTrue(page("guides/index.html").text().contains("Café Chats"));
        assertEquals(List.of("../guides/cafe-chats/", "../guides/references-croisees/", "../guides/面接-ガイド/"),
                TestSites.html(built.resolve("guides/index.html")).select("main ul.note-list a").eachAttr("href")
                        .stream().sorted().toList());
        assertInternalLinksAreRelativeAndResolve(built, null);
    }

    @Test
    void titlesAreShownAsPlainEscapedTextAndTheHeadingIsNotRepeated() {
        Path copy = TestSites.copy("basic", dir);
        TestSites.write(copy.resolve("content/guides/Risky.md"), "---\ntitle: \"A <b>bold</b> & risky title\"\n---\nBody\n");
        TestSites.write(copy.resolve("content/guides/Big.md"), "# The **Big** Loop\n\nText\n");
        Path built = dir.resolve("out");
        TestSites.Run build = TestSites.build(copy, built);
        assertEquals(0, build.exitCode(), build::transcript);
        Document risky = TestSites.html(built.resolve("guides/risky/index.html"));
        assertEquals("A <b>bold</b> & risky title", risky.selectFirst("main h1").text(), "autoescaped, not markup");
        assertTrue(risky.select("main h1 b").isEmpty());
        Document big = TestSites.html(built.resolve("guides/big/index.html"));
        assertEquals("The Big Loop · Lakeside Hiring Handbook", big.title());
        assertEquals(List.of("The Big Loop"), big.select("h1").eachText());
    }

    @Test
    void noSitemapWithoutAnAbsoluteBaseUrl() {
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
    }

    @Test
    void noSitemapForARelativeBaseUrl() {
        Path copy = TestSites.copy("basic", dir);
        TestSites.write(copy.resolve("site.yml"), "title: Relative\nbaseUrl: /handbook/\n");
        Path built = dir.resolve("out");
        assertEquals(0, TestSites.build(copy, built).exitCode());
        assertFalse(Files.exists(built.resolve("sitemap.xml")));
    }

    @Test
    void sitemapListsEveryPageWhenBaseUrlIsAbsolute() {
        Path copy = TestSites.copy("basic", dir);
        TestSites.write(copy.resolve("site.yml"), "title: Published\nbaseUrl: https://hiring.example.org/handbook\n");
        Path built = dir.resolve("out");
        TestSites.Run published = TestSites.build(copy, built);
        assertEquals(0, published.exitCode(), published::transcript);
        Document sitemap = org.jsoup.Jsoup.parse(
                new String(TestSites.tree(built).get("sitemap.xml"), StandardCharsets.UTF_8), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertTrue(locations.containsAll(List.of(
                "https://hiring.example.org/handbook/",
                "https://hiring.example.org/handbook/guides/",
                "https://hiring.example.org/handbook/guides/cafe-chats/",
                "https://hiring.example.org/handbook/teams/",
                "https://hiring.example.org/handbook/teams/data-analyst/",
                "https://hiring.example.org/handbook/teams/platform-engineer/",
                "https://hiring.example.org/handbook/process/",
                "https://hiring.example.org/handbook/process/onsite-loop/",
                "https://hiring.example.org/handbook/process/phone-screen/")), locations::toString);
        for (String location : locations) {
            String path = location.substring("https://hiring.example.org/handbook/".length());
            assertTrue(Files.isRegularFile(built.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)),
                    () -> location + " is not a page of the site");
        }
        assertEquals(locations.stream().distinct().toList(), locations, "each page once");
        assertEquals("2025-03-14", sitemap.select("url:has(loc:containsOwn(onsite-loop)) > lastmod").text());
        assertInternalLinksAreRelativeAndResolve(built, "https://hiring.example.org/");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, TestSites.build(site, first).exitCode());
        assertEquals(0, TestSites.build(site, second).exitCode());
        assertSameTree(TestSites.tree(first), TestSites.tree(second));
        assertEquals(0, TestSites.build(site, first).exitCode(), "rebuilding over a built site is allowed");
        assertSameTree(TestSites.tree(second), TestSites.tree(first));
    }

    @Test
    void siteThemeOverridesOneTemplateAndOneAssetOnly() throws Exception {
        Path themed = TestSites.copy("custom-theme", dir);
        Path built = dir.resolve("out");
        TestSites.Run build = TestSites.build(themed, built);
        assertEquals(0, build.exitCode(), build::transcript);

        Document note = TestSites.html(built.resolve("guides/panel-etiquette/index.html"));
        assertEquals("Panel Etiquette", note.selectFirst("article.custom-note h1.custom-title").text());
        assertEquals("Arrive early and read the candidate's packet.", note.selectFirst(".custom-body").text());
        assertTrue(note.select("article.note").isEmpty(), "the default note template is not used");
        assertEquals(1, note.select("header.site-header").size(), "the default layout still wraps the page");
        assertEquals("Panel Etiquette · Themed Fixture", note.title());

        Document folder = TestSites.html(built.resolve("guides/index.html"));
        assertEquals(List.of("Panel Etiquette"), folder.select("main ul.note-list a").eachText(),
                "templates the theme does not override come from the default theme");
        assertTrue(folder.select(".custom-note").isEmpty());

        assertArrayEquals(Files.readAllBytes(themed.resolve("themes/custom/assets/handbook.css")),
                Files.readAllBytes(built.resolve("theme/handbook.css")));
        try (InputStream builtIn = getClass().getResourceAsStream("/themes/default/assets/handbook.js")) {
            assertArrayEquals(builtIn.readAllBytes(), Files.readAllBytes(built.resolve("theme/handbook.js")));
        }
        assertInternalLinksAreRelativeAndResolve(built, null);
    }

    @Test
    void unknownThemeIsAConfigurationError() {
        Path copy = TestSites.copy("basic", dir);
        TestSites.write(copy.resolve("site.yml"), "title: T\ntheme: missing\n");
        TestSites.Run build = TestSites.build(copy, dir.resolve("out"));
        assertEquals(2, build.exitCode(), build::transcript);
        assertTrue(build.err().contains("theme 'missing' not found"), build::transcript);
        assertNoStackTrace(build);
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
