package dev.handbook.output;

/**
 * Shares the blank space left on a stage sheet's page between note space per question and evidence per
 * competency: first up to {@link #MIN_LINES} ruled lines a question (or the lines the stage asks for), each
 * competency keeping at least one line of evidence, then the rest, about two parts to the questions' notes for
 * one to the competencies' evidence.
 */
final class SheetFill {

    /** The ruled lines a question gets when they fit. */
    static final int MIN_LINES = 3;

    // Kept blank at the foot of the page: browsers lay text out a little differently from the PDF renderer.
    private static final double MARGIN_MM = 2;
    // Less than this left over is not worth a second rendering.
    private static final double WORTH_MM = 1.5;
    // The least evidence space: one handwritten line above the cell's border (the theme's .evidence-space).
    static final double EVIDENCE_MIN_MM = 5.5;

    private SheetFill() {
    }

    /**
     * The drawing that fills the room measured on a sheet drawn as {@code drawn}, or null when there is nothing
     * to share.
     *
     * @param fixedLines the ruled lines the stage asks for, which the sheet already shows; 0 when it asks none
     */
    static SheetDrawing plan(SheetDrawing drawn, SheetRoom room, int fixedLines) {
        double free = free(room);
        int questions = room.notesMm().size();
        int competencies = room.evidenceMm().size();
        if (free < WORTH_MM || questions + competencies == 0) {
            return null;
        }
        double notesNow = room.notesMm().stream().mapToDouble(Double::doubleValue).sum();
        int lines = fixedLines;
        if (fixedLines == 0 && questions > 0) {
            lines = linesFitting(free, notesNow, questions);
            if (lines >= MIN_LINES) {
                // Past the minimum, the questions take about two parts of what is left for one to evidence.
                double rest = free - cost(MIN_LINES, notesNow, questions);
                double share = competencies == 0 ? rest : rest * 2 * questions / (2.0 * questions + competencies);
                lines = MIN_LINES + (int) Math.floor(share / (questions * SheetDrawing.LINE_MM));
            }
        }
        double left = free - (lines == 0 || fixedLines > 0 ? 0 : cost(lines, notesNow, questions));
        int evidence = 0;
        if (competencies > 0) {
            // Tenths of a millimetre, rounded down: the same room gives the same sheet, and never more than fits.
            evidence = (int) Math.floor((EVIDENCE_MIN_MM * competencies + left) / competencies * 10);
        }
        SheetDrawing filled = drawn.filled(fixedLines > 0 ? 0 : lines, evidence);
        return filled.equals(drawn) ? null : filled;
    }

    /** The ruled lines per question the room gives before anything goes to evidence (a stage's own, if set). */
    static int lines(SheetRoom room, int fixedLines) {
        int questions = room.notesMm().size();
        double notesNow = room.notesMm().stream().mapToDouble(Double::doubleValue).sum();
        return fixedLines > 0 || questions == 0 ? fixedLines
                : Math.min(MIN_LINES, linesFitting(free(room), notesNow, questions));
    }

    // The space to share: the blank at the foot of the page and the evidence space above the least (less what a
    // dense sheet's evidence lacks of it), less a margin.
    private static double free(SheetRoom room) {
        double spare = room.evidenceMm().stream().mapToDouble(mm -> mm - EVIDENCE_MIN_MM).sum();
        return room.freeMm() + spare - MARGIN_MM;
    }

    // The most ruled lines per question the free space holds, 0 when not even one more than drawn.
    private static int linesFitting(double free, double notesNow, int questions) {
        int lines = 0;
        while (lines < 60 && cost(lines + 1, notesNow, questions) <= free) {
            lines++;
        }
        return lines;
    }

    // What giving every question this many lines takes from the free space (negative when it gives some back).
    private static double cost(int lines, double notesNow, int questions) {
        return questions * lines * SheetDrawing.LINE_MM - notesNow;
    }
}
