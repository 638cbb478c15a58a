package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.interview.InterviewFixtures;
import dev.handbook.interview.Question;
import dev.handbook.interview.Role;
import dev.handbook.interview.Stage;
import dev.handbook.output.SheetDrawing;
import dev.handbook.site.PageModel.NotePart;
import dev.handbook.site.PageModel.QuestionsPage;
import dev.handbook.site.PageModel.RolePage;
import dev.handbook.site.PageModel.ScorecardSheet;
import dev.handbook.site.PageModel.StagePage;
import dev.handbook.vault.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The models of the interview pages of the "harbour" fixture, built directly from its interview model: a role's
 * page, a stage's page with its kit, the scorecard sheets and the question indexes.
 */
class InterviewPagesTest {

    private static final InterviewFixtures.Loaded HARBOUR = InterviewFixtures.load("harbour");
    private static final InterviewPages PAGES = new InterviewPages(HARBOUR.model(), HARBOUR.config());

    private static Stage stage(String name) {
        return HARBOUR.model().stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static NotePart part(Note note, String body) {
        return NotePart.of(note, body, null, List.of(), List.of("harbour"), List.of(), List.of(), List.of(), null);
    }

    private static List<String> texts(List<QuestionView> views) {
        return views.stream().map(view -> view.question().text()).toList();
    }

    @Test
    void aRolesPageHoldsItsLoopWithEachStagesQuestionsAndSheets() {
        Role planner = HARBOUR.role("Dock Planner");
        RolePage page = assertInstanceOf(RolePage.class, PAGES.notePage(part(planner.note(), "<p>The planner.</p>")));

        assertEquals("role", page.template());
        assertEquals(planner, page.role());
        assertEquals("<p>The planner.</p>", page.notePart().content());
        assertEquals(List.of(new PageModel.TagLink("harbour", "tags/harbour/")), page.notePart().tags());
        assertEquals(List.of("Screen", "Yard Walk"), page.loop().stream().map(e -> e.step().stage().name()).toList());
        RolePage.LoopEntry screen = page.loop().get(0);
        assertEquals("20m", screen.step().duration(), "the role's own duration for the stage");
        assertEquals(List.of("What brought you to harbour logistics?",
                "Tell me about the last shift handover you ran. What did the next shift need from you?"),
                texts(screen.questions()));
        assertEquals("scorecards/dock-planner/screen/", screen.scorecard());
        assertEquals("scorecards/dock-planner/screen/scorecard.pdf", screen.pdf());
        assertEquals("dock-planner-screen-scorecard.pdf", screen.download());
        assertEquals(List.of("Teamwork", "Accuracy", "Seamanship"),
                page.byCompetency().stream().map(QuestionGroup::title).toList());
        assertEquals(texts(screen.questions()), texts(page.byCompetency().get(0).questions()),
                "a stage's untagged questions probe what the stage assesses");
        assertEquals(List.of("How do you check a manifest before the crane starts?",
                "Which stack would you move first if the forecast turned to gale?"),
                texts(page.byCompetency().get(1).questions()));
        assertTrue(page.byCompetency().get(2).questions().isEmpty(), "no question probes Seamanship");
        assertEquals("scorecards/dock-planner/", page.scorecard());
        assertEquals("scorecards/dock-planner/scorecard.pdf", page.scorecardPdf());
        assertEquals("dock-planner-scorecard.pdf", page.download());
        assertEquals("scorecards/dock-planner/packet.pdf", page.packet());
        assertEquals("dock-planner-interview-packet.pdf", page.packetDownload());
    }

    @Test
    void aStagesPageDrawsItsKitOntoItsTextAndLinksEachRolesSheetAndLoop() {
        Stage screen = stage("Screen");
        Question first = screen.questions().get(0);
        String body = "<ol><li id=\"" + first.id() + "\">" + first.text() + "</li></ol>";
        StagePage page = assertInstanceOf(StagePage.class, PAGES.notePage(part(screen.note(), body)));

        assertEquals("stage", page.template());
        assertEquals(screen, page.stage());
        assertEquals(2, page.kit().count());
        assertEquals("#" + first.id(), page.kit().first(), "the header links to the first question, in the text");
        assertEquals(List.of(screen.questions().get(1).text()), texts(page.kit().elsewhere()),
                "only the question the text does not show follows it");
        assertEquals(page.kit().html(), page.notePart().content(), "the page shows the text with its kit");
        assertTrue(page.notePart().content().contains("class=\"kit-question\""), page.notePart().content());
        Role planner = HARBOUR.role("Dock Planner");
        assertEquals(List.of(new StagePage.RoleScorecard(planner, "scorecards/dock-planner/screen/")), page.roles());
        assertEquals(List.of(new StagePage.LoopNavigation(planner, null, stage("Yard Walk"))), page.loopNav());
        assertEquals(screen.note().url() + "#" + first.source().anchor(), page.questions().get(0).url(),
                "a question the stage writes links to where this page asks it");
    }

    @Test
    void anEditedStageDrawsItsKitAgainOntoTheNewText() {
        Stage screen = stage("Screen");
        Question first = screen.questions().get(0);
        StagePage before = (StagePage) PAGES.notePage(part(screen.note(),
                "<p id=\"" + first.id() + "\">" + first.text() + "</p>"));

        PageModel.NotePageModel edited = before.withNoteContent(screen.note(), "<p>Rewritten.</p>", "<b>T</b>",
                List.of(), List.of("new"));

        StagePage after = assertInstanceOf(StagePage.class, edited);
        assertEquals("<p>Rewritten.</p>", after.notePart().content(), "no question in the new text");
        assertEquals("<b>T</b>", after.notePart().titleHtml());
        assertEquals(List.of(new PageModel.TagLink("new", "tags/new/")), after.notePart().tags());
        assertEquals(2, after.kit().elsewhere().size());
        assertEquals("#kit", after.kit().first());
        assertEquals(before.roles(), after.roles());
        assertEquals(before, after.withNoteContent(screen.note(), "<p id=\"" + first.id() + "\">" + first.text()
                + "</p>", null, List.of(), List.of("harbour")), "the same text draws the same page");
    }

    @Test
    void aNoteThatDeclaresNothingGetsAPlainNotePage() {
        Note extra = HARBOUR.question("What would make you turn this offer down?").source().note();
        PageModel.NotePageModel page = PAGES.notePage(part(extra, "<p>Prose.</p>"));

        assertEquals(new PageModel.NotePage(part(extra, "<p>Prose.</p>")), page);
        assertEquals("note", page.template());
        assertEquals(List.of("What would make you turn this offer down?", "Which of our values would you change?"),
                texts(PAGES.listedQuestions(extra.path())));
    }

    private static ScorecardSheet sheet(String url) {
        return PAGES.pages().stream().filter(page -> page.url().equals(url)).findFirst()
                .map(page -> assertInstanceOf(ScorecardSheet.class, page.model())).orElseThrow();
    }

    @Test
    void aStageSheetRatesWhatTheStageAssessesAndPlansItsTime() {
        ScorecardSheet yard = sheet("scorecards/dock-planner/yard-walk/");

        assertEquals(stage("Yard Walk"), yard.step().stage());
        assertEquals(List.of("Accuracy"), yard.competencies().stream().map(c -> c.name()).toList());
        assertEquals("accuracy", yard.fieldKeys().get("accuracy"));
        assertEquals(2, yard.questions().size());
        assertEquals(List.of("Accuracy"), yard.assesses().get(yard.questions().get(0).question().id()));
        assertEquals(new StageTiming(45, 5, 5, 17), yard.timing());
        assertEquals(List.of("Definitely not", "Lean no", "Lean yes", "Definitely yes"), yard.recommendations());
        assertEquals("https://hiring.harbour.example/handbook/scorecards/dock-planner/yard-walk/", yard.pageUrl());
        assertEquals("scorecards/dock-planner/yard-walk/scorecard.pdf", yard.pdfUrl());
        assertEquals("scorecards/dock-planner/packet.pdf", yard.packetUrl());
        assertEquals("dock-planner-yard-walk-scorecard.pdf", yard.download());
        assertNull(yard.density(), "the template chooses the density of a first drawing");
        assertNull(yard.fill());
    }

    @Test
    void aWholeLoopSheetHasNoStageAndADrawingChangesOnlyHowItIsDrawn() {
        ScorecardSheet whole = sheet("scorecards/dock-planner/");
        assertNull(whole.step());
        assertNull(whole.timing());
        assertTrue(whole.questions().isEmpty());
        assertEquals(List.of("Teamwork", "Accuracy", "Seamanship"),
                whole.competencies().stream().map(c -> c.name()).toList());

        ScorecardSheet drawn = new SheetDrawing("tight", false, 3, 125).applyTo(whole);

        assertEquals("tight", drawn.density());
        assertEquals(false, drawn.rubric());
        assertEquals(new ScorecardSheet.Fill(3, "12.5mm"), drawn.fill());
        assertEquals(whole, drawn.drawnAs(null, null, null), "nothing else changed");
        assertNull(SheetDrawing.at("dense").applyTo(whole).fill(), "no fill when the drawing measured none");
    }

    @Test
    void eachQuestionIndexIsAPageWithTheTabsAndItsGroups() {
        List<QuestionsPage> indexes = PAGES.pages().stream().filter(page -> page.template().equals("questions"))
                .map(page -> (QuestionsPage) page.model()).toList();

        assertEquals(List.of("A–Z", "By section", "By theme", "By competency", "By role", "By stage"),
                indexes.stream().map(QuestionsPage::view).toList(), "one page each: the fixture is small");
        QuestionsPage byStage = indexes.get(5);
        assertEquals(indexes.get(0).tabs(), byStage.tabs());
        assertEquals(new QuestionsPage.Tab("By stage", "index/questions/stages/"), byStage.tabs().get(5));
        assertEquals(List.of("Screen", "Yard Walk"), byStage.groups().stream().map(QuestionGroup::title).toList());
        assertEquals(List.of(new QuestionsPage.GroupLink("Screen", "group-screen", 2, ""),
                new QuestionsPage.GroupLink("Yard Walk", "group-yard-walk", 2, "")), byStage.index());
        assertEquals(new PageModel.Paging(List.of(), "", ""), byStage.paging());
        assertEquals(HARBOUR.model().questions().size(), byStage.total());
        assertFalse(byStage.groups().get(0).continued());
    }
}
