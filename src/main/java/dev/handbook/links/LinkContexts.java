package dev.handbook.links;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.PlainText;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The sentence around each link of one note, taken from the text of the paragraph, list item or heading that
 * holds it; each block's text is collected once, however many links it holds.
 */
final class LinkContexts {

    /** How far from a link the search for its sentence's ends goes: the context shown is 240 characters at most. */
    static final int REACH = 400;

    private final Map<Node, PlainText.WithLinks> blocks = new IdentityHashMap<>();
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
        // Once per block: collecting the paragraph again for each of 10,000 links in it takes a minute.
        PlainText.WithLinks collected = blocks.computeIfAbsent(block, this::collect);
        String text = collected.text();
        int[] span = collected.spans().get(link);
        if (span == null) {
            return shorten(PlainText.of(block), 0);
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

    private PlainText.WithLinks collect(Node block) {
        PlainText.WithLinks collected = PlainText.withLinks(block);
        charsRead += collected.text().length();
        return collected;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    // Spaces folded; a long sentence is cut to a window that still shows the link.
    private static String shorten(String sentence, int linkAt) {
        StringBuilder folded = new StringBuilder(sentence.length());
        PlainText.appendCollapsed(folded, sentence);
        String text = folded.toString().trim();
        if (text.length() <= 240) {
            return text;
        }
        int from = Math.max(0, Math.min(linkAt - 100, text.length() - 237));
        String window = text.substring(from, Math.min(text.length(), from + 237)).trim();
        return (from > 0 ? "…" : "") + window + (from + 237 < text.length() ? "…" : "");
    }
}
