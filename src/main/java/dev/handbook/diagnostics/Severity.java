package dev.handbook.diagnostics;

/** How bad a diagnostic is: warnings never fail a build, errors always do. */
public enum Severity {
    WARNING, ERROR;

    /** The lower-case word printed in a diagnostic line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
