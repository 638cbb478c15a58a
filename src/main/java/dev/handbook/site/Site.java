package dev.handbook.site;

import dev.handbook.vault.Asset;
import java.util.List;

/**
 * The whole handbook as pages, the navigation tree and the files to copy, before rendering.
 *
 * @param pages every page, sorted by address
 * @param navigation the top of the navigation tree, in reading order
 * @param assets vault files copied as they are
 */
public record Site(List<Page> pages, List<NavEntry> navigation, List<Asset> assets) {
}
