package dev.handbook.links;

import dev.handbook.vault.Note;

/** A note that links to another, with the sentence around the link. */
public record Backlink(Note source, String context) {
}
