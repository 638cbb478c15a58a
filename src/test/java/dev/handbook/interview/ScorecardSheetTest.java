package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blank scorecard sheets of the "harbour" fixture, as HTML: one per role and one per stage of its loop. */
class ScorecardSheetTest {

    @TempDir
    static Path temp;

    private static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("out");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp), out);
    }

    private static Document sheet(String path) {
        return sheet(out, path);
    }

    private static Document sheet(Path root, String path) {
        try {
            return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The fixture with one edit to its Screen stage, built into dir/out.
    private static Path builtWithScreen(Path dir, String from, String to) {
        Path site = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(site.resolve("content/stages/Screen.md"), from, to);
        Path built = dir.resolve("out");
        InterviewFixtures.build(site, built);
        return built;
    }

    private static final String SCREEN = "scorecards/dock-planner/screen/index.html";
    private static final String ROLE = "scorecards/dock-planner/index.html";

    @Test
    void theHeaderHasTheFieldsToFillInAndNamesTheStage() {
        Document sheet = sheet(SCREEN);
        assertEquals("Dock Planner · Screen", sheet.selectFirst("h1").text());
        assertEquals(List.of("Candidate", "Date", "Interviewer", "Stage"), sheet.select("table.fields th").eachText());
        Element stage = sheet.selectFirst("table.fields th:containsOwn(Stage) + td");
        assertEquals("Screen (20m)", stage.text(), "the loop's duration for the stage, not the stage note's own");
        assertEquals("", sheet.selectFirst("table.fields th:containsOwn(Candidate) + td").text());
    }

    @Test
    void eachCompetencyHasABoxPerScorePlusNotAssessed() {
        Document sheet = sheet(SCREEN);
        List<String> headings = sheet.select("table.rating-table thead th").stream()
                .map(th -> (th.ownText() + " " + th.select(".label").text()).trim()).toList();
        assertEquals(List.of("Competency", "0 No evidence", "1 Weak", "2 Mixed", "3 Strong", "4 Exceptional",
                "N/A Not assessed"), headings);
        List<Element> rows = sheet.select("tr.competency-row");
        assertEquals(List.of("Teamwork"), rows.stream().map(row -> row.selectFirst("th").text()).toList(),
                "a stage sheet rates the competencies the stage assesses");
        for (Element row : rows) {
            assertEquals(6, row.select("td .checkbox").size(), row.outerHtml());
            assertEquals("Not assessed", row.select("td .checkbox").last().attr("aria-label"));
        }
        assertEquals(rows.size(), sheet.select("tr.evidence-row").size(), "each competency has room for evidence");
    }

    @Test
    void theRoleSheetRatesEveryCompetencyWithItsRubric() {
        Document sheet = sheet(ROLE);
        assertEquals(List.of("Teamwork", "Accuracy", "Seamanship"),
                sheet.select("tr.competency-row > th").stream().map(th -> th.ownText()).toList());
        Element teamwork = sheet.selectFirst("tr.competency-row:has(th:containsOwn(Teamwork)) ol.rubric-levels");
        assertNotNull(teamwork);
        assertEquals(5, teamwork.select("li").size());
        assertEquals("Plans with the people affected before starting.", teamwork.select("li").get(3).text());
        assertTrue(sheet.selectFirst(".mission").text().contains("no container waits longer than a tide"));
        assertNull(sheet.selectFirst(".sheet-questions"), "the whole-loop sheet lists no questions");
    }

    @Test
    void theStageQuestionsAreListedInOrderWithRoomForNotes() {
        Document sheet = sheet(SCREEN);
        assertEquals(List.of("What brought you to harbour logistics?",
                "Tell me about the last shift handover you ran. What did the next shift need from you?"),
                sheet.select(".sheet-questions li .q").eachText());
        assertTrue(sheet.selectFirst(".sheet-questions li .look-for").text()
                .contains("A concrete reason rather than a rehearsed pitch."));
        assertEquals(2, sheet.select(".sheet-questions li .note-space").size());
        assertNotNull(sheet.selectFirst("section.takeaways"));
        // Probes were left off the paper, so an interviewer with only the printout lost them.
        assertEquals(List.of("Probes: What did you leave out? · Who checked it?"),
                sheet.select(".sheet-questions li .probes").eachText());
    }

    @Test
    void aQuestionsOtherWordingIsPrintedToo(@TempDir Path dir) throws IOException {
        Document sheet = sheet(builtWithScreen(dir, "What did the next shift need from you?",
                "What did the next shift need from you?/What would keep you here?"), SCREEN);
        assertEquals("Or: What would keep you here?", sheet.selectFirst(".sheet-questions li .variant").text());
    }

    @Test
    void aQuestionForCompetenciesTheRoleDoesNotAssessStaysOffItsSheetAndPage(@TempDir Path dir) throws IOException {
        // A stage's "for crane drivers" question was printed on every role's sheet for that stage.
        Path site = InterviewFixtures.copy("harbour", dir);
        Files.writeString(site.resolve("content/competencies/Crane Driving.md"), "---\ntype: competency\n---\n"
                + "# Crane Driving\n");
        InterviewFixtures.edit(site.resolve("content/stages/Screen.md"), "What did the next shift need from you?",
                "What did the next shift need from you?\n- Which crane have you driven longest? #crane-driving");
        Path built = dir.resolve("out");
        InterviewFixtures.build(site, built);
        String asked = "Which crane have you driven longest?";
        Document sheet = Jsoup.parse(built.resolve(SCREEN).toFile(), "UTF-8");
        assertFalse(sheet.select(".sheet-questions .q").eachText().contains(asked), sheet.outerHtml());
        assertTrue(sheet.select(".sheet-questions .q").eachText().stream()
                .anyMatch(text -> text.endsWith("What did the next shift need from you?")), "the stage's others stay");
        Document role = Jsoup.parse(built.resolve("roles/dock-planner/index.html").toFile(), "UTF-8");
        assertFalse(role.select(".question-text").eachText().contains(asked), "not in the role's loop either");
        Document stage = Jsoup.parse(built.resolve("stages/screen/index.html").toFile(), "UTF-8");
        assertTrue(stage.select(".kit-question").eachText().stream().anyMatch(text -> text.startsWith(asked)),
                "the stage's own kit keeps it");
        InterviewModel model = InterviewFixtures.load(site).model();
        Question question = model.questions().stream().filter(q -> q.text().equals(asked)).findFirst().orElseThrow();
        assertEquals(List.of(), model.rolesOf(question), "no role asks it");
    }

    @Test
    void aQuestionOnARoleCompetencyTheStageDoesNotListGetsItsRatingRow(@TempDir Path dir) throws IOException {
        // The Screen lists only Teamwork; its question tagged #seamanship had no row to score it in.
        Path built = builtWithScreen(dir, "What did the next shift need from you?",
                "What did the next shift need from you?\n- Which knot holds a tender in a swell? #seamanship");
        assertEquals(List.of("Teamwork", "Seamanship"),
                sheet(built, SCREEN).select(".competency-row th").eachText().stream()
                        .filter(name -> !name.equals("Accuracy")).toList());
        assertFalse(sheet(built, SCREEN).select(".competency-row th").eachText().contains("Accuracy"),
                "a role competency nothing here probes stays off");
    }

    @Test
    void theRecommendationOptionsComeFromTheConfig() {
        assertEquals(List.of("Definitely not", "Lean no", "Lean yes", "Definitely yes"),
                sheet(SCREEN).select("section.recommendation li").eachText());
    }

    @Test
    void aStageCanOfferItsOwnRecommendations(@TempDir Path dir) throws IOException {
        // A screen decides whether to go on, not whether to hire; its sheet offered Strong No…Strong Yes.
        Path built = builtWithScreen(dir, "type: stage", "type: stage\nrecommendations: [Continue, Stop]");
        assertEquals(List.of("Continue", "Stop"), sheet(built, SCREEN).select("section.recommendation li").eachText());
        Document whole = sheet(built, "scorecards/dock-planner/index.html");
        assertEquals(List.of("Definitely not", "Lean no", "Lean yes", "Definitely yes"),
                whole.select("section.recommendation li").eachText(), "the whole-loop sheet keeps the site's");
    }

    @Test
    void theFooterGivesTheHandbookVersionAndTheSheetsAddress() {
        String footer = sheet(SCREEN).selectFirst("footer.sheet-footer").text();
        assertTrue(footer.contains("Harbour Hiring Handbook"), footer);
        assertTrue(footer.contains("version 3.1"), footer);
        assertTrue(footer.contains("https://hiring.harbour.example/handbook/scorecards/dock-planner/screen/"), footer);
    }

    @Test
    void thePaperSizeComesFromTheConfig() {
        assertTrue(sheet(SCREEN).select("style").html().contains("size: A4"));
    }

    @Test
    void theSheetLinksToItsPdfAndThePacketOnScreenOnly() throws IOException {
        Element nav = sheet(SCREEN).selectFirst(".sheet-nav");
        Element pdf = nav.selectFirst("a:containsOwn(PDF)");
        assertEquals("../../../scorecards/dock-planner/screen/scorecard.pdf", pdf.attr("href"));
        assertEquals("dock-planner-screen-scorecard.pdf", pdf.attr("download"),
                "every sheet's PDF is scorecard.pdf, so the download gets a name of its own");
        Element packet = nav.selectFirst("a:containsOwn(Interview packet)");
        assertEquals("../../../scorecards/dock-planner/packet.pdf", packet.attr("href"));
        String css = Files.readString(out.resolve("theme/scorecard.css"));
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.matches("(?s).*\\.sheet-nav\\s*\\{\\s*display:\\s*none;.*"), "the links are hidden in print");
    }

    @Test
    void theScorecardsIndexAndTheRolePageLinkEverySheetAndPdf() {
        Document index = sheet("scorecards/index.html");
        List<String> hrefs = index.select("main a[href], article a[href], section a[href]").eachAttr("href");
        for (String target : List.of("dock-planner/scorecard.pdf", "dock-planner/screen/scorecard.pdf",
                "dock-planner/yard-walk/scorecard.pdf", "dock-planner/packet.pdf", "dock-planner/screen/")) {
            assertTrue(hrefs.contains("../scorecards/" + target), target + " not linked from " + hrefs);
            assertTrue(Files.exists(out.resolve("scorecards/" + target.replaceAll("/$", "/index.html"))), target);
        }
        Document role = sheet("roles/dock-planner/index.html");
        assertEquals("../../scorecards/dock-planner/scorecard.pdf",
                role.selectFirst(".actions a:containsOwn(PDF)").attr("href"));
        assertEquals("../../scorecards/dock-planner/packet.pdf",
                role.selectFirst(".actions a:containsOwn(Interview packet (PDF))").attr("href"));
        assertFalse(role.select("a[href$=yard-walk/scorecard.pdf]").isEmpty(), "each loop stage links its PDF");
    }

    @Test
    void eachQuestionNamesTheCompetenciesItProbesAndAnUntaggedOneTheStages() {
        Document sheet = sheet("scorecards/dock-planner/yard-walk/index.html");
        List<String> assesses = sheet.select(".sheet-questions li .assesses").eachText();
        // The first is tagged #accuracy and named as the role names it; the second is untagged and takes the
        // competency the stage lists.
        assertEquals(List.of("Assesses Accuracy.", "Assesses Accuracy."), assesses);
        Document screen = sheet(SCREEN);
        assertEquals(List.of("Assesses Teamwork.", "Assesses Teamwork."),
                screen.select(".sheet-questions li .assesses").eachText());
    }

    @Test
    void aStageWithADurationGetsItsTimePlanAndACuePerQuestion() {
        Document sheet = sheet("scorecards/dock-planner/yard-walk/index.html");
        // 45 minutes: 5 to open, 5 to close, 35 shared by two questions, rounded down.
        assertEquals("45 min: 5 min intro · about 17 min a question · 5 min close",
                sheet.selectFirst("#questions-title .timing").text());
        assertEquals(List.of("~17 min", "~17 min"), sheet.select(".sheet-questions li > .cue").eachText());
        // The role gives its Screen 20 minutes: a sixth of it (3) opens and closes, 14 are shared by two.
        assertEquals(List.of("~7 min", "~7 min"), sheet(SCREEN).select(".sheet-questions li > .cue").eachText());
    }

    @Test
    void aStageWithoutADurationItReadsGetsNoTimePlan(@TempDir Path dir) {
        Path site = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(site.resolve("content/roles/Dock Planner.md"), "    duration: 20m\n", "");
        InterviewFixtures.edit(site.resolve("content/stages/Screen.md"), "duration: 25m", "duration: as long as it takes");
        Path built = dir.resolve("out");
        InterviewFixtures.build(site, built);
        Document sheet = sheet(built, SCREEN);
        assertNull(sheet.selectFirst("#questions-title .timing"));
        assertTrue(sheet.select(".cue").isEmpty(), sheet.select(".sheet-questions").outerHtml());
    }
}
