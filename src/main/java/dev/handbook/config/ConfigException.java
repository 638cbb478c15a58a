package dev.handbook.config;

/** A configuration problem that stops the build before any content is read (exit code 2). */
public final class ConfigException extends Exception {

    /** Creates the exception with a message already fit for the user. */
    public ConfigException(String message) {
        super(message);
    }
}
