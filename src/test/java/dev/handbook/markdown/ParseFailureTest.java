package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.markdown.gfm.QuickTables;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note the Markdown library cannot read is that note's error, at its file and line, never a stack trace. */
class ParseFailureTest {

    @TempDir
    Path dir;

    private static String row(int columns, String cell) {
        return IntStream.range(0, columns).mapToObj(i -> cell).collect(Collectors.joining("|", "|", "|\n"));
    }

    @Test
    void aTableTooWideForTheParserIsShownAsTextWithAWarning() {
        // 900 columns overflowed the stack in flexmark's table finder: a trace, exit 1, no note named.
        Path site = TestSites.newSite(dir, "Wide");
        TestSites.write(site.resolve("content/Wide.md"), "Intro\n\n" + row(900, "c") + row(900, "---") + row(900, "x"));
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.transcript());
        assertTrue(run.err().contains("content/Wide.md:4:1: warning: this table has 900 columns, more than the 256 a"
                + " table may have; it is shown as text; split it"), run.transcript());
        assertNull(TestSites.html(dir.resolve("out/wide/index.html")).selectFirst("main table"));
    }

    @Test
    void aTableAtTheColumnLimitIsATable() {
        Path site = TestSites.newSite(dir, "Wide");
        int columns = QuickTables.MAX_COLUMNS;
        TestSites.write(site.resolve("content/Wide.md"), row(columns, "c") + row(columns, "---") + row(columns, "x"));
        TestSites.built(site, dir.resolve("out"));
        assertEquals(columns, TestSites.html(dir.resolve("out/wide/index.html")).select("main table th").size());
    }

    @Test
    void aStackOverflowInTheParserIsTheNotesErrorAtItsLine() {
        // A rule of 20,000 "- " overflows flexmark's thematic break regex; the note is named, the others built.
        Path site = TestSites.newSite(dir, "Rule");
        TestSites.write(site.resolve("content/Rule.md"), "---\ntags: [x]\n---\nIntro\n\n" + "- ".repeat(20_000) + "\n");
        TestSites.write(site.resolve("content/Fine.md"), "Fine.\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(1, run.exitCode(), run.transcript());
        assertTrue(run.err().startsWith("content/Rule.md:4:1: error: cannot parse this note's Markdown: it nests or"
                + " repeats too deeply for the Markdown library"), run.transcript());
        assertFalse(run.err().contains("StackOverflowError") || run.err().contains("\tat "), run.transcript());
    }
}
