package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage built from a bank by embeds asks the questions it shows, wherever they are written. */
class EmbeddedQuestionsTest {

    @TempDir
    Path dir;

    @Test
    void questionsShownByAnEmbedBelongToTheEmbeddingStage() throws Exception {
        Path site = TestSites.newSite(dir, "Embeds");
        TestSites.write(site.resolve("content/competencies/Ownership.md"), "# Ownership\n");
        TestSites.write(site.resolve("content/notes/Experience Bank.md"), "# Experience Bank\n\n"
                + "## Deep dive questions\n\n- What did you own end to end?\n- A time when you had to influence a"
                + " leader or team\n    - **Situation**: a migration\n    - **Result**: it shipped\n\n"
                + "## Warm-up\n\n- What brought you here?\n\nA block to reuse. ^opener\n\n- Why this team?\n");
        TestSites.write(site.resolve("content/stages/Deep Dive.md"), "---\ncompetencies: [\"[[Ownership]]\"]\n"
                + "purpose: Hear how the candidate owns a migration\n---\n"
                + "# Deep Dive\n\n![[Experience Bank#Deep dive questions]]\n\n## Our own\n\n- What did that migration cost?\n"
                + "- What did you own end to end?\n");
        TestSites.write(site.resolve("content/stages/Empty.md"), "# Empty\n\nWe talk.\n");
        TestSites.write(site.resolve("content/roles/Engineer.md"), "---\ncompetencies: [\"[[Ownership]]\"]\n"
                + "loop:\n  - stage: \"[[Deep Dive]]\"\n  - stage: \"[[Empty]]\"\n---\n# Engineer\n");

        TestSites.Run run = TestSites.build(site, dir.resolve("out"));

        assertEquals(0, run.exitCode(), run::transcript);
        Map<String, List<String>> stages = new TreeMap<>();
        Map<String, List<String>> competencies = new TreeMap<>();
        for (JsonNode question : new ObjectMapper().readTree(dir.resolve("out/questions.json").toFile())) {
            List<String> of = new ArrayList<>();
            question.get("stages").forEach(stage -> of.add(stage.asText()));
            stages.put(question.get("text").asText(), of);
            List<String> probes = new ArrayList<>();
            question.get("competencies").forEach(c -> probes.add(c.asText()));
            competencies.put(question.get("text").asText(), probes);
        }
        assertEquals(List.of("Deep Dive"), stages.get("What did you own end to end?"), stages::toString);
        assertEquals(List.of("Deep Dive"), stages.get("A time when you had to influence a leader or team"),
                "a prompt with a STAR answer under it is a question too: " + stages);
        assertFalse(stages.containsKey("What brought you here?"),
                "only the part a stage embeds holds questions: the note is no bank by itself");
        assertEquals(List.of("Ownership"), competencies.get("What did you own end to end?"),
                "an untagged embedded question probes the stage's competencies");
        org.jsoup.nodes.Document stagePage = TestSites.html(dir.resolve("out/stages/deep-dive/index.html"));
        assertEquals("3 questions, in the order asked", questionCount(stagePage));
        // The kit is the page read once: each question in its place in the text, embedded ones included, with
        // its competencies; nothing lists them again.
        List<String> asked = stagePage.select(".kit-question").eachText();
        assertEquals(3, asked.size(), asked::toString);
        assertTrue(asked.get(0).startsWith("A time when you had to influence a leader or team"), asked::toString);
        assertTrue(asked.get(1).startsWith("What did that migration cost?") && asked.get(1).endsWith("Ownership"),
                asked::toString);
        assertTrue(asked.get(2).startsWith("What did you own end to end?"), "the stage's own copy, not the"
                + " embedded one: " + asked);
        assertTrue(stagePage.selectFirst(".kit-question[data-question]").text().startsWith("A time when"),
                "an embedded question is marked where the embed shows it");
        assertEquals(List.of(), stagePage.select("section.kit"), "no second list");
        for (String own : List.of("What did that migration cost?", "What did you own end to end?")) {
            org.jsoup.nodes.Element item = stagePage.selectFirst(".kit-question:contains(" + own + ")");
            assertTrue(item.id().startsWith("q-"), own + " is an anchor on this page: " + item);
        }
        assertEquals("#" + stagePage.selectFirst(".kit-question").id(),
                stagePage.selectFirst(".facts a[href^=#]").attr("href"), "the count leads to the first question");
        assertFalse(run.err().contains("no question in its loop probes Ownership"),
                "the embedded questions count in the coverage\n" + run.transcript());
        assertTrue(run.err().contains("content/stages/Empty.md:1:1: warning: stage Empty has no question"),
                run::transcript);
        String index = java.nio.file.Files.readString(dir.resolve("out/search-index.js"));
        String stage = index.lines().filter(line -> line.contains("\"u\":\"stages/deep-dive/\"")).findFirst().orElseThrow();
        assertTrue(stage.contains("\"k\":\"stage\"") && stage.contains("Hear how the candidate owns a migration")
                && stage.contains("What did you own end to end?"),
                "search finds the stage by its purpose and by the questions it embeds: " + stage);
    }

