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
            out.append(file);
            if (line > 0) {
                out.append(':').append(line).append(':').append(Math.max(column, 1));
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
