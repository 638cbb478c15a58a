package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which notes hold questions: stages and banks are trusted with what they ask; other notes say so or are named. */
class QuestionScopeTest {

    @TempDir
    Path dir;

    private InterviewFixtures.Loaded load(String... pathsAndTexts) {
        Path site = TestSites.newSite(dir, "Scope");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            TestSites.write(site.resolve("content/" + pathsAndTexts[i]), pathsAndTexts[i + 1]);
        }
        return InterviewFixtures.load(site);
    }

    private static List<String> texts(InterviewFixtures.Loaded loaded) {
        return loaded.model().questions().stream().map(Question::text).toList();
    }

    @Test
    void aStageOrBankKeepsKnowledgeQuestionsLabelledQuestionsAndSectionsOnTeammates() {
        InterviewFixtures.Loaded loaded = load(
                "stages/Onsite.md", "# Onsite\n\n- What are microservices and when should they be used?\n"
                        + "- What happens if I call free() twice on the same pointer?\n"
                        + "- **Conflict:** How do you handle disagreements with your manager?\n\n"
                        + "## Working with teammates\n\n- How do you review a teammate's code?\n",
                "questions/Working with teammates.md", "# Working with teammates\n\n- Who do you ask for help first?\n");
        assertEquals(List.of("Conflict: How do you handle disagreements with your manager?",
                "How do you review a teammate's code?",
                "What are microservices and when should they be used?",
                "What happens if I call free() twice on the same pointer?",
                "Who do you ask for help first?"), texts(loaded));
    }

    @Test
    void aPlainNoteThatAsksIsNamedInAWarningRatherThanDroppedSilently() {
        InterviewFixtures.Loaded loaded = load("Behavioral.md", "# Behavioral\n\n- Tell me about a time you failed.\n"
                + "- How do you handle conflict with a coworker?\n- What are you proudest of?\n");
        assertEquals(List.of(), texts(loaded));
        List<String> messages = loaded.diagnostics().sorted().stream().map(Diagnostic::format).toList();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/Behavioral.md:3:1: warning: 3 questions here are not in the"
                + " question bank, since this note is not a stage, role or bank"), messages::toString);
    }
}
