package dev.handbook.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.handbook.markdown.InMemoryVault;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution rules of {@link NoteIndex} on their own, independent of the order notes are read in. */
class NoteIndexTest {

    private static final Note FROM = InMemoryVault.note("roles/Lead.md", "");

    private static NoteIndex index(String... paths) {
        List<Note> notes = new ArrayList<>();
        for (String path : paths) {
            notes.add(InMemoryVault.note(path, ""));
        }
        return new NoteIndex(notes, List.of(new Asset(Path.of("x"), "files/Plan.pdf", "content/files/Plan.pdf")));
    }

    @Test
    void didYouMeanStopsWhenItsBudgetIsSpentAndRemembersWhatItFound() {
        // Five thousand links to missing notes in a five-thousand-note vault spent seconds on hints.
        List<Note> notes = new ArrayList<>();
        for (String path : List.of("stages/Screen.md", "stages/Debrief.md", "Scoring.md")) {
            notes.add(InMemoryVault.note(path, ""));
        }
        NoteIndex index = new NoteIndex(notes, List.of(), 4); // the "s" names are two; "d" names one
        assertEquals("Screen", index.nearestName("Scren"));
        assertEquals("Screen", index.nearestName("scren"), "the same target again costs nothing");
        assertEquals("Debrief", index.nearestName("Debreif"));
        assertNull(index.nearestName("Scorng"), "the budget is spent");
        assertNull(new NoteIndex(notes, List.of(), 0).nearestName("Scren"));
    }

    @Test
    void ambiguousPickDoesNotDependOnReadingOrder() {
        List<String> paths = new ArrayList<>(List.of("b/Tips.md", "a/Tips.md", "long/folder/Tips.md"));
        for (int i = 0; i < 4; i++) {
            Collections.rotate(paths, 1);
            NoteIndex.Match match = index(paths.toArray(String[]::new)).note(FROM, "tips");
            assertEquals("a/Tips.md", match.note().path());
            assertEquals(List.of("a/Tips.md", "b/Tips.md", "long/folder/Tips.md"),
                    match.candidates().stream().map(Note::path).toList());
        }
    }

    @Test
    void rootPathBeforeRelativePath() {
        NoteIndex index = index("shared/Rubric.md", "roles/shared/Rubric.md");
        assertEquals("shared/Rubric.md", index.note(FROM, "shared/Rubric").note().path());
    }

    @Test
    void relativePathWhenTheRootHasNone() {
        NoteIndex index = index("roles/shared/Rubric.md", "other/roles/shared/Rubric.md");
        assertEquals("roles/shared/Rubric.md", index.note(FROM, "shared/Rubric").note().path());
    }

    @Test
    void unknownNameIsNull() {
        assertNull(index("a/Tips.md").note(FROM, "Tricks"));
    }

    @Test
    void attachmentByNameAnywhere() {
        assertEquals("files/Plan.pdf", index().asset(FROM, "plan.PDF").path());
    }
}
