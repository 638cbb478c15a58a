package dev.handbook.output;

import dev.handbook.site.PageModel;
import java.util.List;
import java.util.Locale;

/**
 * How a stage sheet is drawn: at a density the theme's scorecard template knows, with or without its rubric,
 * and with the writing space the build measured for it (ruled lines per question, evidence height).
 *
 * @param density the template's density, such as {@code normal} or {@code dense}
 * @param rubric false to leave the rubric to the whole-loop sheet; null to let the template decide
 * @param lines ruled lines per question; 0 to keep the density's own note space
 * @param evidenceTenths the height of each competency's evidence space in tenths of a millimetre; 0 to keep
 *     the density's own
 */
public record SheetDrawing(String density, Boolean rubric, int lines, int evidenceTenths) {

    /** The space between two ruled lines for notes; the theme's {@code .rule} height says the same. */
    static final double LINE_MM = 6.5;

    /** A drawing at a density, as the template would draw it. */
    public static SheetDrawing at(String density) {
        return new SheetDrawing(density, null, 0, 0);
    }

    /** Whether only the density is set, as the template would draw the sheet by itself. */
    boolean plain() {
        return rubric == null && lines == 0 && evidenceTenths == 0;
    }

    SheetDrawing withoutRubric() {
        return new SheetDrawing(density, false, lines, evidenceTenths);
    }

    SheetDrawing filled(int noteLines, int evidence) {
        return new SheetDrawing(density, rubric, noteLines, evidence);
    }

    /** A sheet drawn this way: at this {@code density}, with {@code rubric} and {@code fill} when set. */
    public PageModel.ScorecardSheet applyTo(PageModel.ScorecardSheet sheet) {
        if (lines == 0 && evidenceTenths == 0) {
            return sheet.drawnAs(density, rubric, null);
        }
        String evidence = evidenceTenths == 0 ? "" : String.format(Locale.ROOT, "%.1fmm", evidenceTenths / 10.0);
        return sheet.drawnAs(density, rubric, new PageModel.ScorecardSheet.Fill(lines, evidence));
    }

    /** The drawing as one word list for the list of what PDFs were made from: {@code normal -rubric lines=3 evidence=125}. */
    String token() {
        StringBuilder token = new StringBuilder(density);
        if (Boolean.FALSE.equals(rubric)) {
            token.append(" -rubric");
        }
        if (lines > 0) {
            token.append(" lines=").append(lines);
        }
        if (evidenceTenths > 0) {
            token.append(" evidence=").append(evidenceTenths);
        }
        return token.toString();
    }

    /** A drawing read back from its token, or null when the token is not one {@link #token()} writes. */
    static SheetDrawing parse(String token) {
        List<String> words = List.of(token.split(" ", -1));
        if (words.get(0).isEmpty()) {
            return null;
        }
        Boolean rubric = null;
        int lines = 0;
        int evidence = 0;
        for (String word : words.subList(1, words.size())) {
            if (word.equals("-rubric") && rubric == null) {
                rubric = false;
            } else if (word.matches("lines=[1-9][0-9]?") && lines == 0) {
                lines = Integer.parseInt(word.substring(6));
            } else if (word.matches("evidence=[1-9][0-9]{0,3}") && evidence == 0) {
                evidence = Integer.parseInt(word.substring(9));
            } else {
                return null;
            }
        }
        return new SheetDrawing(words.get(0), rubric, lines, evidence);
    }
}
