package dev.handbook.site;

import java.util.List;

/**
 * An entry of the navigation tree: a folder with its pages and sub-folders, a single page, or a link standing
 * for the entries of a long folder that a sidebar leaves out.
 *
 * @param url the page address relative to the site root
 * @param children the entries under a folder, in reading order; empty for a page
 * @param more true for a link to the folder page that lists the entries left out around it
 */
public record NavEntry(String title, String url, List<NavEntry> children, boolean more) {

    /** A folder or a page. */
    public NavEntry(String title, String url, List<NavEntry> children) {
        this(title, url, children, false);
    }

    /** The link that stands for {@code count} entries of a folder left out of a sidebar. */
    static NavEntry more(int count, String folderUrl) {
        return new NavEntry("… " + count + " more", folderUrl, List.of(), true);
    }

    /** True when the entry is a folder. */
    public boolean isFolder() {
        return !children.isEmpty();
    }
}