    @Test
    void aKitOfOneQuestionSaysQuestion() {
        Path site = TestSites.newSite(dir, "One");
        TestSites.write(site.resolve("content/stages/Screen.md"), "# Screen\n\n- What brought you here?\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertEquals("1 question, in the order asked",
                questionCount(TestSites.html(dir.resolve("out/stages/screen/index.html"))));
    }

    @Test
    void aQuestionEmbeddedThroughAnotherEmbedIsTheStagesToo() throws Exception {
        Path site = TestSites.newSite(dir, "Nested");
        TestSites.write(site.resolve("content/notes/Nested.md"), "# Nested\n\n## Section\n\n- Why did you pick that design?\n"
                + "- What would you change now?\n");
        TestSites.write(site.resolve("content/notes/Wrapper.md"), "# Wrapper\n\n![[Nested#Section]]\n");
        TestSites.write(site.resolve("content/notes/Loop.md"), "# Loop\n\n![[Wrapper]]\n");
        TestSites.write(site.resolve("content/notes/Wrapper Again.md"), "# Wrapper Again\n\n![[Loop]]\n");
        TestSites.write(site.resolve("content/stages/Design.md"), "# Design\n\n![[Wrapper]]\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        org.jsoup.nodes.Document page = TestSites.html(dir.resolve("out/stages/design/index.html"));
        assertEquals("2 questions, in the order asked", questionCount(page));
        assertEquals(2, page.select(".kit-question[data-question]").size(), page::outerHtml);
    }

    @Test
    void aStageAsksItsQuestionsInTheOrderItsPageShowsThem() throws Exception {
        Path site = TestSites.newSite(dir, "Order");
        TestSites.write(site.resolve("content/questions/Bank.md"), "# Bank\n\n## Warm-up\n\n- What brought you here?\n"
                + "- Why this team?\n");
        TestSites.write(site.resolve("content/stages/Call.md"), "# Call\n\n- What do you hope to learn today?\n\n"
                + "![[Bank#Warm-up]]\n\n## Closing\n\n- What should we have asked?\n");
        TestSites.write(site.resolve("content/roles/Engineer.md"), "---\nloop: [\"[[Call]]\"]\n---\n# Engineer\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        List<String> order = List.of("What do you hope to learn today?", "What brought you here?", "Why this team?",
                "What should we have asked?");
        assertEquals(order, InterviewFixtures.load(site).model().stages().get(0).questions().stream()
                .map(Question::text).toList());
        org.jsoup.nodes.Document sheet = TestSites.html(dir.resolve("out/scorecards/engineer/call/index.html"));
        assertEquals(order, sheet.select(".sheet-questions .q").eachText().stream()
                .map(text -> text.replaceFirst("^\\d+\\.\\s*", "")).map(text -> order.stream()
                        .filter(text::startsWith).findFirst().orElse(text)).toList(), "the sheet asks them in that order");
    }

    @Test
    void questionsTheTextDoesNotShowFollowIt() {
        Path site = TestSites.newSite(dir, "Listed");
        TestSites.write(site.resolve("content/stages/Call.md"), "---\nquestions:\n  - What brought you here?\n"
                + "  - Why this team?\n---\n# Call\n\nWe open with a short hello.\n\n- What do you want to learn?\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        org.jsoup.nodes.Document page = TestSites.html(dir.resolve("out/stages/call/index.html"));
        assertEquals("3 questions, in the order asked", questionCount(page));
        assertEquals(List.of("What do you want to learn?"), page.select(".note-body .kit-question").eachText()
                .stream().map(text -> text.replace(" Communication", "")).toList());
        assertEquals("Also asked at this stage", page.selectFirst("#kit").text());
        assertEquals(List.of("What brought you here?", "Why this team?"),
                page.select("section.kit .question-text").eachText());
        assertTrue(page.text().indexOf("We open with a short hello.") < page.text().indexOf("Also asked"),
                "the stage's own text comes first");
    }

    private static String questionCount(org.jsoup.nodes.Document stagePage) {
        return stagePage.selectFirst(".facts dt:contains(Questions) + dd").text();
    }
}
