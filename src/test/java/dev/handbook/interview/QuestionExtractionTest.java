package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each question-extraction rule the README documents, over the "harbour" fixture vault. */
class QuestionExtractionTest {

    private static InterviewFixtures.Loaded harbour;

    @BeforeAll
    static void load() {
        harbour = InterviewFixtures.load("harbour");
    }

    private static Question question(String text) {
        return harbour.question(text);
    }

    private static boolean anyQuestionContains(String words) {
        return harbour.model().questions().stream().anyMatch(q -> q.text().contains(words)
                || q.variants().stream().anyMatch(v -> v.contains(words)));
    }

    @Test
    void aListItemEndingInAQuestionMarkIsAQuestion() {
        Question question = question("Which stack would you move first if the forecast turned to gale?");
        assertEquals("stages/yard-walk/", question.source().note().url());
        assertEquals("On the quay", question.section());
    }

    @Test
    void aHeadingEndingInAQuestionMarkIsAQuestionAnchoredAtTheHeading() {
        Question question = question("How do you split one delivery across two vans?");
        assertEquals("how-do-you-split-one-delivery-across-two-vans", question.source().anchor());
        assertEquals("Themes", question.section(), "the section is the heading the question heading sits under");
    }

    @Test
    void prose_isAQuestionOnlyWhenEmphasised() {
        Question emphasised = question("If you could change one thing about your last team, what would it be?");
        assertEquals("Prose", emphasised.section());
        assertFalse(anyQuestionContains("tide tables"), "a plain prose sentence ending in ? is not a question");
    }

    @Test
    void aQuotedLineEndingInAQuestionMarkIsAQuestion() {
        Question quoted = question("How would you explain a delay to a customer who has already waited twice?");
        assertEquals("Prose", quoted.section());
    }

    @Test
    void aQuestionCalloutHoldsQuestionsButAnAdviceCalloutDoesNot() {
        assertEquals("Prose", question("Who do you call first when the crane stops mid-lift?").section());
        assertFalse(anyQuestionContains("cranes later"), "a question quoted inside a [!tip] is advice, not one to ask");
        assertFalse(anyQuestionContains("From the night shift"), "a callout's title is not a question");
    }

    @Test
    void aOneWordQuestionIsAProbeOfTheQuestionBeforeIt() {
        Question question = question("Describe the last plan you changed halfway through. What made you change it?");
        assertEquals(List.of("Why?"), question.probes());
        assertTrue(harbour.model().questions().stream().noneMatch(q -> q.text().equals("Why?")));
    }

    @Test
    void slashSeparatedQuestionsInOneItemAreOneQuestionWithVariants() {
        Question question = question("How do you plan a week?");
        assertEquals(List.of("How do you plan a quarter?"), question.variants());
        assertTrue(harbour.model().questions().stream().noneMatch(q -> q.text().equals("How do you plan a quarter?")),
                "a variant is not a question of its own");
    }

    @Test
    void nestedItemsAreProbesInReadingOrder() {
        Question question = question("Tell me about a time a forecast was badly wrong. What did you do next?");
        assertEquals(List.of("How early did you notice?", "Who did you tell first?", "What did they say?"),
                question.probes());
        assertTrue(question.exampleAnswer().isEmpty());
    }

    @Test
    void situationTaskActionResultItemsAreAnExampleAnswerNotProbes() {
        Question question = question("When did you push back on a deadline?");
        assertEquals(List.of("Situation", "Task", "Action", "Result"),
                question.exampleAnswer().stream().map(Question.AnswerPart::label).toList());
        assertEquals("The quay crane was booked for a day we could not make.", question.exampleAnswer().get(0).text());
        assertTrue(question.probes().isEmpty(), "answer parts are not probes: " + question.probes());
    }

    @Test
    void lookForOnTheNextLineIsTheGuidance() {
        Question question = question(
                "Tell me about the last shift handover you ran. What did the next shift need from you?");
        assertEquals("Writes things down; thinks about the reader of the handover.", question.lookFor());
        assertEquals(List.of("What did you leave out?", "Who checked it?"), question.probes(),
                "the guidance line does not end the item: its nested probes still count");
        assertEquals("A routine, not heroics; names the two fields that are most often wrong.",
                question("How do you check a manifest before the crane starts?").lookFor());
    }

    @Test
    void lookForInAFollowingParagraphIsTheGuidance() {
        assertEquals("Knows the tracking system, and when not to trust it.",
                question("Which tool do you reach for first when a container goes missing?").lookFor());
        assertEquals("Weight, the order of stops, and a plan for when one van is late.",
                question("How do you split one delivery across two vans?").lookFor());
        assertFalse(anyQuestionContains("Look for"), "a guidance line is never a question of its own");
    }

