package dev.handbook.links;

import java.util.List;

/**
 * A note that links point to but that does not exist yet: a wiki's wanted page.
 *
 * @param name the target as first written
 * @param referrers the notes that link there, with the sentence around each link
 */
public record MissingNote(String name, List<Backlink> referrers) {
}
