package dev.handbook.interview;

import dev.handbook.vault.Note;

/**
 * Where a question is written: the note and the anchor of its list item, heading or paragraph.
 *
 * @param line the 1-based line in the note's file
 */
public record QuestionSource(Note note, String anchor, int line) {

    /** The address of the question on its page, relative to the site root. */
    public String url() {
        return anchor.isEmpty() ? note.url() : note.url() + "#" + anchor;
    }
}
