package dev.handbook.vault;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One Markdown note of the vault, its front matter normalised across dialects.
 *
 * @param source the file on disk
 * @param path the path inside the content folder, with forward slashes ({@code stages/Loop.md})
 * @param displayPath the path relative to the config folder, used in diagnostics
 * @param name the file name without {@code .md}, as wiki-links name it
 * @param title from front matter {@code title}, else the first {@code # H1}, else the file name
 * @param titleFromHeading true when the title came from the body's first H1 (so pages do not repeat it)
 * @param created from {@code date} or {@code created}; null when absent
 * @param updated from {@code modified}, {@code lastmod} or {@code updated}; null when absent
 * @param hidden true for drafts and unpublished notes
 * @param order sort key from {@code order} or {@code weight}; null when absent
 * @param type the {@code type} front matter key in lower case ({@code role}, {@code stage}...), or empty
 * @param frontMatter the raw front matter map, for templates
 * @param keyLines the file line of each top-level front matter key and list entry ({@code loop[2]}), for
 *     diagnostics
 * @param body the Markdown after the front matter, with {@code \n} line ends
 * @param bodyLine the 1-based line of the file on which the body starts
 * @param url the page's address relative to the site root, ending in {@code /} (empty for the home page)
 */
public record Note(
        Path source,
        String path,
        String displayPath,
        String name,
        String title,
        boolean titleFromHeading,
        List<String> aliases,
        List<String> tags,
        LocalDate created,
        LocalDate updated,
        boolean hidden,
        Integer order,
        String type,
        Map<String, Object> frontMatter,
        Map<String, Integer> keyLines,
        String body,
        int bodyLine,
        String url) {

    /** The same note published at another address. */
    public Note atUrl(String otherUrl) {
        return new Note(source, path, displayPath, name, title, titleFromHeading, aliases, tags, created, updated, hidden,
                order, type, frontMatter, keyLines, body, bodyLine, otherUrl);
    }

    /** The folder of the note inside the content folder, with forward slashes, or empty at the root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file line of a front matter key, or 1 (the file's start) when the note has no such key. */
    public int keyLine(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    /** The file line of an entry of a front matter list ({@code loop:}'s third stage), or else of its key. */
    public int keyLine(String key, int entry) {
        Integer line = keyLines.get(key + "[" + entry + "]");
        return line != null ? line : keyLine(key);
    }

    /** True for a folder's {@code index.md}, which becomes the folder's own page. */
    public boolean isFolderIndex() {
        return name.equalsIgnoreCase("index");
    }
}
