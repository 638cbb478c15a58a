package dev.handbook.markdown.anchor;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.Sequences;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Obsidian block ids: {@code ^id} at the end of a paragraph or list item, or alone on the line
 * after a block (a table, a list), which then names that block.
 */
public final class BlockIds {

    private static final Pattern TRAILING = Pattern.compile("(?:^|[ \\t])\\^([A-Za-z0-9-]+)[ \\t]*$");
    private static final Pattern ALONE = Pattern.compile("^\\^([A-Za-z0-9-]+)$");

    private BlockIds() {
    }

    /** The anchor id of a block id in the page: the caret kept, as Obsidian's own links write it. */
    static String anchor(String id) {
        return "^" + id;
    }

    /**
     * Takes the block id off a paragraph, if it has one, and records the block it names: in {@code blocks} by its
     * id in lower case, and in {@code anchors} with the anchor it is drawn with.
     */
    public static void take(Paragraph paragraph, Map<String, Node> blocks, Map<Node, String> anchors) {
        Node last = paragraph.getLastChild();
        if (!(last instanceof Text text)) {
            takeBeforeContinuation(paragraph, blocks, anchors);
            return;
        }
        String chars = Sequences.string(text.getChars());
        if (chars.indexOf('^') < 0) {
            return; // every block id starts with one
        }
        if (paragraph.getFirstChild() == last) {
            Matcher alone = ALONE.matcher(chars.trim());
            Node previous = paragraph.getPrevious();
            if (alone.matches() && previous != null) {
                record(alone.group(1), previous, blocks, anchors);
                paragraph.unlink();
                return;
            }
        }
        Matcher trailing = TRAILING.matcher(chars);
        if (!trailing.find()) {
            takeBeforeContinuation(paragraph, blocks, anchors);
            return;
        }
        text.setChars(text.getChars().subSequence(0, trailing.start()));
        Node block = paragraph.getParent() instanceof ListItem item ? item : paragraph;
        record(trailing.group(1), block, blocks, anchors);
    }

    // "…press enter. ^8cdfd9" followed by an indented line that Markdown runs on into the same paragraph (an
    // embed, a note): the id ends its line rather than the paragraph, and still names the paragraph.
    private static void takeBeforeContinuation(Paragraph paragraph, Map<String, Node> blocks, Map<Node, String> anchors) {
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text && (node.getNext() instanceof SoftLineBreak || node.getNext() instanceof HardLineBreak)
                    && text.getChars().indexOf('^') >= 0) {
                Matcher trailing = TRAILING.matcher(Sequences.string(text.getChars()));
                if (trailing.find()) {
                    text.setChars(text.getChars().subSequence(0, trailing.start()));
                    record(trailing.group(1), paragraph.getParent() instanceof ListItem item ? item : paragraph, blocks,
                            anchors);
                    return;
                }
            }
        }
    }

    private static void record(String id, Node block, Map<String, Node> blocks, Map<Node, String> anchors) {
        blocks.putIfAbsent(id.toLowerCase(java.util.Locale.ROOT), block);
        anchors.putIfAbsent(block, anchor(id.toLowerCase(java.util.Locale.ROOT)));
    }
}
