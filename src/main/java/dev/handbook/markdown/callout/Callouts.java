package dev.handbook.markdown.callout;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.Sequences;
import java.util.regex.Pattern;

/**
 * Obsidian's callout marker, the {@code [!type]} that opens a quote ({@code > [!tip]- Title}), as it stands in
 * the parsed tree: the marker and its fold sign are markup, not text.
 */
public final class Callouts {

    private static final Pattern MARKER = Pattern.compile("\\[![\\w-]+\\]");

    private Callouts() {
    }

    /** True for the {@code [!tip]} that opens a callout: flexmark reads it as a reference link. */
    public static boolean isMarker(Node node) {
        return node instanceof LinkRef && node.getPrevious() == null && node.getParent() instanceof Paragraph paragraph
                && paragraph.getPrevious() == null && paragraph.getParent() instanceof BlockQuote
                && MARKER.matcher(node.getChars()).matches();
    }

    /**
     * A text node's text, less the fold sign ({@code +} or {@code -}) when it follows a callout marker, as in
     * {@code [!faq]- Title}.
     */
    public static String afterMarker(Node text) {
        String chars = Sequences.unescape(text.getChars());
        if (isMarker(text.getPrevious()) && (chars.startsWith("+") || chars.startsWith("-"))) {
            return chars.substring(1);
        }
        return chars;
    }
}
