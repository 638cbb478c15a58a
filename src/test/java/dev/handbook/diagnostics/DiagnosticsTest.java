package dev.handbook.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The diagnostics sink: compiler-style lines, a stable order, and counts the build decides on. */
class DiagnosticsTest {

    @Test
    void formatsLikeACompiler() {
        assertEquals("content/guides/Safety.md:3:1: warning: raw <script> removed",
                new Diagnostic("content/guides/Safety.md", 3, 1, Severity.WARNING, "raw <script> removed").format());
        assertEquals("content/stages/Loop.md:12:17: error: unresolved link [[Phone Screen]]",
                new Diagnostic("content/stages/Loop.md", 12, 17, Severity.ERROR, "unresolved link [[Phone Screen]]")
                        .toString());
    }

    @Test
    void controlCharactersQuotedFromANoteCannotStartALineOfTheirOwn() {
        String forged = new Diagnostic("notes/a\rb.md", 2, 3, Severity.WARNING,
                "unresolved link [[x\nnotes/other.md:1:1: error: forged\u2028\u0007]]").format();
        assertEquals("notes/a\\rb.md:2:3: warning: unresolved link [[x\\nnotes/other.md:1:1: error: forged"
                + "\\u2028\\u0007]]", forged);
        assertEquals(1, forged.lines().count());
    }

    @Test
    void unknownPartsAreLeftOut() {
        assertEquals("site.yml: error: no content", new Diagnostic("site.yml", 0, 0, Severity.ERROR, "no content").format());
        assertEquals("error: out of disk", new Diagnostic("", 0, 0, Severity.ERROR, "out of disk").format());
        assertEquals("a.md:4:1: error: x", new Diagnostic("a.md", 4, 0, Severity.ERROR, "x").format(),
                "a known line with an unknown column points at column 1");
    }

    @Test
    void sortedByFileThenPositionWithDuplicatesRemoved() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("b.md", 1, 1, "second file");
        diagnostics.warning("a.md", 10, 2, "later line");
        diagnostics.error("a.md", 2, 5, "earlier line");
        diagnostics.error("a.md", 2, 5, "earlier line");
        diagnostics.report(Severity.WARNING, null, 0, 0, "no file");
        assertEquals(List.of("warning: no file", "a.md:2:5: error: earlier line", "a.md:10:2: warning: later line",
                "b.md:1:1: error: second file"), diagnostics.sorted().stream().map(Diagnostic::format).toList());
        assertEquals(2, diagnostics.count(Severity.ERROR));
        assertEquals(2, diagnostics.count(Severity.WARNING));
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void warningsAloneAreNotErrors() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning("a.md", 1, 1, "careful");
        assertFalse(diagnostics.hasErrors());
        assertEquals(List.of(), new Diagnostics().sorted());
    }

    @Test
    void reportsFromManyThreadsAreAllKept() {
        Diagnostics diagnostics = new Diagnostics();
        IntStream.range(0, 2000).parallel().forEach(i -> diagnostics.error("n" + i + ".md", 1, 1, "bad"));
        assertEquals(2000, diagnostics.count(Severity.ERROR));
    }

    @Test
    void severityLabelsAreLowerCase() {
        assertEquals("warning", Severity.WARNING.label());
        assertEquals("error", Severity.ERROR.label());
    }
}
