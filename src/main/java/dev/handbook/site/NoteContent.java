package dev.handbook.site;

import dev.handbook.markdown.ParsedNote;
import dev.handbook.vault.Note;

/**
 * A note as the site sees it: parsed, and rendered to HTML whose internal links start with the root token.
 */
public record NoteContent(ParsedNote parsed, String html) {

    /** The note itself. */
    public Note note() {
        return parsed.note();
    }
}
