package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** What lies above a node in its tree, found by following its parents. */
public final class Ancestors {

    private Ancestors() {
    }

    /**
     * True when a node sits in a Markdown link's text, where a tag or a wiki-link is drawn as its text: a link in a
     * link is not HTML, and browsers split the outer one in two. A reference with no definition ({@code [text]}
     * alone) is no link: flexmark draws it as the brackets and their text, so what is inside stays a link.
     */
    public static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof LinkRef ref && ref.isDefined()) {
                return true;
            }
        }
        return false;
    }

    /** The document a node is in, or null for one taken out of its tree (flexmark's getDocument asserts instead). */
    public static Document documentOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Document document) {
                return document;
            }
        }
        return null;
    }
}
