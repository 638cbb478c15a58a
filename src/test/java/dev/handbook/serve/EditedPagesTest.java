package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preview's edited-pages route ({@code Pipeline.editedPages}) over the "harbour" fixture: a note whose body alone changed is drawn from the last
 * preview build exactly as the full rebuild that follows draws it (else the open page reloads twice), and any
 * change that feeds other pages asks for the full rebuild instead.
 */
class EditedPagesTest {

    @TempDir
    Path temp;

    private Path site;
    private PreviewBuild before;

    @BeforeEach
    void buildOnce() {
        site = InterviewFixtures.copy("harbour", temp);
        before = PreviewBuild.of(site);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stages/Yard Walk.md   | stages/yard-walk/index.html   | ## On the quay\\n                  | ## On the quay\\n\\nStart at the gate where the trucks queue.\\n",
        "stages/Screen.md      | stages/screen/index.html      | ## Opening\\n                      | ## Opening\\n\\nMost candidates are nervous; say so and smile.\\n",
        "questions/Rules.md    | questions/rules/index.html    | Every extraction rule, once.      | Every extraction rule, once, in the order of the README.",
        "roles/Dock Planner.md | roles/dock-planner/index.html | in what order the trucks come in. | in what order the trucks pass the gate.",
        "questions/Rules.md    | questions/rules/index.html    | Every extraction rule, once.      | Every extraction rule, once. #night-shift\\n\\nWatch the cranes at dusk.",
    })
    void aBodyEditIsDrawnAsTheFullRebuildDrawsIt(String note, String page, String from, String to) {
        Path file = site.resolve("content").resolve(note);
        InterviewFixtures.edit(file, unescape(from), unescape(to));
        Map<String, byte[]> quick = before.edited(site, Set.of(file));
        assertNotNull(quick, "a body edit needs no full rebuild");
        assertEquals(Set.of(page), quick.keySet());
        String drawn = new String(quick.get(page), StandardCharsets.UTF_8);
        String sentence = unescape(to).strip().lines().reduce((first, last) -> last).orElseThrow();
        assertTrue(drawn.contains(sentence), "the edit shows: " + sentence);
        assertNotEquals(before.text(page), drawn);
        assertEquals(PreviewBuild.of(site).text(page), drawn, "the quick render differs from the full rebuild");
    }

    @Test
    void aNoteNumberedForItsAddressIsDrawnAtItsOwnAddressNotOverTheOther() {
        dev.handbook.TestSites.write(site.resolve("content/c--android.md"), "# C Android\n\nFirst.\n");
        Path numbered = dev.handbook.TestSites.write(site.resolve("content/c-android.md"), "# C Android 2\n\nSecond.\n");
        PreviewBuild built = PreviewBuild.of(site);
        InterviewFixtures.edit(numbered, "Second.", "Second, edited.");
        Map<String, byte[]> quick = built.edited(site, Set.of(numbered));
        assertNotNull(quick);
        assertEquals(Set.of("c-android-2/index.html"), quick.keySet(), "c--android.md keeps c-android/");
    }

    @Test
    void questionsKeepTheAnchorsTheIndexesLinkTo() {
        Path note = site.resolve("content/questions/Rules.md");
        InterviewFixtures.edit(note, "Every extraction rule, once.", "Every extraction rule, exactly once.");
        String drawn = new String(before.edited(site, Set.of(note)).get("questions/rules/index.html"),
                StandardCharsets.UTF_8);
        long anchors = before.text("questions/rules/index.html").split("id=\"q-", -1).length - 1;
        assertTrue(anchors > 5, "the fixture's questions are anchored in the full build");
        assertEquals(anchors, drawn.split("id=\"q-", -1).length - 1, "every question keeps its id=\"q-...\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stages/Yard Walk.md | duration: 45m | duration: 50m",
        "questions/Rules.md  | title: Rules  | title: House Rules",
        "stages/Screen.md    | # Screen      | # Screening Call",
        "stages/Screen.md    | duration: 25m | duration: first: second",
    })
    void aChangeThatFeedsOtherPagesOrDoesNotBuildNeedsTheFullRebuild(String note, String from, String to) {
        Path file = site.resolve("content").resolve(note);
        InterviewFixtures.edit(file, from, to);
        assertNull(before.edited(site, Set.of(file)), "front matter, title or a broken note");
    }

    @Test
    void aBodyThatNoLongerBuildsNeedsTheFullRebuild() throws Exception {
        Path note = site.resolve("content/stages/Yard Walk.md");
        byte[] bytes = Files.readAllBytes(note);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xFF; // invalid UTF-8 at the end of the body: an error, front matter unchanged
        TestSites.writeBytes(note, broken);
        assertNull(before.edited(site, Set.of(note)));
    }

    @Test
    void aNewNoteTheConfigOrNoEarlierBuildNeedsTheFullRebuild() {
        Path added = TestSites.write(site.resolve("content/stages/Night Shift.md"), "# Night Shift\n\nQuiet.\n");
        assertNull(before.edited(site, Set.of(added)), "a new note changes navigation and indexes");
        assertNull(before.edited(site, Set.of(site.resolve("site.yml"))));
        Path note = site.resolve("content/stages/Yard Walk.md");
        assertNull(new PreviewBuild(Map.of(), null, java.util.List.of(), 0).edited(site, Set.of(note)),
                "nothing to draw from before the first build");
        assertNull(before.edited(site, Set.of()));
    }

    @Test
    void aFoldersOwnNoteNeedsTheFullRebuild() {
        // Its text is the intro of the folder's page, which is no note's page: it used to be drawn with the old intro.
        Path intro = TestSites.write(site.resolve("content/stages/index.md"), "# Stages\n\nThe loop's stages.\n");
        PreviewBuild built = PreviewBuild.of(site);
        InterviewFixtures.edit(intro, "The loop's stages.", "Every stage of the loop.");
        assertNull(built.edited(site, Set.of(intro)));
    }

    @Test
    void oneBodyEditAmongOtherChangesNeedsTheFullRebuild() {
        Path note = site.resolve("content/stages/Yard Walk.md");
        InterviewFixtures.edit(note, "## On the quay\n", "## On the quay\n\nBoots on.\n");
        assertNotNull(before.edited(site, Set.of(note)));
        assertNull(before.edited(site, Set.of(note, site.resolve("site.yml"))));
    }

    // CsvSource keeps a backslash-n as two characters; the edits are written with real newlines.
    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
