package dev.handbook.cli;

import static dev.handbook.SiteAssertions.assertNoStackTrace;
import static dev.handbook.SiteAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SortedMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: commands, options, exit codes 0/1/2, diagnostics and no stack traces. */
class CliTest {

    @TempDir
    Path dir;

    private static List<String> errLines(TestSites.Run run) {
        return run.err().lines().toList();
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        TestSites.Run run = TestSites.cli("--version");
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().startsWith("handbook "), run::transcript);
        assertFalse(run.out().contains("${"), "the version is stamped by Maven: " + run.out());
        assertTrue(run.out().contains("Java "), run::transcript);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        TestSites.Run run = TestSites.cli("--help");
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().contains("Usage: handbook"), run::transcript);
        assertTrue(run.out().contains("build"), run::transcript);
        assertTrue(run.out().contains("check"), run::transcript);
        assertEquals("", run.err());
    }

    @Test
    void buildHelpListsItsOptions() {
        TestSites.Run run = TestSites.cli("build", "--help");
        assertEquals(0, run.exitCode(), run::transcript);
        for (String option : List.of("--config", "--out", "--drafts", "--strict")) {
            assertTrue(run.out().contains(option), () -> option + " missing from\n" + run.out());
        }
    }

    @Test
    void noArgumentsShowsUsage() {
        TestSites.Run run = TestSites.cli();
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().contains("Usage: handbook"), run::transcript);
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestSites.Run run = TestSites.cli("build", "--colour");
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("Unknown option: '--colour'"), run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void unknownCommandIsAUsageError() {
        TestSites.Run run = TestSites.cli("publish");
        assertEquals(2, run.exitCode(), run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void missingConfigIsAUsageError() {
        TestSites.Run run = TestSites.cli("build", "--config", dir.resolve("nowhere/site.yml").toString());
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("config file not found"), run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void configThatIsAFolderIsAUsageError() {
        TestSites.Run run = TestSites.cli("build", "--config", dir.toString());
        assertEquals(2, run.exitCode(), run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void yamlErrorInSiteYmlIsAUsageErrorWithFileLineAndColumn() {
        Path site = TestSites.copy("bad-config", dir);
        Path out = dir.resolve("out");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(2, run.exitCode(), run::transcript);
        assertEquals("site.yml:3:24: error: invalid YAML: mapping values are not allowed here", errLines(run).get(0));
        assertNoStackTrace(run);
        assertFalse(Files.exists(out));
    }

    @Test
    void wrongTypeInSiteYmlIsAUsageError() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), "title: Fine\ndrafts: maybe\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run::transcript);
        assertEquals("site.yml:2:1: error: 'drafts' must be true or false, not 'maybe'", errLines(run).get(0));
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownRemoteResourcesPolicyIsAUsageError() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), "title: Fine\nremoteResources: blocked\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run::transcript);
        assertEquals("site.yml:2:1: error: 'remoteResources' must be warn, block or allow, not 'blocked'",
                errLines(run).get(0));
        assertFalse(Files.exists(dir.resolve("out")), "nothing is built");
        assertNoStackTrace(run);
    }

    @Test
    void unknownKeyIsOnlyAWarning() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), "titel: Typo\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("site.yml:1:1: warning: unknown key 'titel'; did you mean 'title'?"),
                run::transcript);
        assertTrue(run.out().contains("0 errors, 1 warning"), run::transcript);
    }

    @Test
    void missingContentFolderIsAUsageError() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), "content: notes\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("site.yml:1:1: error: content folder not found: notes"), run::transcript);
    }

    @Test
    void brokenFrontMatterIsAContentErrorListingEveryProblem() {
        Path site = TestSites.copy("broken", dir);
        Path out = dir.resolve("out");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(1, run.exitCode(), run::transcript);
        List<String> lines = errLines(run);
        assertTrue(lines.get(0).startsWith("content/notes/Bad Yaml.md:3:15: error: invalid front matter YAML:"),
                run::transcript);
        assertTrue(lines.contains("content/notes/Never Closed.md:1:1: error: front matter is not closed:"
                + " add a line with --- after its last key"), run::transcript);
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("build failed: 2 errors, \\d+ warnings? in \\d+ ms; .* was left as it was"), summary);
        assertNoStackTrace(run);
        assertFalse(Files.exists(out), "nothing is written when the build fails");
    }

    @Test
    void invalidUtf8IsAContentError() {
        Path site = TestSites.copy("basic", dir);
        TestSites.writeBytes(site.resolve("content/process/Legacy.md"),
                new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/process/Legacy.md:1:6: error: invalid UTF-8 (byte 0xE9)"),
                run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void aNoteNestedHundredsOfLevelsDeepIsAnErrorNotAStackOverflow() {
        // Drawing the tree recursed once per level: 1,500 levels stopped the build with a StackOverflowError's trace.
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/Deep.md"), nestedList("Deep", 200));
        TestSites.write(site.resolve("content/Fine.md"), nestedList("Fine", 30));
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/Deep.md:52:101: error: lists or quotes nest too deeply here to be"
                + " read (over 50 levels); flatten them"), run::transcript);
        assertFalse(run.err().contains("Fine.md"), run::transcript);
        assertNoStackTrace(run);
    }

    // A note titled so, holding one list nested this many levels deep.
    private static String nestedList(String title, int levels) {
        StringBuilder note = new StringBuilder("# " + title + "\n\n");
        for (int level = 0; level < levels; level++) {
            note.append("  ".repeat(level)).append("- item\n");
        }
        return note.toString();
    }

    @Test
    void fileNamesThatSlugAlikeKeepDistinctAddressesWithAWarning() {
        Path site = TestSites.copy("collision", dir);
        TestSites.write(site.resolve("content/c--android.md"), "# C Android\n");
        TestSites.write(site.resolve("content/c-android.md"), "# C-Android\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/c-android.md:1:1: warning: its address c-android/ is also"
                + " content/c--android.md's, so it is published at c-android-2/; give it a 'slug:' in its front matter"
                + " to choose another"), run::transcript);
        assertTrue(run.err().contains("content/process/phone-screen.md:1:1: warning: its address process/phone-screen/"
                + " is also content/process/Phone Screen.md's, so it is published at process/phone-screen-2/"),
                run::transcript);
        assertTrue(Files.isRegularFile(dir.resolve("out/c-android-2/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("out/process/phone-screen-2/index.html")));
        assertNoStackTrace(run);
    }

    @Test
    void twoNotesThatChooseOneAddressAreAContentErrorNamingBoth() {
        Path site = TestSites.copy("collision", dir);
        TestSites.write(site.resolve("content/A.md"), "---\nslug: same\n---\n# A\n");
        TestSites.write(site.resolve("content/B.md"), "---\nslug: same\n---\n# B\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run::transcript);
        String collision = errLines(run).stream().filter(line -> line.contains("would be written to"))
                .findFirst().orElseThrow(() -> new AssertionError(run.transcript()));
        assertTrue(collision.contains("content/A.md") && collision.contains("content/B.md")
                && collision.contains("same/index.html") && collision.contains(": error: "), collision);
        assertNoStackTrace(run);
    }

    @Test
    void anAttachmentInThePlaceOfAGeneratedFileIsAContentErrorNamingIt() {
        // content/theme/handbook.css used to replace the theme's stylesheet without a word, and a folder named
        // like the search index was refused only when the site was written, naming no file.
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/theme/handbook.css"), "body { color: red }\n");
        TestSites.write(site.resolve("content/search-index.js/notes.txt"), "notes\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/theme/handbook.css:1:1: error: both content/theme/handbook.css and the"
                + " generated file theme/handbook.css would be written to theme/handbook.css; rename"
                + " content/theme/handbook.css"), run::transcript);
        assertTrue(run.err().contains("content/search-index.js/notes.txt:1:1: error: content/search-index.js/notes.txt"
                + " would be written to search-index.js/notes.txt, inside search-index.js, which is the generated file"
                + " search-index.js"), run::transcript);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
        assertNoStackTrace(run);
    }

    @Test
    void aFolderNamedLikeAGeneratedPageIsAContentErrorNamingTheFolder() {
        // Its folder page and the tool's page were both written to tags/index.html, and which one was left there
        // changed from build to build; both were "the generated page" in the clash check, so it said nothing.
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/Tags/Tagging.md"), "# Tagging\n\nHow we tag notes.\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/Tags/: error: both the folder content/Tags/ and the generated page"
                + " tags/index.html would be written to tags/index.html; rename the folder content/Tags/"),
                run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void tagsInTheHomePageAndAFoldersIntroHaveTheirPages() {
        // They were left out of the tag pages: the links they made led nowhere, and check failed on them.
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/index.md"), "# Welcome\n\nWe hire carefully. #hiring\n");
        TestSites.write(site.resolve("content/guides/index.md"), "# Guides\n\nRead these first. #onboarding\n");
        TestSites.Run check = TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        assertEquals(0, check.exitCode(), check::transcript);
        Path out = dir.resolve("out");
        TestSites.built(site, out);
        assertTrue(Files.isRegularFile(out.resolve("tags/hiring/index.html")));
        assertTrue(TestSites.html(out.resolve("tags/onboarding/index.html")).select("main a").eachText()
                .contains("Guides"));
    }

    @Test
    void tagsSpelledToTheSameAddressShareOnePage() {
        // #team_lead and #Team-Lead both make tags/team-lead/: they were two pages written to it, one left there.
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/Leads.md"), "# Leads\n\nFor #team_lead only.\n");
        TestSites.write(site.resolve("content/Leading.md"), "# Leading\n\nSee #Team-Lead.\n");
        Path out = dir.resolve("out");
        TestSites.built(site, out);
        Document page = TestSites.html(out.resolve("tags/team-lead/index.html"));
        assertTrue(page.select("main a").eachText().containsAll(List.of("Leads", "Leading")), page.outerHtml());
        List<String> index = TestSites.html(out.resolve("tags/index.html")).select("a.tag").eachAttr("href");
        assertEquals(1, index.stream().filter(href -> href.endsWith("tags/team-lead/")).count(), index::toString);
    }

    @Test
    void aThemesOldMacroOnlyNavTreeIsAWarningNamingIt() throws Exception {
        // Before the tree was drawn once for many pages, nav-tree.peb only defined the macro the layout called.
        Path site = TestSites.copy("basic", dir);
        Files.writeString(site.resolve("site.yml"), "theme: old\n", StandardOpenOption.APPEND);
        TestSites.write(site.resolve("themes/old/templates/nav-tree.peb"),
                "{% macro navTree(entries, current, root) %}<ul></ul>{% endmacro %}\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("themes/old/templates/nav-tree.peb:1:1: warning: the sidebar's tree came out "
                + "empty"), run::transcript);
        assertNoStackTrace(run);
    }

    @Test
    void successfulBuildPrintsASummaryOnStandardOutput() {
        Path site = TestSites.copy("basic", dir);
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().matches("built \\d+ pages \\(\\d+ files\\) into .*out in \\d+ ms: 0 errors, 0 warnings\\R"),
                run::transcript);
    }

    @Test
    void outputFromSiteYmlIsRelativeToTheConfigFolder() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), "output: public\n");
        TestSites.Run run = TestSites.cli("build", "--config", site.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(Files.isRegularFile(site.resolve("public/index.html")));
        assertTrue(run.out().contains(" into public in "), run::transcript);
    }

    @Test
    void defaultOutputIsTargetHandbookBesideTheConfig() {
        Path site = TestSites.copy("basic", dir);
        TestSites.Run run = TestSites.cli("build", "-c", site.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(Files.isRegularFile(site.resolve("target/handbook/index.html")));
    }

    @Test
    void strictIsAccepted() {
        Path site = TestSites.copy("basic", dir);
        TestSites.Run run = TestSites.build(site, dir.resolve("out"), "--strict");
        assertEquals(0, run.exitCode(), run::transcript);
    }

    @Test
    void strictTakesAValueSoMavenCanPassItsPropertyThrough() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("content/Dangling.md"), "# Dangling\n\nSee [[Nowhere]].\n");
        assertEquals(0, TestSites.build(site, dir.resolve("out"), "--strict=false").exitCode());
        TestSites.Run strict = TestSites.build(site, dir.resolve("out"), "--strict=true");
        assertEquals(1, strict.exitCode(), strict::transcript);
        assertTrue(strict.err().contains("error: unresolved link [[Nowhere]]"), strict::transcript);
    }

    @Test
    void checkWritesNothingAndExitsZeroForAGoodVault() {
        Path site = TestSites.copy("basic", dir);
        SortedMap<String, byte[]> before = TestSites.tree(dir);
        TestSites.Run run = TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().startsWith("checked "), run::transcript);
        assertSameTree(before, TestSites.tree(dir));
        assertFalse(Files.exists(site.resolve("target")));
    }

    @Test
    void checkFollowsTheNotFoundPagesLinksFromAPathBaseUrl() throws Exception {
        // The 404 page links from the baseUrl; check took /handbook/theme/handbook.css for a missing file.
        Path site = TestSites.copy("basic", dir);
        Files.writeString(site.resolve("site.yml"), "baseUrl: /handbook/\n", StandardOpenOption.APPEND);
        TestSites.Run run = TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run::transcript);
    }

    @Test
    void checkStillFindsABrokenLinkFromAPathBaseUrl() throws Exception {
        Path site = TestSites.copy("basic", dir);
        Files.writeString(site.resolve("site.yml"), "baseUrl: /handbook/\n", StandardOpenOption.APPEND);
        // The notes' own links are resolved before the crawl; a theme's are not.
        Files.writeString(site.resolve("site.yml"), "theme: crumbs\n", StandardOpenOption.APPEND);
        TestSites.write(site.resolve("themes/crumbs/templates/breadcrumbs.peb"), "<a href=\"/handbook/gone.html\">gone</a>\n");
        TestSites.Run run = TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("/handbook/gone.html (no file gone.html)"), run::transcript);
    }

    @Test
    void checkReportsContentErrorsWithExitOneAndWritesNothing() {
        Path site = TestSites.copy("broken", dir);
        SortedMap<String, byte[]> before = TestSites.tree(dir);
        TestSites.Run run = TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        assertEquals(1, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("content/notes/Bad Yaml.md:3:15: error:"), run::transcript);
        assertTrue(run.err().contains("check failed: 2 errors"), run::transcript);
        assertSameTree(before, TestSites.tree(dir));
    }

    @Test
    void checkDoesNotTakeAnOutOption() {
        Path site = TestSites.copy("basic", dir);
        TestSites.Run run = TestSites.cli("check", "--config", site.resolve("site.yml").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, run.exitCode(), run::transcript);
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
