package dev.handbook.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Makes a scorecard sheet's PDF fillable: each writing space and box the theme marks with {@code data-field}
 * becomes a form field laid over it, so an interviewer can fill the sheet in any PDF reader and the printed
 * page stays as it was.
 *
 * <p>A space marked {@code data-field="evidence.system-design"} becomes a text field of that name (one line
 * in a table cell or a space marked {@code data-one-line}, several lines elsewhere); boxes that share a
 * {@code data-field} and each give a {@code data-choice} become one radio group, one choice per box.
 */
final class FillableSheet {

    // A control takes the place of the space it fills and keeps its classes, so the theme's own rules size and
    // draw it: only what the renderer's defaults add to a control (its border, padding, white ground) is undone,
    // by element rules that any class rule of the theme outweighs.
    private static final String CSS = "form.sheet-form { display: block; margin: 0; padding: 0; }\n"
            + "input, textarea { margin: 0; padding: 0; border: 0 none; border-radius: 0; background: transparent;"
            + " font: inherit; color: inherit; width: auto; height: auto; }\n"
            // A header cell keeps its own line; the field fills it.
            + "td > input.sheet-field { display: inline-block; width: 100%; height: 1em;"
            + " vertical-align: text-bottom; }\n";

    // Typed text is drawn with the reader's own Helvetica: the sheet's fonts are embedded as subsets, which lack
    // most of the letters a reader would type.
    private static final String LINE_APPEARANCE = "/Helv 10 Tf 0 g";
    private static final String NOTES_APPEARANCE = "/Helv 9 Tf 0 g";

    // A chosen box shows a cross, as a pen would mark it; drawn as lines, it needs no font.
    private static final String CROSS = "q 0 G 10 w 1 J 20 20 m 80 80 l S 20 80 m 80 20 l S Q\n";

    private FillableSheet() {
    }

    /** Puts a form control into each marked space of a sheet's page, for the PDF renderer to make a field of. */
    static void addControls(Document page) {
        Element sheet = page.selectFirst("main.sheet");
        Elements spaces = sheet == null ? new Elements() : sheet.select("[data-field]");
        if (spaces.isEmpty()) {
            return;
        }
        page.head().appendElement("style").text(CSS);
        // The renderer makes fields only of controls inside a form, and one form keeps the fields' order stable.
        sheet.wrap("<form class=\"sheet-form\"></form>");
        for (Element space : spaces) {
            String name = space.attr("data-field");
            if (space.hasAttr("data-choice")) {
                space.replaceWith(control("input", space).attr("type", "radio").attr("name", name)
                        .attr("value", space.attr("data-choice")));
            } else if (space.tagName().equals("td")) {
                space.appendChild(new Element("input").attr("type", "text").attr("name", name).addClass("sheet-field"));
            } else if (space.hasAttr("data-one-line")) {
                space.replaceWith(control("input", space).attr("type", "text").attr("name", name));
            } else {
                space.replaceWith(control("textarea", space).attr("name", name));
            }
        }
    }

    // A control in place of a space, with the space's classes, style (the height the build measured) and content.
    private static Element control(String tag, Element space) {
        Element control = new Element(tag).attr("class", space.className());
        if (space.hasAttr("style")) {
            control.attr("style", space.attr("style"));
        }
        control.appendChildren(space.childNodesCopy());
        return control;
    }

    /** Gives the rendered fields a look that is the same in every reader: Helvetica text, a cross for a choice. */
    static void finish(PDDocument document) throws IOException {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return;
        }
        Set<COSStream> crosses = new HashSet<>();
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDTextField text) {
                text.setDefaultAppearance(text.isMultiline() ? NOTES_APPEARANCE : LINE_APPEARANCE);
            } else if (field instanceof PDRadioButton radio) {
                for (PDAnnotationWidget widget : radio.getWidgets()) {
                    PDAppearanceEntry normal = widget.getAppearance().getNormalAppearance();
                    for (COSName state : normal.getSubDictionary().keySet()) {
                        PDAppearanceStream on = normal.getSubDictionary().get(state);
                        // The renderer shares one "on" drawing among all boxes: it is drawn once.
                        if (!COSName.Off.equals(state) && crosses.add(on.getCOSObject())) {
                            draw(on, CROSS);
                        }
                    }
                }
            }
        }
    }

    private static void draw(PDAppearanceStream stream, String content) throws IOException {
        try (OutputStream out = stream.getContentStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        stream.setResources(null);
    }
}
