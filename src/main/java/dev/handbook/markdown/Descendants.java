package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The nodes under a node, in document order, found by following the tree's own child, sibling and parent links.
 * flexmark's {@code getDescendants()} keeps a synchronized {@code Stack} of iterators per walk, and a note is
 * walked half a dozen times (marks, autolinks, headings, unsafe HTML, links): its iterator was 2% of a
 * 10,000-note build's CPU. Like flexmark's, a walk must not change the tree under it.
 */
public final class Descendants implements Iterable<Node> {

    private final Node root;

    private Descendants(Node root) {
        this.root = root;
    }

    /** The nodes under {@code root}, not counting itself. */
    public static Descendants of(Node root) {
        return new Descendants(root);
    }

    @Override
    public Iterator<Node> iterator() {
        return new Iterator<>() {
            private Node next = root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Node current = next;
                next = after(current);
                return current;
            }
        };
    }

    /**
     * The first node, in document order, more than {@code maxDepth} levels under {@code root} (its children are
     * one level down), found without recursing; null when there is none.
     */
    public static Node deeperThan(Node root, int maxDepth) {
        int depth = 1;
        for (Node node = root.getFirstChild(); node != null; ) {
            if (depth > maxDepth) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return null;
    }

    // The node after this one in document order within the root: its first child, else the next sibling of it
    // or of its nearest ancestor that has one.
    private Node after(Node node) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != root && at != null; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }
}
