package dev.handbook.links;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.InlineTag;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.WikiLink;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The sentence around each link of one note, taken from the text of the paragraph, list item or heading that
 * holds it; each block's text is collected once, however many links it holds.
 */
final class LinkContexts {

    /** How far from a link the search for its sentence's ends goes: the context shown is 240 characters at most. */
    static final int REACH = 400;

    // A block's text in reading order, and where each link's own text starts and ends in it.
    private record BlockText(String text, Map<Node, int[]> spans) {
    }

    private final Map<Node, BlockText> blocks = new IdentityHashMap<>();
    private long charsRead;

    /** Characters collected and searched so far, which grows with the note, not with links times paragraph. */
    long charsRead() {
        return charsRead;
    }

    /** The sentence around a link. */
    String of(Node link) {
        Node block = link.getParent();
        while (block != null && !(block instanceof Paragraph) && !(block instanceof com.vladsch.flexmark.ast.Heading)
                && !(block instanceof Block) && !(block instanceof TableRow)) {
            block = block.getParent();
        }
        if (block instanceof Paragraph && block.getParent() instanceof ListItem) {
            block = block.getParent();
        }
        if (block == null) {
            return "";
        }
        // 10,000 links in one paragraph each collected the whole paragraph: 62 s in the links stage.
        BlockText collected = blocks.computeIfAbsent(block, this::collect);
        String text = collected.text();
        int[] span = collected.spans().get(link);
        if (span == null) {
            return shorten(MarkdownEngine.plainText(block), 0);
        }
        int start = span[0];
        int reachBack = Math.max(0, span[0] - REACH);
        while (start > reachBack && !(isSentenceEnd(text.charAt(start - 1)) && start < text.length()
                && Character.isWhitespace(text.charAt(start)))) {
            start--;
        }
        int end = span[1];
        int reachOn = Math.min(text.length(), span[1] + REACH);
        while (end < reachOn && !(isSentenceEnd(text.charAt(end))
                && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        charsRead += (span[0] - start) + (end - span[1]) + (span[1] - span[0]);
        return shorten(text.substring(start, Math.min(end + 1, text.length())), span[0] - start);
    }

    private BlockText collect(Node block) {
        StringBuilder text = new StringBuilder();
        Map<Node, int[]> spans = new IdentityHashMap<>();
        collectText(block, text, spans);
        charsRead += text.length();
        return new BlockText(text.toString(), spans);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    // The block's plain text in reading order; spans get where each link's own text starts and ends.
    private static void collectText(Node node, StringBuilder text, Map<Node, int[]> spans) {
        if (MarkdownEngine.isCalloutMarker(node)) {
            return;
        }
        boolean link = node instanceof WikiLink || node instanceof LinkNodeBase;
        int linkStart = text.length();
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            // A callout's title line ends like a sentence, so the context starts after it.
            boolean titleEnds = MarkdownEngine.isCalloutMarker(node.getParent().getFirstChild()) && isFirstBreak(node)
                    && !text.isEmpty() && ".?!:".indexOf(text.charAt(text.length() - 1)) < 0;
            text.append(titleEnds ? ". " : " ");
        } else if (node instanceof TableCell && node.getPrevious() != null) {
            text.append(" · ");
        } else if (node instanceof Text) {
            text.append(MarkdownEngine.afterCalloutMarker(node));
        } else if (!node.hasChildren() && node instanceof Code code) {
            text.append(code.getText());
        } else if (!node.hasChildren() && node instanceof DelimitedLinkNode autolink) {
            text.append(autolink.getText());
        } else if (node instanceof WikiLink wikiLink) {
            text.append(wikiLink.defaultText()); // the text the link shows, whatever its children
        } else if (node instanceof InlineTag tag) {
            text.append('#').append(tag.tag());
        } else if (node instanceof Paragraph && text.length() > 0) {
            text.append(' '); // the second paragraph of a list item
        }
        boolean leaf = node instanceof Text || node instanceof WikiLink;
        for (Node child = node.getFirstChild(); child != null && !leaf; child = child.getNext()) {
            collectText(child, text, spans);
        }
        if (link) {
            spans.put(node, new int[] {linkStart, text.length()});
        }
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

    // Spaces folded; a long sentence is cut to a window that still shows the link.
    private static String shorten(String sentence, int linkAt) {
        StringBuilder folded = new StringBuilder(sentence.length());
        MarkdownEngine.appendCollapsed(folded, sentence);
        String text = folded.toString().trim();
        if (text.length() <= 240) {
            return text;
        }
        int from = Math.max(0, Math.min(linkAt - 100, text.length() - 237));
        String window = text.substring(from, Math.min(text.length(), from + 237)).trim();
        return (from > 0 ? "…" : "") + window + (from + 237 < text.length() ? "…" : "");
    }
}
