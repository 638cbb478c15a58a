package dev.handbook.output;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf and PDFBox off the console. The library logs through one JVM-wide logger that prints every step
 * at INFO; this one prints nothing, and the renderer hands each document's warnings to the build's
 * diagnostics instead.
 */
final class PdfLog implements XRLogger {

    // PDFBox logs through java.util.logging ("Using fallback font…", "widget of field … has no rectangle"): notes
    // about its own work that nobody building a handbook can act on. Held here, as the logging system keeps loggers
    // only weakly and a collected one would forget its level.
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private PdfLog() {
    }

    /** Installs the silent logger, once per JVM; later calls change nothing. */
    static synchronized void silence() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
        PDFBOX.setLevel(java.util.logging.Level.OFF);
    }

    @Override
    public void log(String where, Level level, String message) {
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
