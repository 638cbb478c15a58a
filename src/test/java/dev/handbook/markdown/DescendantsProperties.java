package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Walking a tree by its own links visits the nodes flexmark's iterator visits, in the same order, at their depth. */
class DescendantsProperties {

    private static final List<String> FRAGMENTS = List.of(
            "# Heading\n", "para *em* and **strong** `code`\n", "- item\n", "  - nested *x*\n", "1. one\n",
            "> quote [link](x.md)\n", "> > deeper\n", "\n", "| a | b |\n|---|---|\n| *c* | d |\n",
            "```\ncode\n```\n", "text<br>more\n", "![img](a.png)\n", "---\n", "    indented\n");

    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    @Property(tries = 300)
    void visitsWhatFlexmarkVisitsFromEveryNode(@ForAll("documents") String markdown) {
        Document document = PARSER.parse(markdown);
        List<Node> all = list(document.getDescendants());
        assertEquals(all, list(Descendants.of(document)), markdown);
        for (Node node : all) {
            // A subtree's walk stops at its root, never going on to the root's siblings.
            assertEquals(list(node.getDescendants()), list(Descendants.of(node)), markdown);
        }
    }

    @Property(tries = 300)
    void theFirstNodeTooDeepIsTheFirstInDocumentOrderBelowThatDepth(@ForAll("documents") String markdown,
                                                                   @ForAll @IntRange(min = 0, max = 6) int maxDepth) {
        Document document = PARSER.parse(markdown);
        Node expected = list(document.getDescendants()).stream().filter(node -> depth(node, document) > maxDepth)
                .findFirst().orElse(null);
        assertSame(expected, Descendants.deeperThan(document, maxDepth), markdown);
    }

    private static int depth(Node node, Node root) {
        int depth = 0;
        for (Node at = node; at != root; at = at.getParent()) {
            depth++;
        }
        return depth;
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(15).map(pieces -> String.join("", pieces));
    }

    private static List<Node> list(Iterable<Node> nodes) {
        List<Node> list = new ArrayList<>();
        nodes.forEach(list::add);
        return list;
    }
}
