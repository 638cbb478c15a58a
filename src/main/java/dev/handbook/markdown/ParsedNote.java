package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.wikilink.WikiLink;
import dev.handbook.vault.Note;
import java.util.List;
import java.util.Map;

/**
 * A note with its Markdown parsed: the syntax tree, its headings, block ids, links and inline tags.
 *
 * <p>After the links stage has resolved the links, the tree is only read, so pages may be
 * rendered from it on several threads.
 *
 * @param headings the headings in order, with their anchor ids
 * @param headingNodes the heading nodes, in the same order as {@code headings}
 * @param blocks the blocks carrying a {@code ^block-id}, by id (without the caret)
 * @param links every wiki-link and embed, in order
 * @param inlineTags the {@code #tags} written in the body, in order, without duplicates
 */
public record ParsedNote(Note note, Document document, List<Heading> headings,
                         List<com.vladsch.flexmark.ast.Heading> headingNodes, Map<String, Node> blocks,
                         List<WikiLink> links, List<String> inlineTags) {

    /** True when the note began with an H1 repeating its title, which the page shows as its title instead. */
    public boolean hasTitleHeading() {
        return document.get(MarkdownEngine.TITLE_HEADING);
    }

    /** The 1-based line in the note's file of a character offset in its body. */
    public int line(int offset) {
        return note.bodyLine() + MarkdownEngine.LINES.get(document).line(offset);
    }

    /** The 1-based column in its line of a character offset in the note's body. */
    public int column(int offset) {
        return MarkdownEngine.LINES.get(document).column(offset);
    }
}
