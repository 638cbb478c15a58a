package dev.handbook.markdown.embed;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.embed.internal.EmbedRenderer;
import dev.handbook.markdown.wikilink.Attachments;
import dev.handbook.markdown.wikilink.WikiLink;

/**
 * Note embeds as the engine sees them: lifted out of their paragraphs into {@link EmbedBlock}s when a note is parsed,
 * and drawn within one budget per page.
 */
public final class Embeds {

    /** How many embeds deep a page draws: an embed within an embed within… stops there. */
    public static final int MAX_EMBED_DEPTH = 4;

    /**
     * How much embedded Markdown one page may draw, in characters, each embed counting at least
     * {@link #EMBED_COST}: far beyond any real page. Without it, seven notes each embedding the next 25 times
     * (32 KB of Markdown) draw millions of embeds and run out of a 2 GB heap.
     */
    public static final int MAX_EMBEDDED_CHARS = 1_000_000;

    /** What each embed counts for in the budget besides its Markdown, so a fan-out of empty embeds is bounded too. */
    public static final int EMBED_COST = 100;

    private Embeds() {
    }

    /** Starts a page's embed budget on this thread, before the page is drawn. */
    public static void startPage() {
        EmbedRenderer.startPage();
    }

    /** The page's own embed under which the page's embeds passed the budget, or null. */
    public static WikiLink overBudget() {
        return EmbedRenderer.overBudget();
    }

    /**
     * True while another note's part is being drawn into the page: its headings, block ids and questions keep
     * their anchors on their own page, since the same id twice on one page sends a link to the first of them
     * (an embedded "Scoring" heading would take [[Page#Scoring]] away from the page's own).
     */
    public static boolean drawingEmbed() {
        return EmbedRenderer.drawingEmbed();
    }

    /**
     * Makes a paragraph that holds only a note embed an embed block (a {@code <div>} may not sit in a {@code <p>})
     * and returns it. A paragraph where a note embed has a line of its own among other lines ("Lead-in:" then
     * {@code ![[Rubric]]}, or a callout's title line then its embed) is cut around that line, as Obsidian shows the
     * note there too; null is returned then, and for a paragraph with no note embed.
     */
    public static Node lift(Paragraph paragraph) {
        if (paragraph.getParent() == null) {
            return null;
        }
        WikiLink only = embedAlone(paragraph.getFirstChild(), null);
        if (only != null) {
            EmbedBlock block = new EmbedBlock(paragraph.getChars());
            paragraph.insertBefore(block);
            block.appendChild(only);
            paragraph.unlink();
            return block;
        }
        Node lineStart = paragraph.getFirstChild();
        Paragraph rest = paragraph;
        while (lineStart != null) {
            Node lineEnd = lineStart;
            while (lineEnd.getNext() != null && !isLineBreak(lineEnd)) {
                lineEnd = lineEnd.getNext();
            }
            Node nextLine = lineEnd.getNext();
            WikiLink embed = embedAlone(lineStart, isLineBreak(lineEnd) ? lineEnd : null);
            if (embed != null) {
                rest = cutAround(rest, lineStart, lineEnd, embed);
            }
            lineStart = nextLine;
        }
        return null;
    }

    // The note embed that is the only thing from this node to the line break (null for the paragraph's end).
    private static WikiLink embedAlone(Node from, Node lineBreak) {
        WikiLink only = null;
        for (Node child = from; child != null && child != lineBreak; child = child.getNext()) {
            boolean blank = child instanceof com.vladsch.flexmark.ast.Text && child.getChars().isBlank();
            if (!blank && !(child instanceof SoftLineBreak)) {
                if (only != null || !(child instanceof WikiLink link)) {
                    return null;
                }
                only = link;
            }
        }
        return only != null && isNoteEmbed(only) ? only : null;
    }

    /**
     * True for {@code ![[Note]]} rather than {@code ![[picture.png]]}: an image sits in its line, a note is drawn as
     * a block of its own.
     */
    public static boolean isNoteEmbed(WikiLink link) {
        return link.isEmbed() && !Attachments.isAttachment(link.target());
    }

    private static boolean isLineBreak(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    // Moves the lines after the embed's line into a new paragraph after an embed block, drops the embed's line
    // from the paragraph (and the paragraph, if nothing is left in it), and returns the paragraph of the rest.
    private static Paragraph cutAround(Paragraph paragraph, Node lineStart, Node lineEnd, WikiLink embed) {
        Paragraph after = null;
        if (isLineBreak(lineEnd) && lineEnd.getNext() != null) {
            Node first = lineEnd.getNext();
            after = new Paragraph(paragraph.getChars().baseSubSequence(first.getStartOffset(),
                    paragraph.getEndOffset()));
            for (Node node = first; node != null; ) {
                Node next = node.getNext();
                after.appendChild(node);
                node = next;
            }
        }
        EmbedBlock block = new EmbedBlock(embed.getChars());
        paragraph.insertAfter(block);
        if (after != null) {
            block.insertAfter(after);
        }
        // The line break before the embed's line goes too: the paragraph now ends where that line began.
        Node before = lineStart.getPrevious();
        for (Node node = lineStart; node != null; ) {
            Node next = node.getNext();
            if (node == embed) {
                block.appendChild(embed);
            } else {
                node.unlink();
            }
            node = next;
        }
        if (before != null && isLineBreak(before)) {
            before.unlink();
        }
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink();
        }
        return after;
    }
}
