package dev.handbook.site;

import java.util.List;

/**
 * The navigation tree a page shows in its sidebar. The pages of one folder show the same tree, so it is drawn
 * once for them all and each page only marks its own link; a tree cut around one page is that page's alone.
 *
 * @param entries the tree's top level, in reading order
 * @param shared true when other pages show the same tree, so drawing it once pays
 */
public record Sidebar(List<NavEntry> entries, boolean shared) {
}
