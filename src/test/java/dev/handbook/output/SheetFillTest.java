package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stage sheet shares its page's blank space out as writing room, and stays one page, at A4 and Letter. */
class SheetFillTest {

    private static final String PAGE = "scorecards/dock-planner/yard-walk/index.html";
    private static final double MM = 72 / 25.4;
    // The sheet's bottom page margin (scorecard.peb's @page rule), where only the footer is printed.
    private static final double BOTTOM_MARGIN_MM = 14;

    @TempDir
    Path dir;

    // The harbour fixture with a Yard Walk of four questions, each with its Look for: line, on this paper.
    private Path fourQuestions(String paper, String frontMatter) throws IOException {
        return yardWalk(paper, frontMatter, 4);
    }

    private Path yardWalk(String paper, String frontMatter, int questions) throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(site.resolve("site.yml"), "scorecard:\n", "scorecard:\n  paper: " + paper + "\n");
        StringBuilder stage = new StringBuilder("---\ntype: stage\nduration: 45m\n" + frontMatter
                + "competencies: [\"[[Accuracy]]\", \"[[Teamwork]]\"]\n---\n\n# Yard Walk\n\n## On the quay\n\n");
        for (int i = 1; i <= questions; i++) {
            stage.append("- When delivery ").append(i).append(" slips, who do you tell first?\n")
                    .append("*Look for: A clear order of calls and a next step with a date.*\n\n");
        }
        Files.writeString(site.resolve("content/stages/Yard Walk.md"), stage.toString());
        return site;
    }

    // The ruled lines under each question of the page a browser prints.
    private static List<Integer> linesPerQuestion(Path out) {
        List<Integer> lines = new ArrayList<>();
        for (Element question : TestSites.html(out.resolve(PAGE)).select(".sheet-questions li")) {
            lines.add(question.select(".note-lines .rule").size());
        }
        return lines;
    }

    // The space between the lowest text of the sheet and the page's bottom margin, in mm, from PDFBox's text
    // positions (top-down, in points): the footer in the margin is left out.
    private static double blankAtTheFootMm(PDDocument document) throws IOException {
        double pageHeight = document.getPage(0).getMediaBox().getHeight();
        double marginTop = pageHeight - BOTTOM_MARGIN_MM * MM;
        double[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    double y = position.getYDirAdj();
                    if (y < marginTop) {
                        lowest[0] = Math.max(lowest[0], y);
                    }
                }
            }
        };
        stripper.getText(document);
        return (marginTop - lowest[0]) / MM;
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "Letter"})
    void aFourQuestionStageGetsThreeRuledLinesAQuestionAndLeavesLittleOfItsOnePageBlank(String paper)
            throws IOException {
        Path out = dir.resolve("out");
        TestSites.Run run = InterviewFixtures.build(fourQuestions(paper, ""), out);
        List<Integer> lines = linesPerQuestion(out);
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.stream().allMatch(n -> n >= SheetFill.MIN_LINES), lines + "\n" + run.transcript());
        try (PDDocument document = Loader.loadPDF(out.resolve(ScorecardPdfTest.YARD_WALK).toFile())) {
            assertEquals(1, document.getNumberOfPages());
            double blank = blankAtTheFootMm(document);
            // Before, a fifth of such a page stayed blank; now the last line of text sits near the foot.
            assertTrue(blank < 10, paper + ": " + blank + " mm blank at the foot");
            // The PDF's note fields are as tall as the lines the page shows.
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            double notes = form.getField("notes.q1").getWidgets().get(0).getRectangle().getHeight() / MM;
            assertEquals(lines.get(0) * SheetDrawing.LINE_MM, notes, 0.5, "notes.q1 in mm");
        }
    }

    @Test
    void aStageThatSetsLinesGetsThatManyAndTheRestGoesToEvidence() throws IOException {
        Path out = dir.resolve("out");
        InterviewFixtures.build(yardWalk("A4", "lines: 5\n", 3), out);
        assertEquals(List.of(5, 5, 5), linesPerQuestion(out));
        try (PDDocument document = Loader.loadPDF(out.resolve(ScorecardPdfTest.YARD_WALK).toFile())) {
            assertEquals(1, document.getNumberOfPages());
            double evidence = document.getDocumentCatalog().getAcroForm().getField("evidence.accuracy").getWidgets()
                    .get(0).getRectangle().getHeight() / MM;
            assertTrue(evidence > SheetFill.EVIDENCE_MIN_MM + 1, evidence + " mm of evidence: the rest went elsewhere");
            assertTrue(blankAtTheFootMm(document) < 10);
        }
    }

    @Test
    void aWrongLinesValueIsAWarningAtItsLine() throws IOException {
        Path out = dir.resolve("out");
        TestSites.Run run = InterviewFixtures.build(fourQuestions("A4", "lines: lots\n"), out);
        assertTrue(run.err().contains("content/stages/Yard Walk.md:4:1: warning: 'lines' should be a number of ruled"
                + " lines per question, 1 to 20; 'lots' is ignored"), run.transcript());
        assertTrue(linesPerQuestion(out).stream().allMatch(n -> n >= SheetFill.MIN_LINES));
    }

    @Test
    void aOneQuestionScreenSharesItsPageBetweenItsNotesAndItsEvidence() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path screen = site.resolve("content/stages/Screen.md");
        String text = Files.readString(screen);
        Files.writeString(screen, text.substring(0, text.indexOf("2. Tell me")));
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        try (PDDocument document = Loader.loadPDF(out.resolve(ScorecardPdfTest.SCREEN).toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(blankAtTheFootMm(document) < 10);
            double evidence = document.getDocumentCatalog().getAcroForm().getField("evidence.teamwork").getWidgets()
                    .get(0).getRectangle().getHeight() / MM;
            assertTrue(evidence > 25, evidence + " mm of evidence");
        }
        Element page = TestSites.html(out.resolve("scorecards/dock-planner/screen/index.html")).selectFirst("main");
        assertTrue(page.select(".note-lines .rule").size() > 6, page.outerHtml());
        assertFalse(page.select(".rubric-row").isEmpty(), "the rubric stays while it fits");
    }
}
