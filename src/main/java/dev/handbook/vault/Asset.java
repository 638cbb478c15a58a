package dev.handbook.vault;

import java.nio.file.Path;

/**
 * A non-Markdown file of the vault (image, PDF, CSV) copied to the site at the same relative path.
 *
 * @param path the path inside the content folder, with forward slashes
 * @param displayPath the path relative to the config folder, used in diagnostics
 */
public record Asset(Path source, String path, String displayPath) {

    /** The file name, as wiki-links to attachments name it. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
