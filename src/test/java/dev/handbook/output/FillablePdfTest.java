package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.InterviewFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard PDFs of the "harbour" fixture are forms an interviewer can fill in a PDF reader and save. */
class FillablePdfTest {

    @TempDir
    static Path temp;

    private static Path out;

    @BeforeAll
    static void build() {
        Path site = InterviewFixtures.copy("harbour", temp);
        out = temp.resolve("out");
        InterviewFixtures.build(site, out);
    }

    private static PDDocument pdf(String path) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(out.resolve(path)));
    }

    // Every terminal field by its full name, with its kind.
    private static Map<String, String> fields(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        assertNotNull(form, "the PDF has no form");
        Map<String, String> fields = new TreeMap<>();
        form.getFieldTree().forEach(field -> {
            if (field instanceof PDTextField text) {
                fields.put(field.getFullyQualifiedName(), text.isMultiline() ? "text, lines" : "text");
            } else if (field instanceof PDRadioButton) {
                fields.put(field.getFullyQualifiedName(), "radio");
            }
        });
        return fields;
    }

    @Test
    void aStageSheetHasATextFieldForTheHeaderEachEvidenceAndEachQuestionsNotes() throws IOException {
        try (PDDocument screen = pdf(ScorecardPdfTest.SCREEN)) {
            Map<String, String> fields = fields(screen);
            assertEquals("text", fields.get("candidate"), fields::toString);
            assertEquals("text", fields.get("interviewer"), fields::toString);
            assertEquals("text", fields.get("date"), fields::toString);
            assertEquals("text, lines", fields.get("evidence.teamwork"), fields::toString);
            assertEquals("text, lines", fields.get("notes.q1"), fields::toString);
            assertEquals("text, lines", fields.get("notes.q2"), fields::toString);
            assertEquals("text", fields.get("takeaways.1"), fields::toString);
            assertEquals("text", fields.get("takeaways.3"), fields::toString);
            assertEquals("radio", fields.get("score.teamwork"), fields::toString);
            assertEquals("radio", fields.get("recommendation"), fields::toString);
            // The stage is printed on a stage sheet, so it is no field there.
            assertTrue(!fields.containsKey("stage") && !fields.containsKey("notes.q3"), fields::toString);
        }
    }

    @Test
    void theWholeLoopSheetHasAScoreAndEvidenceForEveryCompetencyOfTheRole() throws IOException {
        try (PDDocument role = pdf(ScorecardPdfTest.ROLE)) {
            Map<String, String> fields = fields(role);
            for (String competency : List.of("teamwork", "accuracy", "seamanship")) {
                assertEquals("radio", fields.get("score." + competency), fields::toString);
                assertEquals("text, lines", fields.get("evidence." + competency), fields::toString);
            }
            assertEquals("text", fields.get("stage"), fields::toString);
            assertEquals("radio", fields.get("recommendation"), fields::toString);
        }
    }

    @Test
    void eachScoreIsOneGroupWithOneBoxPerScoreLyingOnTheBoxesOfItsRow() throws IOException {
        try (PDDocument screen = pdf(ScorecardPdfTest.SCREEN)) {
            PDAcroForm form = screen.getDocumentCatalog().getAcroForm();
            PDRadioButton score = (PDRadioButton) form.getField("score.teamwork");
            List<String> choices = score.getExportValues();
            assertEquals("not-assessed", choices.get(choices.size() - 1), choices::toString);
            assertEquals(choices.size(), score.getWidgets().size());
            List<PDRectangle> boxes = new ArrayList<>();
            for (PDAnnotationWidget widget : score.getWidgets()) {
                assertEquals(screen.getPage(0), widget.getPage());
                boxes.add(widget.getRectangle());
            }
            for (int i = 1; i < boxes.size(); i++) {
                // One row: the same height on the page, left to right, each a small square box.
                assertEquals(boxes.get(0).getLowerLeftY(), boxes.get(i).getLowerLeftY(), 0.5);
                assertTrue(boxes.get(i).getLowerLeftX() > boxes.get(i - 1).getUpperRightX(), boxes::toString);
            }
            // A chosen box shows a cross drawn in lines, which needs no font from the reader.
            for (PDAnnotationWidget widget : score.getWidgets()) {
                var states = widget.getAppearance().getNormalAppearance().getSubDictionary();
                for (var state : states.entrySet()) {
                    String drawing = new String(state.getValue().getContentStream().toByteArray(),
                            StandardCharsets.US_ASCII);
                    assertTrue(COSName.Off.equals(state.getKey()) || drawing.contains(" l S") && !drawing.contains("Tf"),
                            drawing);
                }
            }
            for (PDRectangle box : boxes) {
                assertEquals(box.getWidth(), box.getHeight(), 1, box.toString());
                assertTrue(box.getWidth() > 8 && box.getWidth() < 14, box.toString());
            }
            PDRadioButton recommendation = (PDRadioButton) form.getField("recommendation");
            assertEquals(List.of("Definitely not", "Lean no", "Lean yes", "Definitely yes"),
                    recommendation.getExportValues());
        }
    }

    @Test
    void aFilledSheetKeepsItsValuesWhenSavedAndOpenedAgain() throws IOException {
        byte[] filled;
        try (PDDocument screen = pdf(ScorecardPdfTest.SCREEN)) {
            PDAcroForm form = screen.getDocumentCatalog().getAcroForm();
            // Letters the sheet never prints, so they are not in its embedded subset of the font.
            form.getField("candidate").setValue("Zoë Øvergaard-Quigley");
            form.getField("evidence.teamwork").setValue("Ran the handover with a checklist.\nAsked who reads it.");
            form.getField("notes.q1").setValue("Grew up by the docks; likes the night shift.");
            ((PDRadioButton) form.getField("score.teamwork")).setValue("2");
            ((PDRadioButton) form.getField("recommendation")).setValue("Lean yes");
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            screen.save(saved);
            filled = saved.toByteArray();
        }
        try (PDDocument again = Loader.loadPDF(filled)) {
            PDAcroForm form = again.getDocumentCatalog().getAcroForm();
            assertEquals("Zoë Øvergaard-Quigley", form.getField("candidate").getValueAsString());
            assertEquals("Ran the handover with a checklist.\nAsked who reads it.",
                    form.getField("evidence.teamwork").getValueAsString());
            assertEquals("Grew up by the docks; likes the night shift.", form.getField("notes.q1").getValueAsString());
            PDRadioButton score = (PDRadioButton) form.getField("score.teamwork");
            assertEquals("2", score.getValue());
            // One choice per group: only the chosen box shows as chosen.
            long on = score.getWidgets().stream()
                    .filter(widget -> !COSName.Off.equals(widget.getAppearanceState())).count();
            assertEquals(1, on);
            assertEquals("Lean yes", ((PDRadioButton) form.getField("recommendation")).getValue());
            // What a reader sees: the values are drawn on the page (the fields carry their appearance), and the
            // picture is kept for people to look at (target/screenshots/filled-sheet.png).
            BufferedImage seen = new PDFRenderer(again).renderImage(0, 1, ImageType.RGB);
            try (PDDocument blank = pdf(ScorecardPdfTest.SCREEN)) {
                BufferedImage empty = new PDFRenderer(blank).renderImage(0, 1, ImageType.RGB);
                assertTrue(dark(seen) > dark(empty) + 500, "the filled values show on the page: "
                        + dark(seen) + " dark pixels against " + dark(empty));
            }
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(seen, "png", shots.resolve("filled-sheet.png").toFile());
        }
    }

    private static long dark(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 300) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theFormPrintsExactlyAsTheSheetDidWithoutFields() throws IOException {
        // The same sheet rendered with its spaces unmarked has no form; printed, both pages are the same pixels.
        String page = "scorecards/dock-planner/yard-walk/index.html";
        String html = Files.readString(out.resolve(page));
        String unmarked = html.replaceAll(" data-field=\"[^\"]*\"", "").replaceAll(" data-choice=\"[^\"]*\"", "");
        List<OutputFile> site = new ArrayList<>(List.of(OutputFile.of(page, html.getBytes(StandardCharsets.UTF_8))));
        try (var css = Files.list(out.resolve("theme"))) {
            css.forEach(file -> site.add(OutputFile.copy("theme/" + file.getFileName(), file)));
        }
        ScorecardPdf renderer = new ScorecardPdf("A4", "test", new Diagnostics(), null);
        SiteResources resources = new SiteResources(site);
        byte[] withFields = renderer.render(html, page, "fields", resources, diagnostic -> { }).pdf();
        byte[] without = renderer.render(unmarked, page, "no fields", resources, diagnostic -> { }).pdf();
        try (PDDocument filled = Loader.loadPDF(withFields); PDDocument bare = Loader.loadPDF(without)) {
            assertNotNull(filled.getDocumentCatalog().getAcroForm());
            assertEquals(null, bare.getDocumentCatalog().getAcroForm());
            BufferedImage a = new PDFRenderer(filled).renderImage(0, 2, ImageType.RGB, RenderDestination.PRINT);
            BufferedImage b = new PDFRenderer(bare).renderImage(0, 2, ImageType.RGB, RenderDestination.PRINT);
            int differing = 0;
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
                }
            }
            assertEquals(0, differing, "pixels that differ");
        }
    }

    @Test
    void thePacketKeepsEachSheetsFieldsApartUnderTheSheetsName() throws IOException {
        try (PDDocument packet = pdf(ScorecardPdfTest.PACKET)) {
            Map<String, String> fields = fields(packet);
            for (String name : List.of("whole-loop.candidate", "whole-loop.score.seamanship", "screen.candidate",
                    "screen.notes.q2", "yard-walk.candidate", "yard-walk.score.accuracy", "yard-walk.recommendation")) {
                assertTrue(fields.containsKey(name), () -> name + " missing from " + fields.keySet());
            }
            assertTrue(fields.keySet().stream().allMatch(name -> name.startsWith("whole-loop.")
                    || name.startsWith("screen.") || name.startsWith("yard-walk.")), fields.keySet()::toString);
        }
    }

    @Test
    void theFieldsAreNamedAlikeInTheLetterSheets(@TempDir Path dir) throws IOException {
        Path letter = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(letter.resolve("site.yml"), "scorecard:\n", "scorecard:\n  paper: Letter\n");
        InterviewFixtures.build(letter, dir.resolve("out"));
        try (PDDocument a4 = pdf(ScorecardPdfTest.YARD_WALK);
             PDDocument us = Loader.loadPDF(dir.resolve("out").resolve(ScorecardPdfTest.YARD_WALK).toFile())) {
            assertEquals(fields(a4), fields(us));
            assertInstanceOf(PDTextField.class, us.getDocumentCatalog().getAcroForm().getField("notes.q1"));
        }
    }
}
