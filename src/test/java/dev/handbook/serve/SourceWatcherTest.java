package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview watches over a copy of the "basic" fixture: notes and themes at any depth, new folders from
 * then on, and site.yml, but not editor droppings nor anything else beside the config (the output folder).
 */
@Timeout(20) // next() waits for ever when an expected change never comes
class SourceWatcherTest {

    @TempDir
    Path temp;

    private Path site;
    private SourceWatcher watcher;

    @BeforeEach
    void watch() throws IOException {
        site = TestSites.copy("basic", temp);
        Files.createDirectories(site.resolve("themes/lake/templates"));
        watcher = new SourceWatcher(List.of(site.resolve("content"), site.resolve("themes")), site.resolve("site.yml"));
    }

    @AfterEach
    void close() throws IOException {
        watcher.close();
    }

    @Test
    void aNoteEditedDeepInTheContentIsReported() throws InterruptedException {
        Path note = site.resolve("content/process/Phone Screen.md");
        TestSites.write(note, "# Phone Screen\n\nNow forty minutes.\n");
        assertEquals(Set.of(note), changesUntil(note));
    }

    @Test
    void editorDroppingsAndOtherFilesBesideTheConfigAreNotReported() throws InterruptedException {
        TestSites.write(site.resolve("content/process/.Phone Screen.md.swp"), "swap");
        TestSites.write(site.resolve("content/process/Phone Screen.md~"), "backup");
        TestSites.write(site.resolve("content/process/notes.swp"), "swap");
        TestSites.write(site.resolve("target/site/index.html"), "<p>built</p>");
        TestSites.write(site.resolve("README.txt"), "not a source");
        Path note = site.resolve("content/index.md");
        TestSites.write(note, "# Welcome\n\nHello again.\n");
        assertEquals(Set.of(note), changesUntil(note), "only the note, of everything written");
    }

    @Test
    void theConfigAndThemesAreReported() throws InterruptedException {
        Path config = site.resolve("site.yml");
        TestSites.write(config, "title: Renamed Handbook\n");
        assertEquals(Set.of(config), changesUntil(config));
        Path template = TestSites.write(site.resolve("themes/lake/templates/note.peb"), "{{ content | raw }}");
        assertEquals(Set.of(template), changesUntil(template));
    }

    @Test
    void aNewFolderIsWatchedFromThenOn() throws InterruptedException {
        Path folder = site.resolve("content/onboarding");
        Path note = TestSites.write(folder.resolve("First Day.md"), "# First Day\n");
        // The note may be written before the folder is watched; the folder itself then stands for it.
        Set<Path> first = changesUntil(folder);
        assertTrue(first.contains(folder), first::toString);
        TestSites.write(note, "# First Day\n\nCoffee at nine.\n");
        assertTrue(changesUntil(note).contains(note));
    }

    @Test
    void twoFilesSavedTogetherComeAsOneChange() throws InterruptedException {
        Path a = TestSites.write(site.resolve("content/guides/Note Taking Tips.md"), "# Tips\n\nWrite it down.\n");
        Path b = TestSites.write(site.resolve("content/guides/Old Process.md"), "# Old\n\nGone.\n");
        Thread.sleep(200); // both events are queued before the watcher looks, however slow the machine
        assertEquals(Set.of(a, b), watcher.next());
    }

    // Every path reported until this one is, over as many bursts as it takes.
    private Set<Path> changesUntil(Path expected) throws InterruptedException {
        Set<Path> all = new LinkedHashSet<>();
        while (!all.contains(expected)) {
            all.addAll(watcher.next());
        }
        return all;
    }
}