    @Test
    void theEnclosingHeadingIsTheSection() {
        assertEquals("Warm-up", question("How do you plan a week?").section());
        assertEquals("Digging deeper", question("When did you push back on a deadline?").section());
        assertEquals("Opening",
                question("Tell me about the last shift handover you ran. What did the next shift need from you?")
                        .section());
    }

    @Test
    void markColoursAreThemes() {
        assertEquals(List.of("setback"),
                question("What was the hardest setback of your first year on the docks?").themes(),
                "a Highlightr mark's colour names its palette theme");
        assertEquals(List.of("highlight"),
                question("Which result are you proudest of, and why does it matter to you?").themes(),
                "==text== is the default theme");
        assertEquals(List.of(), question("How do you plan a week?").themes());
    }

    @Test
    void competenciesComeFromFrontMatterAndInlineTags() {
        assertEquals(List.of("Teamwork"), question("How do you plan a week?").competencies(),
                "the note's front matter names the competency");
        assertEquals(List.of("Accuracy"),
                question("How do you check your own work before handing it over?").competencies(),
                "an inline #tag says what the question probes, in place of the note's list");
        assertEquals(List.of("Accuracy"),
                question("Which stack would you move first if the forecast turned to gale?").competencies(),
                "a stage's competencies apply to its questions");
        assertEquals(List.of(), question("What would make you turn this offer down?").competencies());
        assertEquals("How do you check a manifest before the crane starts?",
                question("How do you check a manifest before the crane starts?").text(),
                "the tag is not part of the question");
    }

    @Test
    void aRequestToTheCandidateIsAQuestionWithoutAQuestionMark(@TempDir Path temp) throws IOException {
        Path site = InterviewFixtures.copy("harbour", temp);
        Files.writeString(site.resolve("content/questions/Requests.md"), """
                # Requests

                ## Asked as requests

                1. Tell me about a night shift that went wrong.
                *Look for: Owns their part of it.*
                	- Follow up: What would the crane driver say about it?
                	- Probe: who noticed first?
                2. Walk us through the last manifest you checked.
                - *Give me an example of a berth you had to give up./Describe a time you lent a crew to another quay.*
                	- Follow-up: What did it cost you?

                ## Steps for the interviewer

                - Describe the role and the shifts before the first question.
                - Share your screen and open the yard plan.
                - Tell the candidate when ten minutes are left.
                - Tell me.
                """);
        InterviewModel model = InterviewFixtures.load(site).model();
        Question shift = only(model, "Tell me about a night shift that went wrong.");
        assertEquals("Owns their part of it.", shift.lookFor());
        assertEquals(List.of("What would the crane driver say about it?", "who noticed first?"), shift.probes(),
                "a Follow up: or Probe: label is not part of the probe, and a labelled probe is no question of its own");
        only(model, "Walk us through the last manifest you checked.");
        Question berth = only(model, "Give me an example of a berth you had to give up.");
        assertEquals(List.of("Describe a time you lent a crew to another quay."), berth.variants());
        assertEquals(List.of("What did it cost you?"), berth.probes());
        List<String> steps = model.questions().stream().filter(q -> q.section().equals("Steps for the interviewer"))
                .map(Question::text).toList();
        assertEquals(List.of(), steps, "instructions to the interviewer are not requests to the candidate");
        assertFalse(model.questions().stream().anyMatch(q -> q.text().startsWith("Follow up")));
    }

