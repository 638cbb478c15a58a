package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How much of each note the search index keeps: all of it in a small handbook, the opening in a big one. */
class SearchIndexTest {

    @Test
    void aSmallHandbookIsSearchedInFullAndABigOneByItsOpenings() {
        assertEquals(20_000, SearchIndex.bodyLimit(1));
        assertEquals(20_000, SearchIndex.bodyLimit(150));
        assertEquals(3_000, SearchIndex.bodyLimit(1_000));
        assertEquals(1_500, SearchIndex.bodyLimit(2_000));
        assertEquals(1_500, SearchIndex.bodyLimit(10_000));
    }

    @Test
    void aWordNearTheEndOfALongNoteIsFound(@TempDir Path temp) throws IOException {
        // The index kept 1,500 characters of every note, so a debrief guide's closing checklist was not found.
        String filler = "We read every scorecard before anyone speaks. ".repeat(150);
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/Debrief.md",
                "# Debrief\n\n" + filler + "\n\n## Checklist\n\nSend the zeppelin summary.\n"));
        String index = Files.readString(site.out().resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
        assertTrue(filler.length() > 6_000);
        assertTrue(index.contains("Send the zeppelin summary."), site::transcript);
    }

    @Test
    void aNoteIsCutAtTheLimitEvenInsideOneLongParagraph(@TempDir Path temp) throws IOException {
        // Text was collected a whole paragraph at a time, so a 400 KB paragraph went into the index whole.
        String paragraph = "Notes pasted from a transcript run on. ".repeat(10_000);
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/Transcript.md", "# Transcript\n\n" + paragraph));
        String index = Files.readString(site.out().resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
        assertTrue(paragraph.length() > 300_000);
        assertTrue(index.length() < SearchIndex.BODY_CEILING + 2_000, () -> index.length() + " characters");
    }
}
