package dev.handbook.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** One role's interview packet: its sheets, already rendered, in one PDF with a bookmark per sheet. */
final class InterviewPacket {

    /** One sheet of the packet: the bookmark's title and the sheet's PDF. */
    record Part(String title, byte[] pdf) {
    }

    private InterviewPacket() {
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
