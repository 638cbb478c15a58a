package dev.handbook.diagnostics;

import java.util.Comparator;

/**
 * One problem found in the input, located the way compilers do it.
 *
 * @param file path relative to the config folder, with forward slashes; empty when no file applies
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    /** Orders diagnostics by file, then position, so output is the same from run to run. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** Formats as {@code path:line:col: severity: message}, dropping the parts that are unknown. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(printable(file));
            if (line > 0) {
                out.append(':').append(line).append(':').append(Math.max(column, 1));
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(printable(message)).toString();
    }

    // One diagnostic is one line: a line break quoted from a note ("[[x&#10;notes/other.md:1:1: error: ...]]")
    // would print a second, forged diagnostic that a CI annotator pins on another file.
    private static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04X", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
