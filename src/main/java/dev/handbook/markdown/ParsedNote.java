package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.handbook.vault.Note;
import java.util.List;

/**
 * A note with its Markdown parsed: the syntax tree, its headings and its block ids.
 *
 * <p>The tree is only read after parsing, so pages may be rendered from it on several threads.
 */
public record ParsedNote(Note note, Document document, List<Heading> headings) {

    /** The 1-based line in the note's file of a character offset in its body. */
    public int line(int offset) {
        return note.bodyLine() + document.getLineNumber(offset);
    }

    /** The 1-based column in its line of a character offset in the note's body. */
    public int column(int offset) {
        int lineStart = document.getChars().lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return offset - lineStart + 1;
    }
}
