package dev.handbook.interview;

import dev.handbook.vault.Note;
import java.util.List;
import java.util.Locale;

/**
 * A quality the loop assesses, such as System Design, with what each score looks like.
 *
 * @param note the competency's own note, or null for a competency named only in a role
 * @param levels what each score (0 upwards) looks like; empty when the note gives none
 */
public record Competency(String name, Note note, String description, List<String> levels) {

    /** A stable key: the name in lower case. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The competency's page, or empty when it has no note. */
    public String url() {
        return note == null ? "" : note.url();
    }
}
