package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import dev.handbook.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build cache beside the output: a build that takes pages from it writes exactly the site a build from
 * nothing writes, over a run of random edits; and a cache from another version, with damaged or cut-short
 * entries, of another user, or with a file in its place, is said in one line and never trusted.
 */
class BuildCacheTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aCachedBuildWritesWhatABuildFromNothingWritesAfterEachEdit(long seed) throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path cached = dir.resolve("cached");
        build(site, cached);
        Random random = new Random(seed);
        for (int step = 0; step < 6; step++) {
            String edit = edit(site, random, step);
            TestSites.Run warm = build(site, cached);
            Path cold = dir.resolve("cold");
            SiteWriter.deleteTree(cold);
            SiteWriter.deleteTree(DiskCache.folderFor(cold));
            TestSites.Run fresh = build(site, cold);
            assertEquals(diagnostics(fresh), diagnostics(warm), "the same diagnostics after " + edit);
            assertSameSite(files(cold), files(cached), "after " + edit);
        }
        assertTrue(Files.isDirectory(DiskCache.folderFor(cached)), "the cache sits beside the output");
    }

    @Test
    void damagedEntriesAreIgnoredInOneLineAndDrawnAgain() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        build(site, out);
        Map<String, byte[]> before = files(out);
        List<Path> entries = entries(out);
        assertTrue(entries.size() > 10, "the first build filled the cache: " + entries.size());
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short
        byte[] flipped = Files.readAllBytes(entries.get(1));
        flipped[flipped.length - 1] ^= 1; // one bit of the page changed
        Files.write(entries.get(1), flipped);
        Files.write(entries.get(2), new byte[0]);
        SiteWriter.deleteTree(out); // nothing to compare with but the cache itself
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "3 damaged entries of the build cache were ignored"), run::transcript);
        assertSameSite(before, files(out), "");
    }

    @Test
    void aCacheFromAnotherVersionStartsAfreshInOneLine() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        build(site, out);
        Map<String, byte[]> before = files(out);
        Path info = DiskCache.folderFor(out).resolve("cache.info");
        Files.writeString(info, "handbook build cache 1\nsomething-else\n");
        // An entry under a page's name that another version wrote, with other bytes: never taken.
        for (Path entry : entries(out)) {
            Files.write(entry, Files.readAllBytes(entries(out).get(0)));
        }
        SiteWriter.deleteTree(out);
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "written by another version of the generator"), run::transcript);
        assertSameSite(before, files(out), "");
        TestSites.Run again = build(site, out);
        assertFalse(again.err().contains("build cache"), again::transcript);
    }

    @Test
    void aFileInThePlaceOfTheCacheIsSaidAndLeftAlone() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        Files.writeString(DiskCache.folderFor(out), "mine");
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "not a build cache"), run::transcript);
        assertEquals("mine", Files.readString(DiskCache.folderFor(out)));
    }

    @Test
    void anotherUsersCacheIsNotTrusted() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        build(site, out);
        Path cache = DiskCache.folderFor(out);
        UserPrincipal other;
        try {
            other = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(cache, other);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot give the folder to another user here: " + e);
            return;
        }
        Map<String, byte[]> before = files(out);
        for (Path entry : entries(out)) {
            Files.write(entry, new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // whatever that user left there
        }
        SiteWriter.deleteTree(out);
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "the build cache belongs to nobody"), run::transcript);
        assertSameSite(before, files(out), "");
    }

    // One random edit a writer makes between two builds, described for the failure message.
    private static String edit(Path site, Random random, int step) throws IOException {
        List<Path> notes;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            notes = walk.filter(path -> path.toString().endsWith(".md")).sorted().toList();
        }
        Path note = notes.get(random.nextInt(notes.size()));
        String text = Files.readString(note, StandardCharsets.UTF_8);
        String name = site.resolve("content").relativize(note).toString();
        switch (random.nextInt(6)) {
            case 0 -> Files.writeString(note, text + "\nA sentence written at step " + step + ".\n");
            case 1 -> Files.writeString(note, text + "\n- What would you do at step " + step + "? #teamwork\n");
            case 2 -> Files.writeString(note, text + "\nSee [[Screen]] and [[Nowhere " + step + "]]. #step-" + step
                    + "\n");
            case 3 -> Files.writeString(note, text + "\n## Heading " + step + "\n\nMore. ^block-" + step + "\n");
            case 4 -> Files.writeString(site.resolve("content/notes/Added " + step + ".md"), "# Added " + step
                    + "\n\nLinks to [[" + note.getFileName().toString().replace(".md", "") + "]].\n");
            default -> Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml"))
                    + "\n# edited at step " + step + "\n");
        }
        return "step " + step + " (" + name + ")";
    }

    private static TestSites.Run build(Path site, Path out) {
        TestSites.Run run = TestSites.build(site, out);
        assertTrue(run.exitCode() == 0, run::transcript);
        return run;
    }

    // The diagnostics without the summary line, whose time differs.
    private static List<String> diagnostics(TestSites.Run run) {
        return run.err().lines().filter(line -> !line.startsWith("built ")).toList();
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        java.util.Set<String> paths = new java.util.TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        List<String> differ = paths.stream().filter(path -> !java.util.Arrays.equals(expected.get(path),
                actual.get(path))).toList();
        assertEquals(List.of(), differ, "files that differ from a build from nothing " + when);
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<Path> entries(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(DiskCache.folderFor(out))) {
            return new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().equals("cache.info")).sorted().toList());
        }
    }

    private static int count(String text, String part) {
        return (int) text.lines().filter(line -> line.contains(part)).count();
    }
}