    @Test
    void probesAskSomethingAndNotesToTheInterviewerAreNotQuestions(@TempDir Path temp) throws IOException {
        // A nested "Level: Engineer II and above" was printed as a probe; a checklist item became a question;
        // "(seniors only)" after the question mark lost the question; "Q1." stayed in its text.
        Path site = InterviewFixtures.copy("harbour", temp);
        Files.writeString(site.resolve("content/questions/Notes.md"), """
                # Notes

                ## Questions

                - Q1. How would you plan a berth for two late ships?
                	- Level: Deck Officer and above.
                	- Red flags: blames the weather.
                	- Ask what they would tell the second captain.
                	- If they mention tugs, ask who books them.
                	- Why that order?
                - Q2) Tell me about a tide that caught you out.
                	- What did you change afterwards?
                - Have you ever closed a quay you could not reopen? (seniors only)
                	- Listen for: who they told first.
                	- Red flags: blames the night shift.
                	- Push on: what would you do differently?
                - How do you weigh a reefer before loading? #accuracy/reefers
                - Who checks the lashings at night? #competency/teamwork

                ## Before the debrief

                - [ ] Did the candidate ask who the customers are?
                - [x] Which shift would you pick first?
                - [ ] Tell me about a crane that broke down on your watch.
                """);
        InterviewModel model = InterviewFixtures.load(site).model();
        Question berth = only(model, "How would you plan a berth for two late ships?");
        assertEquals(List.of("Ask what they would tell the second captain.", "If they mention tugs, ask who books them.",
                "Why that order?"), berth.probes());
        assertEquals(List.of("What did you change afterwards?"),
                only(model, "Tell me about a tide that caught you out.").probes(), "a numbered request is one too");
        Question quay = only(model, "Have you ever closed a quay you could not reopen? (seniors only)");
        assertEquals("who they told first. Red flags: blames the night shift.", quay.lookFor(),
                "guidance under another label, and the flags after it");
        assertEquals(List.of("what would you do differently?"), quay.probes(), "a Push on: label is dropped too");
        assertEquals(List.of("Accuracy"), only(model, "How do you weigh a reefer before loading?").competencies(),
                "a nested tag names its competency in any part");
        assertEquals(List.of("Teamwork"), only(model, "Who checks the lashings at night?").competencies());
        assertEquals(List.of("Tell me about a crane that broke down on your watch.", "Which shift would you pick first?"),
                model.questions().stream().filter(q -> q.section().equals("Before the debrief")).map(Question::text)
                .sorted().toList(), "a question about the candidate is not one to ask them; a ticked one is");
    }

    @Test
    void aTableWithAQuestionColumnHoldsQuestionsAndItsLookForColumnTheirGuidance(@TempDir Path temp)
            throws IOException {
        // Questions written in a table were never found.
        Path site = InterviewFixtures.copy("harbour", temp);
        Files.writeString(site.resolve("content/questions/Table.md"), """
                # Table

                ## Night shift

                | Question | What good looks like | Minutes |
                | --- | --- | --- |
                | How do you hand over a half-loaded ship? #teamwork | Names what the next shift must check first | 5 |
                | Tell me about a gale you planned around. | A plan made before the forecast turned | 10 |
                |  | nothing to ask | 1 |

                | Crane | Height |
                | --- | --- |
                | Which crane is tallest here? | 40 m |

                | Questions to ask | Look for |
                | --- | --- |
                | Who runs the night shift | not a question |
                | What would you check before the first lift? | The weights |
                """);
        InterviewModel model = InterviewFixtures.load(site).model();
        Question handover = only(model, "How do you hand over a half-loaded ship?");
        assertEquals("Names what the next shift must check first", handover.lookFor());
        assertEquals("Night shift", handover.section());
        assertEquals(List.of("Teamwork"), handover.competencies());
        assertEquals("A plan made before the forecast turned",
                only(model, "Tell me about a gale you planned around.").lookFor());
        assertFalse(model.questions().stream().anyMatch(q -> q.text().startsWith("Which crane")),
                "a table without a question column is not a question list");
        assertEquals("The weights", only(model, "What would you check before the first lift?").lookFor());
        assertFalse(model.questions().stream().anyMatch(q -> q.text().startsWith("Who runs")),
                "a cell that asks nothing is not a question");
        Path out = temp.resolve("out");
        InterviewFixtures.build(site, out);
        Document page = Jsoup.parse(out.resolve("questions/table/index.html").toFile(), "UTF-8");
        assertNotNull(page.getElementById(handover.source().anchor()), "the row is the question's anchor");
    }

    private static Question only(InterviewModel model, String text) {
        List<Question> found = model.questions().stream().filter(q -> q.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> text + " in " + model.questions().stream().map(Question::text).toList());
        return found.get(0);
    }

    @Test
    void questionsFalseOptsANoteOut() {
        assertFalse(anyQuestionContains("every other weekend"));
    }

    @Test
    void aQuestionsListInFrontMatterAddsQuestions() {
        Question plain = question("What would make you turn this offer down?");
        Question withGuidance = question("Which of our values would you change?");
        assertEquals("notes/extra/#" + plain.id(), plain.source().url(), "the page shows the list, each with its anchor");
        assertEquals(3, plain.source().line(), "the line of its entry in questions:");
        assertEquals(4, withGuidance.source().line(), "so a spreadsheet sorted by line keeps the list's order");
        assertEquals("Honesty, and a reason tied to their own experience.", withGuidance.lookFor());
        assertEquals("", plain.lookFor());
    }

