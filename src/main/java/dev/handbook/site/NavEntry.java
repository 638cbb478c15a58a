package dev.handbook.site;

import java.util.List;

/**
 * An entry of the navigation tree: a folder with its pages and sub-folders, or a single page.
 *
 * @param url the page address relative to the site root
 * @param children the entries under a folder, in reading order; empty for a page
 */
public record NavEntry(String title, String url, List<NavEntry> children) {

    /** True when the entry is a folder. */
    public boolean isFolder() {
        return !children.isEmpty();
    }
}
