package dev.handbook.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** The one thread-safe sink every stage reports problems into; the build decides at the end. */
public final class Diagnostics {

    private final List<Diagnostic> reported = new ArrayList<>();

    /** Reports a problem at a position in a file. */
    public void report(Severity severity, String file, int line, int column, String message) {
        Diagnostic diagnostic = new Diagnostic(file == null ? "" : file, line, column, severity, message);
        synchronized (reported) {
            reported.add(diagnostic);
        }
    }

    /** Reports an error at a position in a file. */
    public void error(String file, int line, int column, String message) {
        report(Severity.ERROR, file, line, column, message);
    }

    /** Reports a warning at a position in a file. */
    public void warning(String file, int line, int column, String message) {
        report(Severity.WARNING, file, line, column, message);
    }

    /** All diagnostics so far, in a stable order, duplicates removed. */
    public List<Diagnostic> sorted() {
        synchronized (reported) {
            return reported.stream().distinct().sorted(Diagnostic.ORDER).toList();
        }
    }

    /** How many distinct diagnostics of the given severity were reported. */
    public long count(Severity severity) {
        return sorted().stream().filter(d -> d.severity() == severity).count();
    }

    /** True when at least one error was reported. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
