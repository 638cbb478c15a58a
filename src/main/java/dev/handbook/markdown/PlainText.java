package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.handbook.markdown.callout.Callouts;
import dev.handbook.markdown.image.ImageSizes;
import dev.handbook.markdown.tag.InlineTag;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The text of a node without its markup, as a reader sees it: a wiki-link reads as the text it shows, a tag as
 * {@code #tag}, an entity as its character, an image as its description, a callout's {@code [!type]} as nothing.
 * flexmark's own text collector knows nothing of wiki-links, tags and callouts. Plain text (titles, headings,
 * questions, the search index) and the sentences around links read nodes alike; only what parts blocks differs.
 */
public final class PlainText {

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    // Where each link's shown text starts and ends, for the sentences around links; null for plain text.
    private final Map<Node, int[]> spans;

    private PlainText(int limit, Map<Node, int[]> spans) {
        this.limit = limit;
        this.spans = spans;
    }

    /** The text of a node without markup, for titles, headings, backlinks and the search index. */
    public static String of(Node node) {
        return of(node, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} characters of a node's text without markup, whitespace collapsed: the search
     * index keeps the opening of each note, not all of it.
     */
    public static String of(Node node, int limit) {
        String collected = collected(node, limit).trim();
        if (collected.length() <= limit) {
            return collected;
        }
        // Collection stops between nodes, and one paragraph's text can be any length. An emoji is not halved.
        return collected.substring(0, Character.isHighSurrogate(collected.charAt(limit - 1)) ? limit - 1 : limit);
    }

    /**
     * A block's text and where the text each of its links shows starts and ends in it, to find the sentence
     * around a link. Whitespace stays as written (the sentence's ends are searched within a number of
     * characters of the link); table cells are parted by {@code " · "}, a callout's title line ends as a
     * sentence does, and a list item's paragraphs are parted by a space.
     */
    public static WithLinks withLinks(Node block) {
        PlainText collector = new PlainText(Integer.MAX_VALUE, new IdentityHashMap<>());
        collector.collect(block);
        return new WithLinks(collector.text.toString(), collector.spans);
    }

    /**
     * A block's text with where each link's shown text starts and ends in it.
     *
     * @param spans by link node (a wiki-link, a Markdown link or image): its start and end in {@code text}
     */
    public record WithLinks(String text, Map<Node, int[]> spans) {
    }

    // A node's text, whitespace collapsed, not trimmed; collection stops soon after the limit.
    private static String collected(Node node, int limit) {
        PlainText collector = new PlainText(limit, null);
        collector.collect(node);
        return collector.text.toString();
    }

    private void collect(Node node) {
        // Two characters of slack: the trim at the end may take a space from each end.
        if (text.length() - 2 > limit) {
            return;
        }
        if (Callouts.isMarker(node) || node instanceof TableSeparator) {
            return; // "[!tip]" and a table's |---| row are markup, not text
        }
        int start = text.length();
        CharSequence read = read(node);
        if (read != null) {
            append(read);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            append(spans != null && endsCalloutTitle(node) ? ". " : " ");
        } else {
            if (spans != null && node instanceof TableCell && node.getPrevious() != null) {
                append(" · ");
            } else if (spans != null && node instanceof Paragraph && !text.isEmpty()) {
                append(" "); // the second paragraph of a list item
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collect(child);
            }
            if (spans == null && (node instanceof Block || node instanceof TableCell)) {
                append(" ");
            }
        }
        if (spans != null && (node instanceof WikiLink || node instanceof LinkNodeBase)) {
            spans.put(node, new int[] {start, text.length()});
        }
    }

    // What a node reads as when it is read whole rather than through its children, or null.
    private static CharSequence read(Node node) {
        if (node instanceof WikiLink link) {
            return link.defaultText(); // the text the link shows, whatever its children
        } else if (node instanceof InlineTag tag) {
            return "#" + tag.tag();
        } else if (node instanceof Text) {
            return Callouts.afterMarker(node);
        } else if (node instanceof Code code) {
            return code.getText();
        } else if (node instanceof HtmlEntity entity) {
            // "&lt;role&gt;" reads "<role>": an entity is text written another way.
            return Escaping.unescapeString(entity.getChars().toString());
        } else if (node instanceof AutoLink || node instanceof DelimitedLinkNode && !node.hasChildren()) {
            return ((DelimitedLinkNode) node).getText(); // <https://…>, and <name@example.com>
        } else if (node instanceof Image || node instanceof ImageRef) {
            // Obsidian's size at the end of an image's description is not text: ![Loop|300](…) reads "Loop".
            PlainText description = new PlainText(Integer.MAX_VALUE, null);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                description.collect(child);
            }
            return ImageSizes.withoutSize(description.text.toString());
        } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            return ""; // raw HTML is markup
        }
        return null;
    }

    private void append(CharSequence chars) {
        if (spans == null) {
            appendCollapsed(text, chars);
        } else {
            text.append(chars);
        }
    }

    // A callout's title line ends like a sentence, so the sentence around a link in its body starts after it.
    private boolean endsCalloutTitle(Node lineBreak) {
        return Callouts.isMarker(lineBreak.getParent().getFirstChild()) && isFirstBreak(lineBreak)
                && !text.isEmpty() && ".?!:".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    // Each break looks back only to the break before it, so a paragraph's breaks are read once in all.
    private static boolean isFirstBreak(Node lineBreak) {
        for (Node before = lineBreak.getPrevious(); before != null; before = before.getPrevious()) {
            if (before instanceof SoftLineBreak || before instanceof HardLineBreak) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends with every run of whitespace (as the regex {@code \s} matches it) written as one space. The text
     * between spaces goes in whole: a character at a time would be most of the cost of collecting a note's text.
     */
    public static void appendCollapsed(StringBuilder text, CharSequence chars) {
        String s = Sequences.string(chars);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
                text.append(s, start, i);
                if (text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                start = i + 1;
            }
        }
        text.append(s, start, s.length());
    }
}
