package dev.handbook.site;

import dev.handbook.links.Backlink;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.vault.Note;
import java.util.List;

/**
 * A note as the site sees it: parsed, rendered to HTML whose internal links start with the root token,
 * with the notes that link to it and all its tags (front matter and inline).
 */
public record NoteContent(ParsedNote parsed, String html, List<Backlink> backlinks, List<String> tags) {

    /** The note itself. */
    public Note note() {
        return parsed.note();
    }
}
