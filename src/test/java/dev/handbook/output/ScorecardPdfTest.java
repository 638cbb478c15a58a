package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard PDFs of the "harbour" fixture: one per sheet and an interview packet per role. */
class ScorecardPdfTest {

    static final String ROLE = "scorecards/dock-planner/scorecard.pdf";
    static final String SCREEN = "scorecards/dock-planner/screen/scorecard.pdf";
    static final String YARD_WALK = "scorecards/dock-planner/yard-walk/scorecard.pdf";
    static final String PACKET = "scorecards/dock-planner/packet.pdf";
    static final List<String> ALL = List.of(ROLE, SCREEN, YARD_WALK, PACKET);

    @TempDir
    static Path temp;

    private static Path site;
    private static Path out;

    @BeforeAll
    static void build() {
        site = InterviewFixtures.copy("harbour", temp);
        out = temp.resolve("out");
        InterviewFixtures.build(site, out);
    }

    private static PDDocument pdf(Path root, String path) throws IOException {
        assertTrue(Files.isRegularFile(root.resolve(path)), path + " was not written");
        return Loader.loadPDF(root.resolve(path).toFile());
    }

    private static String text(String path) throws IOException {
        try (PDDocument document = pdf(out, path)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachStageSheetFitsOnePage() throws IOException {
        for (String path : List.of(SCREEN, YARD_WALK)) {
            try (PDDocument document = pdf(out, path)) {
                assertEquals(1, document.getNumberOfPages(), path);
            }
        }
    }

    @Test
    void aShortStageSheetGetsManyLinesPerQuestionOnItsOnePage() throws IOException {
        // Once one dotted line per question even when most of the page stayed empty; now the page is shared out.
        Element main = TestSites.html(out.resolve(SCREEN.replace("scorecard.pdf", "index.html")))
                .selectFirst("main.sheet");
        assertTrue(main.hasClass("roomy"), main.className());
        for (Element question : main.select(".sheet-questions li")) {
            assertTrue(question.select(".rule").size() > 3, question.outerHtml());
        }
        try (PDDocument document = pdf(out, SCREEN)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    // A Yard Walk stage with this many long questions, each with its Look for: line.
    static Path crowdedYardWalk(Path dir, int questions) throws IOException {
        return crowdedYardWalk(dir, questions, 1);
    }

    // The same with each Look for: line said this many times over.
    static Path crowdedYardWalk(Path dir, int questions, int lookForRepeats) throws IOException {
        Path crowded = InterviewFixtures.copy("harbour", dir);
        StringBuilder body = new StringBuilder("---\ntype: stage\nduration: 45m\n"
                + "competencies: [\"[[Accuracy]]\", \"[[Teamwork]]\", \"[[Seamanship]]\"]\n---\n\n# Yard Walk\n\n## On the quay\n\n");
        String lookFor = " A clear order of calls, honesty about the cause, and a next step with a date; names who owns the"
                + " follow-up.";
        for (int i = 1; i <= questions; i++) {
            body.append("- When delivery ").append(i).append(" slips twice in one week, how do you decide")
                    .append(" who to tell first, and what do you say to them?\n*Look for:")
                    .append(lookFor.repeat(lookForRepeats)).append("*\n\n");
        }
        Files.writeString(crowded.resolve("content/stages/Yard Walk.md"), body.toString());
        return crowded;
    }

    @Test
    void aCrowdedStageSheetIsDrawnDenserUntilItFitsOnePageInThePdfAndTheHtml(@TempDir Path dir) throws IOException {
        Path crowded = crowdedYardWalk(dir, 12);
        Path built = dir.resolve("out");
        TestSites.Run run = InterviewFixtures.build(crowded, built);
        try (PDDocument document = pdf(built, YARD_WALK)) {
            assertEquals(1, document.getNumberOfPages(), run.transcript());
        }
        // The page a browser prints is the one the PDF was made from, so it carries the denser class too.
        String main = TestSites.html(built.resolve("scorecards/dock-planner/yard-walk/index.html"))
                .selectFirst("main.sheet").className();
        assertTrue(main.contains("dense") || main.contains("terse"), main);
        assertFalse(run.err().contains("needs 2 pages"), run.transcript());
    }

    @Test
    void aStageTooFullForOnePageIsReportedAgainstTheStageNote(@TempDir Path dir) throws IOException {
        Path crowded = crowdedYardWalk(dir, 24);
        TestSites.Run run = InterviewFixtures.build(crowded, dir.resolve("out"));
        assertTrue(run.err().contains("content/stages/Yard Walk.md: warning: the scorecard sheet Dock Planner · Yard Walk"
                + " needs 2 pages even at its densest"), run.transcript());
    }

    @Test
    void thePacketOpensWithTheWholeLoopSheetThenEveryStageSheetInLoopOrderWithABookmarkEach() throws IOException {
        try (PDDocument packet = pdf(out, PACKET); PDDocument role = pdf(out, ROLE); PDDocument screen = pdf(out, SCREEN);
             PDDocument yardWalk = pdf(out, YARD_WALK)) {
            int rolePages = role.getNumberOfPages();
            assertEquals(rolePages + screen.getNumberOfPages() + yardWalk.getNumberOfPages(), packet.getNumberOfPages());
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : packet.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(packet.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()));
            }
            assertEquals(List.of("Dock Planner · whole loop", "Dock Planner · Screen", "Dock Planner · Yard Walk"), titles);
            assertEquals(List.of(0, rolePages, rolePages + screen.getNumberOfPages()), pages);
        }
        String packet = text(PACKET);
        assertTrue(packet.indexOf("What brought you to harbour logistics?")
                < packet.indexOf("How do you check a manifest before the crane starts?"), packet);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (String path : ALL) {
            try (PDDocument document = pdf(out, path)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    collectFonts(page.getResources(), fonts);
                }
                assertFalse(fonts.isEmpty(), path);
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), path + ": " + font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("Liberation"), path + ": " + font.getName());
                }
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void theSheetsContentIsInThePdfButTheScreenOnlyLinksAreNot() throws IOException {
        String screen = text(SCREEN);
        for (String expected : List.of("Dock Planner · Screen", "Candidate", "Interviewer", "Teamwork",
                "Not assessed", "What brought you to harbour logistics?", "Definitely not", "Lean yes",
                "version 3.1")) {
            assertTrue(screen.contains(expected), () -> expected + " missing from:\n" + screen);
        }
        assertFalse(screen.contains("Back to the role"), screen);
        assertFalse(screen.contains("as PDF"), screen);
    }

    @Test
    void thePdfsAreTitledAndA4ByDefault() throws IOException {
        for (String path : ALL) {
            try (PDDocument document = pdf(out, path)) {
                assertTrue(document.getDocumentInformation().getProducer().startsWith("Interview Handbook"));
                assertSize(PDRectangle.A4, document.getPage(0).getMediaBox(), path);
            }
        }
        try (PDDocument screen = pdf(out, SCREEN)) {
            assertEquals("Dock Planner · Screen", screen.getDocumentInformation().getTitle());
        }
    }

    @Test
    void letterPaperWhenTheConfigSaysSo(@TempDir Path dir) throws IOException {
        Path letter = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(letter.resolve("site.yml"), "scorecard:\n", "scorecard:\n  paper: Letter\n");
        Path letterOut = dir.resolve("out");
        InterviewFixtures.build(letter, letterOut);
        for (String path : ALL) {
            try (PDDocument document = pdf(letterOut, path)) {
                assertSize(PDRectangle.LETTER, document.getPage(0).getMediaBox(), path);
            }
        }
    }

    private static void assertSize(PDRectangle expected, PDRectangle actual, String path) {
        assertEquals(expected.getWidth(), actual.getWidth(), 1, path);
        assertEquals(expected.getHeight(), actual.getHeight(), 1, path);
    }

    @Test
    void thePrintedFooterKeepsEveryCharacterOfTheTitle(@TempDir Path dir) throws IOException {
        // The footer reaches the PDF as a CSS string; a backslash escaped as \\ once lost itself and the letter
        // after it there, while the HTML footer kept them.
        Path odd = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(odd.resolve("site.yml"), "title: Harbour Hiring Handbook",
                "title: 'R\\D \"Dock\" Handbook: 100% · ünïcode'");
        Path built = dir.resolve("out");
        InterviewFixtures.build(odd, built);
        try (PDDocument document = pdf(built, SCREEN)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("R\\D \"Dock\" Handbook: 100% · ünïcode · version 3.1"), text);
        }
    }

    @Test
    void theSameSiteGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("again");
        InterviewFixtures.build(site, again);
        for (String path : ALL) {
            assertArrayEquals(Files.readAllBytes(out.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
    }

    @Test
    void checkRendersAndWritesNothing(@TempDir Path dir) {
        Path checked = InterviewFixtures.copy("harbour", dir);
        TestSites.Run check = InterviewFixtures.cli("check", checked);
        assertEquals(0, check.exitCode(), check::transcript);
        assertFalse(check.err().contains("broken link"),
                "the PDF links resolve for the crawler\n" + check.transcript());
        assertFalse(Files.exists(checked.resolve("target")), "check wrote the site");
    }
}
