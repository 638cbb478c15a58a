package dev.handbook.output;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writing room of a rendered sheet, as laid out on its first page: the blank space left below its last
 * element, and the height of each question's note space and each competency's evidence space.
 *
 * @param freeMm the space between the sheet's end and the bottom of the first page's content area, in mm
 *     (negative when the sheet runs onto another page)
 * @param notesMm the height of each {@code notes.*} field, in the sheet's order
 * @param evidenceMm the height of each {@code evidence.*} field, in the sheet's order
 */
record SheetRoom(double freeMm, List<Double> notesMm, List<Double> evidenceMm) {

    // An empty block at the very end of the sheet: where it lies is where the sheet's content ends.
    private static final String MARKER = "handbook-sheet-end";
    private static final double POINTS_PER_MM = 72 / 25.4;

    /** Marks the end of a sheet's page, so its room can be measured once it is laid out. */
    static void mark(Document page) {
        Element sheet = page.selectFirst("main.sheet");
        if (sheet != null) {
            sheet.appendElement("div").attr("id", MARKER);
        }
    }

    /** The room of a laid-out, drawn sheet; null when the page has no marked end. */
    static SheetRoom measure(PdfBoxRenderer renderer, PDDocument document) {
        List<PagePosition<Box>> ends = renderer.findPagePositionsByID(Pattern.compile(MARKER));
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        if (ends.isEmpty() || pages.isEmpty()) {
            return null;
        }
        // Layout units are the renderer's dots, from the top of the first page's content area down.
        double dots = pages.get(0).getBottom() - ends.get(0).getElement().getAbsY();
        double freeMm = dots / renderer.getDotsPerPoint() / POINTS_PER_MM;
        List<Double> notes = new ArrayList<>();
        List<Double> evidence = new ArrayList<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTextField && !field.getWidgets().isEmpty()) {
                    double height = field.getWidgets().get(0).getRectangle().getHeight() / POINTS_PER_MM;
                    if (field.getFullyQualifiedName().startsWith("notes.")) {
                        notes.add(height);
                    } else if (field.getFullyQualifiedName().startsWith("evidence.")) {
                        evidence.add(height);
                    }
                }
            }
        }
        return new SheetRoom(freeMm, List.copyOf(notes), List.copyOf(evidence));
    }
}