    @Test
    void theSameQuestionInTwoNotesIsOneEntryWithBothSources() {
        Question question = question("What brought you to harbour logistics?");
        assertEquals(1, harbour.model().questions().stream()
                .filter(q -> QuestionIds.key(q.text()).equals(QuestionIds.key(question.text()))).count());
        assertEquals(List.of("questions/rules/#" + question.id(), "stages/screen/#" + question.id()),
                question.sources().stream().map(QuestionSource::url).toList());
        assertEquals("A concrete reason rather than a rehearsed pitch.", question.lookFor(),
                "guidance given in one source serves the merged question");
    }

    @Test
    void idsAreMadeFromTheWordsOnly() {
        Question question = question("What brought you to harbour logistics?");
        assertTrue(question.id().matches("q-[0-9a-f]{10}"), question.id());
        assertEquals(question.id(), QuestionIds.of("  What brought you to Harbour logistics ? "));
        assertNotEquals(question.id(), QuestionIds.of("What brought you to harbour logistics today?"));
        assertEquals(question.id(), question.source().anchor(), "the id is the anchor on the source page");
    }

    @Test
    void idsAreStableAcrossBuildsAndEdits(@TempDir Path temp) {
        Map<String, String> before = ids(harbour.model());
        assertEquals(before, ids(InterviewFixtures.load("harbour").model()), "a second build gives the same ids");

        Path copy = InterviewFixtures.copy("harbour", temp);
        InterviewFixtures.edit(copy.resolve("content/questions/Rules.md"), "## Warm-up\n",
                "## Warm-up\n\n- Which port did you see first, and what surprised you?\n");
        Map<String, String> after = ids(InterviewFixtures.load(copy).model());
        assertEquals(before.size() + 1, after.size());
        before.forEach((text, id) -> assertEquals(id, after.get(text), "a question added above does not move " + text));
    }

    @Test
    void aQuestionReadsItsEscapesAsThePageShowsThem(@TempDir Path temp) {
        Path copy = InterviewFixtures.copy("harbour", temp);
        InterviewFixtures.edit(copy.resolve("content/questions/Rules.md"), "## Warm-up\n",
                "## Warm-up\n\n- Why are you moving on from \\_\\_\\_ and \\*that\\* team?\n");
        only(InterviewFixtures.load(copy).model(), "Why are you moving on from ___ and *that* team?");
    }

    @Test
    void questionsAreSortedAToZ() {
        List<String> texts = harbour.model().questions().stream().map(Question::text).toList();
        assertEquals(texts.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), texts);
    }

    private static Map<String, String> ids(InterviewModel model) {
        return model.questions().stream().collect(Collectors.toMap(Question::text, Question::id));
    }

    @Test
    void questionsWrittenAsRealNotesWriteThem(@TempDir Path dir) {
        Path site = dir.resolve("site");
        dev.handbook.TestSites.write(site.resolve("site.yml"), "title: Real\n");
        dev.handbook.TestSites.write(site.resolve("content/questions/Bank.md"), """
                # Bank

                - Why do you want to be a &lt;role&gt; here?
                - What would your boss say your strengths are?
                  *Use it to compare against the references.*
                - How would you design the A/B testing platform?
                - How do you tackle challenges? Name one you faced and what you learned.
                - Describe in your own words what a load balancer does.
                - Q: How do you review a design doc?

                > "Tell me about the last thing you shipped?" Keep it short.

                ## 3. Why did you leave your last team?

                - What would you do if a customer escalated a bug at midnight?
                    - Ask for any documentation of the bug
                    - Ask them what they tried first
                """);
        InterviewFixtures.Loaded loaded = InterviewFixtures.load(site);
        assertEquals(List.of("Describe in your own words what a load balancer does.",
                "How do you review a design doc?",
                "How do you tackle challenges? Name one you faced and what you learned.",
                "How would you design the A/B testing platform?",
                "Tell me about the last thing you shipped?",
                "What would you do if a customer escalated a bug at midnight?",
                "What would your boss say your strengths are?",
                "Why did you leave your last team?",
                "Why do you want to be a <role> here?"),
                loaded.model().questions().stream().map(Question::text).toList());
        assertEquals(List.of(), loaded.question("How would you design the A/B testing platform?").variants());
        assertEquals("Use it to compare against the references.",
                loaded.question("What would your boss say your strengths are?").lookFor(),
                "an italic line under the question is its guidance");
        assertEquals("Keep it short.", loaded.question("Tell me about the last thing you shipped?").lookFor());
        assertEquals(List.of("Ask them what they tried first"),
                loaded.question("What would you do if a customer escalated a bug at midnight?").probes(),
                "a step of the answer is no probe");
    }
}
