package dev.handbook.site;

import dev.handbook.vault.Asset;
import java.util.List;

/**
 * The whole handbook as pages, the navigation tree and the files to copy, before rendering.
 *
 * @param pages every page, sorted by address
 * @param sidebar the sidebar of the pages that have none of their own: the whole navigation tree, or in a big
 *     handbook its top level
 * @param assets vault files copied as they are
 */
public record Site(List<Page> pages, Sidebar sidebar, List<Asset> assets) {
}
