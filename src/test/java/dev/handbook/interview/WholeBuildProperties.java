package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a stage note and a question bank hold, the whole build (links, question extraction, scorecard
 * sheets, pages, PDFs) ends with its own verdict, a built site or diagnostics about the notes: never a crash
 * with a stack trace, nor a failure of the Markdown library reported against a note.
 */
class WholeBuildProperties {

    // Question-list lines as interviewers write them, and the block syntax they meet.
    private static final List<String> LINES = List.of("## Questions", "## On the quay", "# Yard Walk",
            "- How do you check a manifest before the crane starts?", "- Which stack would you move first?",
            "1. What would you change?", "- [ ] Did they ask about safety?", "*Look for: A routine, not heroics.*",
            "Look for: names the two fields", "  - Probe: and if the crane is late?", "\t- What then?",
            "> [!question] Why this berth?", "> Ask: who owns the gate?", "**Why now?**", "==What failed?==",
            "- What went wrong? #accuracy", "- [[Accuracy]] — how do you know?", "![[Screen]]", "![[Accuracy]]",
            "| Question | Look for |", "|---|---|", "| Why? | Reasons |", "Plain prose between the questions.", "",
            "---", "```", "    code?", "- ", "?", "- ?", "*Look for:*", "[^1]: A footnote?", "- What? ^q1",
            "[[Yard Walk#^q1]]", "<mark style=\"background: #FF5582A6;\">Why?</mark>",
            // Shapes flexmark once failed on, whole: a task with a nested list and another block after it.
            "- [ ] Did they ask why?\n  - and then?\n  1. first", "|\n\t|---|", "![[Screen]] ^seen", "[[#^seen]]");

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("whole-build");
    }

    @AfterContainer
    static void dropFolder() throws IOException {
        SiteWriter.deleteTree(dir);
    }

    @Property(tries = 40)
    void aBuildOfAnyStageAndQuestionBankEndsWithAVerdict(@ForAll("bodies") String stage,
                                                          @ForAll("bodies") String bank) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.deleteTree(site);
        TestSites.copyTree(TestSites.resource("interview", "harbour"), site);
        write(site.resolve("content/stages/Yard Walk.md"), "---\ntype: stage\ncompetencies: [\"[[Accuracy]]\"]\n---\n"
                + stage);
        write(site.resolve("content/questions/Rules.md"), bank);
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::transcript);
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run::transcript);
        assertFalse(run.err().contains("a bug in the handbook generator"), run::transcript);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(LINES).list().ofMaxSize(16).map(lines -> String.join("\n", lines) + "\n");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
