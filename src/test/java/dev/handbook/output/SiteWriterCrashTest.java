package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.TestSites;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any step of writing and publishing a site leaves the output holding the whole old site or the
 * whole new one (or, for the one step between the swap's two renames, nothing), and the next build tidies up.
 */
class SiteWriterCrashTest {

    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    // The files both sites have as they are, which must keep the old site's modification time.
    private static final List<String> UNCHANGED = List.of(SiteWriter.MARKER, "index.html", "theme/site.css");

    @TempDir
    Path dir;

    /** Thrown by the hook to stop the writer there: an Error, so no catch or cleanup of the writer runs, as after kill -9. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /** Stops the writer before its k-th change on disk and before every change after it, on any thread. */
    private static final class KillAt implements SiteFolder.Hook {
        private final int step;
        private final AtomicInteger steps = new AtomicInteger();
        private volatile boolean killed;

        KillAt(int step) {
            this.step = step;
        }

        @Override
        public void before(String operation, Path path) {
            if (killed || steps.getAndIncrement() == step) {
                killed = true;
                throw new Killed();
            }
        }
    }

    private static List<OutputFile> oldSite() {
        return List.of(file("index.html", "home"), file("theme/site.css", "css"), file("a/index.html", "a, first"),
                file("b", "b, a file"), file("c/index.html", "c, a folder"), file("gone/deep/index.html", "gone"));
    }

    private static List<OutputFile> newSite() {
        return List.of(file("index.html", "home"), file("theme/site.css", "css"), file("a/index.html", "a, second"),
                file("b/index.html", "b, a folder"), file("c", "c, a file"), file("new/index.html", "new"));
    }

    @Test
    void aRebuildKilledAtAnyStepLeavesTheOldSiteOrTheNewOneAndTheNextBuildFinishesIt() throws Exception {
        killAtEveryStep(false);
    }

    @Test
    void aRebuildThroughASymlinkKilledAtAnyStepReplacesOnlyTheFolderItPointsTo() throws Exception {
        killAtEveryStep(true);
    }

    @Test
    void aFirstBuildIntoAnEmptyFolderKilledAtAnyStepLeavesItEmptyOrTheWholeSite() throws Exception {
        int absent = 0;
        int built = 0;
        for (int step = 0; ; step++) {
            Path out = Files.createDirectories(dir.resolve("first-" + step + "/site"));
            if (!writeUntilKilled(out, newSite(), new KillAt(step))) {
                assertTrue(step > 0, "the kill never came");
                break;
            }
            String when = " (killed before step " + step + ")";
            if (!Files.exists(out)) {
                absent++;
            } else if (!tree(out).isEmpty()) {
                built++;
                assertEquals(tree(newSite()), tree(out), "a site is there only whole" + when);
            }
            new SiteWriter(out).write(newSite());
            assertEquals(tree(newSite()), tree(out), "the next build completes the site" + when);
            assertNoLeftovers(out);
        }
        assertEquals(1, absent, "only the step between the two renames leaves no folder");
        assertTrue(built > 0, "never killed after the site was in");
    }

    @Test
    void aFolderThatCannotBeRenamedKeepsTheOldSiteAndTheErrorSaysWhy() throws Exception {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(oldSite());
        // As Linux answers for a mount point: the first rename of the swap fails.
        SiteFolder.Hook busy = (operation, path) -> {
            if (operation.equals("rename") && path.equals(out)) {
                throw new FileSystemException(path.toString(), null, "Device or resource busy");
            }
        };
        IOException e = assertThrows(IOException.class, () -> new SiteWriter(out, busy).write(newSite()));
        assertTrue(e.getMessage().contains("Device or resource busy (" + out + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("mount point"), e.getMessage());
        assertEquals(tree(oldSite()), tree(out));
        assertNoLeftovers(out);
    }

    @Test
    void aSwapWhoseSecondRenameFailsPutsTheOldSiteBack() throws Exception {
        Path out = dir.resolve("site");
        new SiteWriter(out).write(oldSite());
        Path staging = dir.resolve(".site.staging");
        SiteFolder.Hook full = (operation, path) -> {
            if (operation.equals("rename") && path.equals(staging)) {
                throw new IOException("No space left on device");
            }
        };
        assertThrows(IOException.class, () -> new SiteWriter(out, full).write(newSite()));
        assertEquals(tree(oldSite()), tree(out));
        assertNoLeftovers(out);
    }

    // Builds the old site, then for every step k of a rebuild kills it before its k-th change on disk and checks
    // what the output holds, that a failed build then leaves that as it is (or brings back the old site), and that
    // a successful one ends with the new site, unchanged files keeping their time.
    private void killAtEveryStep(boolean throughLink) throws Exception {
        int absent = 0;
        int whole = 0;
        for (int step = 0; ; step++) {
            Path root = Files.createDirectories(dir.resolve("kill-" + step));
            Path folder = root.resolve("real");
            Path out = throughLink ? Files.createSymbolicLink(root.resolve("site"), folder) : folder;
            new SiteWriter(out).write(oldSite());
            for (String path : tree(folder).keySet()) {
                Files.setLastModifiedTime(folder.resolve(path), OLD_TIME);
            }

            if (!writeUntilKilled(out, newSite(), new KillAt(step))) {
                assertTrue(step > 0, "the kill never came");
                break;
            }
            String when = " (killed before step " + step + ")";
            assertEquals(throughLink, Files.isSymbolicLink(out), "the output stays what it was" + when);
            if (Files.exists(folder)) {
                Map<String, String> held = tree(folder);
                if (!held.equals(tree(oldSite())) && !held.equals(tree(newSite()))) {
                    fail("the output holds a mix of the old site and the new" + when + ": " + held);
                }
                whole++;
                assertUnchangedKeepTheirTime(folder, when);
            } else {
                absent++;
                assertEquals(tree(oldSite()), tree(folder.resolveSibling(".real.previous")),
                        "between the renames the old site waits beside the output" + when);
            }

            SiteWriter failed = new SiteWriter(out);
            failed.writeNow(file("index.html", "a build that fails"));
            failed.discard();
            assertTrue(Files.exists(folder), "a failed build brings the old site back" + when);
            Map<String, String> kept = tree(folder);
            assertTrue(kept.equals(tree(oldSite())) || kept.equals(tree(newSite())), "a failed build" + when);
            assertNoLeftovers(folder);

            new SiteWriter(out).write(newSite());
            assertEquals(tree(newSite()), tree(folder), "the next build" + when);
            assertUnchangedKeepTheirTime(folder, when);
            assertNoLeftovers(folder);
        }
        assertEquals(1, absent, "only the step between the two renames leaves no site");
        assertTrue(whole > 10, "killed at too few steps: " + whole);
    }

    // Writes a site with a hook that kills it; false when the write ended before the kill came.
    private static boolean writeUntilKilled(Path out, List<OutputFile> files, KillAt kill) throws IOException {
        try {
            new SiteWriter(out, kill).write(files);
            return false;
        } catch (Killed e) {
            // Workers of the writer's parallel stream that were past the hook finish their file first.
            ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
            return true;
        }
    }

    private static void assertUnchangedKeepTheirTime(Path folder, String when) throws IOException {
        for (String path : UNCHANGED) {
            assertEquals(OLD_TIME, Files.getLastModifiedTime(folder.resolve(path)), path + when);
        }
    }

    private static void assertNoLeftovers(Path folder) {
        List<String> left = new ArrayList<>();
        for (String suffix : List.of(".staging", ".previous")) {
            Path sibling = folder.resolveSibling("." + folder.getFileName() + suffix);
            if (Files.exists(sibling)) {
                left.add(sibling.getFileName().toString());
            }
        }
        assertEquals(List.of(), left, "leftovers beside " + folder);
    }

    private static Map<String, String> tree(Path folder) {
        Map<String, String> files = new TreeMap<>();
        TestSites.tree(folder).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, String> tree(List<OutputFile> site) {
        Map<String, String> files = new TreeMap<>();
        site.forEach(file -> files.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8)));
        files.put(SiteWriter.MARKER, "This folder was built by the interview handbook generator.\n");
        return files;
    }

    private static OutputFile file(String path, String text) {
        return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
