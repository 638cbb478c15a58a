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
        TestSites.Run first = build(site, cached);
        assertFalse(first.err().contains("build cache"), "a cache is made without a word: " + first.transcript());
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
        Path pack = DiskCache.folderFor(out).resolve("pages.pack");
        byte[] bytes = Files.readAllBytes(pack);
        List<int[]> entries = entries(bytes);
        assertTrue(entries.size() > 10, "the first build filled the cache: " + entries.size());
        bytes[entries.get(0)[0] + entries.get(0)[1] - 1] ^= 1; // one bit of the first page changed
        int last = entries.get(entries.size() - 1)[0];
        Files.write(pack, java.util.Arrays.copyOf(bytes, last + 10)); // the last entry cut short
        SiteWriter.deleteTree(out); // nothing to take but the cache itself
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "2 damaged entries of the build cache were ignored"), run::transcript);
        assertSameSite(before, files(out), "with a damaged cache");
        SiteWriter.deleteTree(out);
        TestSites.Run again = build(site, out);
        assertFalse(again.err().contains("build cache"), "the next build wrote it whole: " + again.transcript());
        assertSameSite(before, files(out), "from the rewritten cache");
    }

    @Test
    void aCacheFromAnotherVersionStartsAfreshInOneLine() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        build(site, out);
        Map<String, byte[]> before = files(out);
        Path info = DiskCache.folderFor(out).resolve("cache.info");
        Files.writeString(info, "handbook build cache 1\nsomething-else\n");
        // Pages another version drew, under the same names: never taken.
        Path pack = DiskCache.folderFor(out).resolve("pages.pack");
        byte[] bytes = Files.readAllBytes(pack);
        for (int[] entry : entries(bytes)) {
            java.util.Arrays.fill(bytes, entry[0], entry[0] + entry[1], (byte) 'x');
        }
        Files.write(pack, bytes);
        SiteWriter.deleteTree(out);
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "written by another version of the generator"), run::transcript);
        assertSameSite(before, files(out), "with a cache that is not to be trusted");
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
        Files.write(cache.resolve("pages.pack"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // what they left
        SiteWriter.deleteTree(out);
        TestSites.Run run = build(site, out);
        assertEquals(1, count(run.err(), "the build cache belongs to nobody"), run::transcript);
        assertSameSite(before, files(out), "with a cache that is not to be trusted");
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

    // Where each entry's page bytes start in a pack, and how many there are (see DiskCache's format).
    private static List<int[]> entries(byte[] pack) {
        List<int[]> entries = new ArrayList<>();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(pack);
        for (int at = 8; at < pack.length; ) {
            int length = buffer.getInt(at + 32);
            entries.add(new int[] {at + 32 + 4 + 4, length});
            at += 32 + 4 + 4 + length;
        }
        return entries;
    }

    private static int count(String text, String part) {
        return (int) text.lines().filter(line -> line.contains(part)).count();
    }
}
