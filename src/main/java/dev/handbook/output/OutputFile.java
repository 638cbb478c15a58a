package dev.handbook.output;

import java.nio.file.Path;

/**
 * A file of the built site: either bytes produced by the build or a file copied as it is.
 *
 * @param path the path inside the output folder, with forward slashes
 */
public record OutputFile(String path, byte[] bytes, Path copyOf) {

    /** A file with generated content. */
    public static OutputFile of(String path, byte[] bytes) {
        return new OutputFile(path, bytes, null);
    }

    /** A file copied from disk (a vault attachment or a theme asset). */
    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }
}
