package dev.handbook.serve;

import java.util.Map;

/**
 * One built site held in memory, as the preview server serves it.
 *
 * @param files the site's files by path (no leading slash)
 * @param version a number that grows with every build, so pages can tell a new site from the one they show
 */
public record SiteSnapshot(Map<String, byte[]> files, long version) {
}
