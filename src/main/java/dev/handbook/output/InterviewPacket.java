package dev.handbook.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** One role's interview packet: its sheets, already rendered, in one PDF with a bookmark per sheet. */
final class InterviewPacket {

    /**
     * One sheet of the packet.
     *
     * @param title the bookmark's title
     * @param fields the name the sheet's form fields are put under in the packet ({@code screen}), as every
     *               sheet has a {@code candidate}
     * @param pdf the sheet's PDF
     */
    record Part(String title, String fields, byte[] pdf) {
    }

    private InterviewPacket() {
    }

    // Puts a sheet's fields under one field of the given name: two sheets' "candidate" fields would otherwise
    // be one field in the packet, or be renamed by the merger to "dummyFieldName1".
    private static void nestFields(PDDocument sheet, String name) {
        PDAcroForm form = sheet.getDocumentCatalog().getAcroForm();
        if (form == null || form.getFields().isEmpty()) {
            return;
        }
        PDNonTerminalField parent = new PDNonTerminalField(form);
        parent.setPartialName(name);
        List<PDField> fields = new ArrayList<>(form.getFields());
        for (PDField field : fields) {
            field.getCOSObject().setItem(COSName.PARENT, parent);
        }
        parent.setChildren(fields);
        form.setFields(List.of(parent));
    }

    /** Merges the sheets in order into one PDF. */
    static byte[] merge(String title, String producer, List<Part> parts) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument packet = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Part part : parts) {
                // Sources stay open until the packet is saved: merged pages still read their streams.
                PDDocument source = Loader.loadPDF(part.pdf());
                sources.add(source);
                nestFields(source, part.fields());
                int first = packet.getNumberOfPages();
                merger.appendDocument(packet, source);
                if (packet.getNumberOfPages() > first) {
                    PDOutlineItem bookmark = new PDOutlineItem();
                    bookmark.setTitle(part.title());
                    bookmark.setDestination(packet.getPage(first));
                    outline.addLast(bookmark);
                }
            }
            packet.getDocumentCatalog().setDocumentOutline(outline);
            ByteArrayOutputStream identity = new ByteArrayOutputStream();
            parts.forEach(part -> identity.writeBytes(part.pdf()));
            ScorecardPdf.describe(packet, title, producer, identity.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            packet.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the packet " + title + ": " + e.getMessage(), e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException e) {
                    // the packet is already saved; a source that fails to close only holds memory
                }
            }
        }
    }
}
