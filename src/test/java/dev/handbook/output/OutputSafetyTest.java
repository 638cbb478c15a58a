package dev.handbook.output;

import static dev.handbook.SiteAssertions.assertNoStackTrace;
import static dev.handbook.SiteAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder changes only when a build succeeds, then holds exactly the new site (changed files rewritten,
 * the rest left alone), and is never touched when the tool does not own it.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private Path builtSite(Path site, Path out) {
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.exitCode(), run::transcript);
        return out;
    }

    @Test
    void failedBuildLeavesThePreviousSiteByteForByte() {
        Path site = TestSites.copy("basic", dir);
        Path out = builtSite(site, dir.resolve("out"));
        SortedMap<String, byte[]> before = TestSites.tree(out);

        TestSites.write(site.resolve("content/process/Panel.md"), "---\ntitle: Panel\nsummary: one: two\n---\nBody\n");
        TestSites.write(site.resolve("content/process/Onsite Loop.md"), "Rewritten, but the build fails.\n");
        TestSites.Run failed = TestSites.build(site, out);

        assertEquals(1, failed.exitCode(), failed::transcript);
        assertTrue(failed.err().contains("content/process/Panel.md:3:13: error: invalid front matter YAML"), failed::transcript);
        assertTrue(failed.err().contains("was left as it was"), failed::transcript);
        assertSameTree(before, TestSites.tree(out));
        assertNoLeftovers(out);
    }

    @Test
    void brokenConfigLeavesThePreviousSiteByteForByte() {
        Path site = TestSites.copy("basic", dir);
        Path out = builtSite(site, dir.resolve("out"));
        SortedMap<String, byte[]> before = TestSites.tree(out);
        TestSites.write(site.resolve("site.yml"), "title: [broken\n");
        TestSites.Run failed = TestSites.build(site, out);
        assertEquals(2, failed.exitCode(), failed::transcript);
        assertSameTree(before, TestSites.tree(out));
    }

    @Test
    void successfulRebuildReplacesTheSiteAndDropsPagesOfDeletedNotes() throws Exception {
        Path site = TestSites.copy("basic", dir);
        Path out = builtSite(site, dir.resolve("out"));
        assertTrue(Files.exists(out.resolve("process/phone-screen/index.html")));
        Files.delete(site.resolve("content/process/Phone Screen.md"));
        builtSite(site, out);
        assertFalse(Files.exists(out.resolve("process/phone-screen")));
        assertTrue(Files.exists(out.resolve("process/onsite-loop/index.html")));
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
        assertNoLeftovers(out);
    }

    @Test
    void rebuildRewritesOnlyChangedFilesAndEndsAsABuildFromScratch() throws Exception {
        Path site = TestSites.copy("basic", dir);
        Path out = builtSite(site, dir.resolve("out"));
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (String path : TestSites.tree(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(path), old);
        }
        Path note = site.resolve("content/process/Onsite Loop.md");
        TestSites.write(note, Files.readString(note) + "\nA sentence added in this edit.\n");
        builtSite(site, out);

        Path page = out.resolve("process/onsite-loop/index.html");
        assertTrue(Files.readString(page).contains("A sentence added in this edit."));
        assertNotEquals(old, Files.getLastModifiedTime(page), "a changed page is written again");
        assertEquals(old, Files.getLastModifiedTime(out.resolve("theme/handbook.css")), "an unchanged file is left alone");
        assertSameTree(TestSites.tree(builtSite(site, dir.resolve("scratch"))), TestSites.tree(out));
        assertNoLeftovers(out);
    }

    @Test
    void rebuildTurnsFoldersIntoFilesAndBackAndDropsWhatIsGone() throws Exception {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(
                OutputFile.of("a/index.html", bytes("folder a")),
                OutputFile.of("b", bytes("file b")),
                OutputFile.of("gone/deep/index.html", bytes("gone")),
                OutputFile.of("same.html", bytes("same"))));
        new SiteWriter(out).write(List.of(
                OutputFile.of("a", bytes("file a")),
                OutputFile.of("b/index.html", bytes("folder b")),
                OutputFile.of("same.html", bytes("same"))));
        assertEquals(List.of(SiteWriter.MARKER, "a", "b/index.html", "same.html"),
                List.copyOf(TestSites.tree(out).keySet()));
        assertEquals("file a", Files.readString(out.resolve("a")));
        assertFalse(Files.exists(out.resolve("gone")), "a folder left empty goes too");
        assertNoLeftovers(out);
    }

    @Test
    void rebuildThroughASymlinkedOutputUpdatesTheFolderItPointsTo() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path out = link(dir.resolve("site"), real);
        new SiteWriter(out).write(List.of(OutputFile.of("a.html", bytes("a")), OutputFile.of("b.html", bytes("b"))));
        new SiteWriter(out).write(List.of(OutputFile.of("a.html", bytes("a")), OutputFile.of("b.html", bytes("b2"))));
        assertTrue(Files.isSymbolicLink(out), "the link stays a link");
        assertEquals(List.of(SiteWriter.MARKER, "a.html", "b.html"), List.copyOf(TestSites.tree(real).keySet()));
        assertEquals("b2", Files.readString(real.resolve("b.html")));
        assertNoLeftovers(out);
        assertNoLeftovers(real);
    }

    @Test
    void aSymlinkedOutputIsRefusedWhenTheFolderItPointsToHoldsTheSourcesOrTheLink() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("repo/docs"));
        Path content = Files.createDirectories(docs.resolve("content"));
        Path out = link(dir.resolve("repo/site"), docs);
        String refusal = new SiteWriter(out).refusal(List.of(content));
        assertNotNull(refusal, "the link's folder holds the content");
        assertTrue(refusal.contains("contains"), refusal);

        Path self = link(dir.resolve("repo/self"), dir.resolve("repo"));
        String loop = new SiteWriter(self).refusal(List.of(dir.resolve("elsewhere/content")));
        assertNotNull(loop, "a link to the folder that holds it");
        assertTrue(loop.contains("holds the link itself"), loop);
    }

    @Test
    void aFileReachedThroughASymlinkInsideTheSiteIsWrittenAgainNotLost() throws Exception {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(OutputFile.of("index.html", bytes("home"))));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        TestSites.write(elsewhere.resolve("x.png"), "x");
        link(out.resolve("img"), elsewhere);
        new SiteWriter(out).write(List.of(OutputFile.of("index.html", bytes("home")),
                OutputFile.of("img/x.png", bytes("x")), OutputFile.of("img/y.png", bytes("y"))));
        assertFalse(Files.isSymbolicLink(out.resolve("img")), "what the tool did not write goes");
        assertEquals("x", Files.readString(out.resolve("img/x.png")));
        assertEquals("y", Files.readString(out.resolve("img/y.png")));
        assertEquals("x", Files.readString(elsewhere.resolve("x.png")), "the link's target is left alone");
    }

    private static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symlinks here: " + e);
            return link;
        }
    }

    @Test
    void discardedRebuildLeavesTheSiteAsItWas() throws Exception {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(OutputFile.of("index.html", bytes("old"))));
        SortedMap<String, byte[]> before = TestSites.tree(out);
        SiteWriter writer = new SiteWriter(out);
        writer.writeNow(OutputFile.of("index.html", bytes("new")));
        writer.writeNow(OutputFile.of("extra/index.html", bytes("extra")));
        writer.discard();
        assertSameTree(before, TestSites.tree(out));
        assertNoLeftovers(out);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nonEmptyFolderNotBuiltByTheToolIsRefusedAndLeftUntouched() {
        Path site = TestSites.copy("basic", dir);
        Path out = dir.resolve("precious");
        TestSites.write(out.resolve("thesis.txt"), "years of work");
        TestSites.write(out.resolve("chapters/one.md"), "# One");
        SortedMap<String, byte[]> before = TestSites.tree(out);

        TestSites.Run refused = TestSites.build(site, out);

        assertEquals(2, refused.exitCode(), refused::transcript);
        assertTrue(refused.err().contains("is not empty and was not built by this tool"), refused::transcript);
        assertNoStackTrace(refused);
        assertSameTree(before, TestSites.tree(out));
        assertFalse(Files.exists(out.resolve(SiteWriter.MARKER)));
    }

    @Test
    void emptyExistingFolderIsUsed() throws Exception {
        Path site = TestSites.copy("basic", dir);
        Path out = Files.createDirectories(dir.resolve("empty"));
        builtSite(site, out);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void outputFolderThatHoldsTheSourcesIsRefused() {
        Path site = TestSites.copy("basic", dir);
        SortedMap<String, byte[]> before = TestSites.tree(site);
        TestSites.Run refused = TestSites.build(site, site);
        assertEquals(2, refused.exitCode(), refused::transcript);
        assertTrue(refused.err().contains("choose an output folder of its own"), refused::transcript);
        assertSameTree(before, TestSites.tree(site));
    }

    @Test
    void outputPathThatIsAFileIsRefused() throws Exception {
        Path site = TestSites.copy("basic", dir);
        Path file = TestSites.write(dir.resolve("site.html"), "not a folder");
        TestSites.Run refused = TestSites.build(site, file);
        assertEquals(2, refused.exitCode(), refused::transcript);
        assertEquals("not a folder", Files.readString(file));
        assertNoStackTrace(refused);
    }

    @Test
    void outputThatCannotBeCreatedIsAUsageErrorWithoutAStackTrace() {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(dir.resolve("blocker"), "a file where a folder should be");
        TestSites.Run failed = TestSites.build(site, dir.resolve("blocker/site"));
        assertEquals(2, failed.exitCode(), failed::transcript);
        assertTrue(failed.err().contains("cannot write the site"), failed::transcript);
        assertNoStackTrace(failed);
    }

    @Test
    void writerWritesGeneratedAndCopiedFilesAndTheMarker() throws Exception {
        Path source = TestSites.write(dir.resolve("logo.svg"), "<svg/>");
        Path out = dir.resolve("site");
        new SiteWriter(out).write(List.of(
                OutputFile.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)),
                OutputFile.of("a/b/index.html", "<p>deep</p>".getBytes(StandardCharsets.UTF_8)),
                OutputFile.copy("img/logo.svg", source)));
        assertEquals(List.of(SiteWriter.MARKER, "a/b/index.html", "img/logo.svg", "index.html"),
                List.copyOf(TestSites.tree(out).keySet()));
        assertEquals("<p>deep</p>", Files.readString(out.resolve("a/b/index.html")));
        assertEquals("<svg/>", Files.readString(out.resolve("img/logo.svg")));
        assertNull(new SiteWriter(out).refusal(List.of(source)), "a folder the tool built may be replaced");
        assertNoLeftovers(out);
    }

    @Test
    void writerRefusesAFileThatWouldEscapeTheOutputAndKeepsThePreviousSite() throws Exception {
        Path out = dir.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        writer.write(List.of(OutputFile.of("index.html", "old".getBytes(StandardCharsets.UTF_8))));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> writer.write(List.of(
                OutputFile.of("index.html", "new".getBytes(StandardCharsets.UTF_8)),
                OutputFile.of("../outside.html", "x".getBytes(StandardCharsets.UTF_8)))));
        assertNotNull(e.getMessage());
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("outside.html")));
        assertNoLeftovers(out);
    }

    @Test
    void aPreviousSiteLeftByAStoppedSwapIsBroughtBackNotDeleted() throws Exception {
        Path out = dir.resolve("site");
        // A run stopped between the swap's two moves: the last good site is only in the previous folder.
        TestSites.write(dir.resolve(".site.previous/index.html"), "last good");
        SiteWriter writer = new SiteWriter(out);
        writer.writeNow(OutputFile.of("index.html", "half-built".getBytes(StandardCharsets.UTF_8)));
        writer.discard(); // the build failed
        assertEquals("last good", Files.readString(out.resolve("index.html")));
        assertNoLeftovers(out);
    }

    @Test
    void refusalNamesTheReason() throws Exception {
        Path out = dir.resolve("out");
        Path content = dir.resolve("out/content");
        assertTrue(new SiteWriter(out).refusal(List.of(content)).contains("contains"));
        Files.createDirectories(dir.resolve("other"));
        TestSites.write(dir.resolve("other/readme.txt"), "mine");
        assertTrue(new SiteWriter(dir.resolve("other")).refusal(List.of(content)).contains("not empty"));
        assertNull(new SiteWriter(dir.resolve("fresh")).refusal(List.of(content)));
    }

    // The staging and previous folders beside the output are removed once the build ends.
    private static void assertNoLeftovers(Path out) {
        String name = out.getFileName().toString();
        assertFalse(Files.exists(out.resolveSibling("." + name + ".staging")), "staging folder left behind");
        assertFalse(Files.exists(out.resolveSibling("." + name + ".previous")), "previous folder left behind");
    }
}
