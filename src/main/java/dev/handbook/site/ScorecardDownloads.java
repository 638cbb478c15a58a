package dev.handbook.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The PDF downloads of one role's scorecards: the whole-loop sheet, one sheet per stage, and the interview
 * packet that puts every stage sheet in one file.
 *
 * @param role the role's name
 * @param roleSheet the whole-loop sheet
 * @param stageSheets one sheet per stage of the loop, in loop order
 * @param packet the packet's output path, or empty when the loop has no stage
 */
public record ScorecardDownloads(String role, Sheet roleSheet, List<Sheet> stageSheets, String packet) {

    /** The output paths of every PDF: the whole-loop sheet's, each stage sheet's, then the packet's if any. */
    public List<String> pdfs() {
        List<String> pdfs = new ArrayList<>(List.of(roleSheet.pdf()));
        stageSheets.forEach(sheet -> pdfs.add(sheet.pdf()));
        if (!packet.isEmpty()) {
            pdfs.add(packet);
        }
        return List.copyOf(pdfs);
    }

    /**
     * One sheet: its HTML page and the PDF rendered from it.
     *
     * @param title the sheet's name, used as the PDF's title and as the packet's bookmark
     * @param page the output path of the sheet's HTML page
     * @param pdf the output path of its PDF
     * @param source the note a problem with the sheet is reported against (the stage's, or the role's)
     */
    public record Sheet(String title, String page, String pdf, String source) {
    }
}
