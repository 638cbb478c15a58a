package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.Interview;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.links.LinkResolver;
import dev.handbook.links.NoteIndex;
import dev.handbook.links.ResolvedLinks;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.NoteRenderer;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.vault.Vault;
import dev.handbook.vault.VaultLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The links and interview stages return their answers (a link table, question anchors) and the renderer reads
 * them: every parse reads the same after both stages and after every note is drawn as it did when parsing made
 * it, node for node (its class, its characters, a link's address) and in the data the document holds.
 */
class StagesLeaveParsesAloneTest {

    @ParameterizedTest
    @ValueSource(strings = {"vaults/larkspur", "vaults/dialects", "obsidian/vault", "interview/harbour"})
    void parsesReadTheSameAfterLinksInterviewAndDrawing(String fixture) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = RenderLeavesParsesAloneTest.config(fixture, diagnostics);
        Vault vault = new VaultLoader(config, diagnostics).load();
        MarkdownEngine markdown = new MarkdownEngine(config);
        List<ParsedNote> parsed = vault.notes().stream().map(note -> markdown.parse(note, diagnostics)).toList();
        List<String> before = parsed.stream().map(StagesLeaveParsesAloneTest::fingerprint).toList();

        ResolvedLinks links = new LinkResolver(config, diagnostics).resolve(parsed, vault.hidden(), vault.assets());
        Interview interview = new InterviewBuilder(config, diagnostics).build(parsed, links.table(),
                new NoteIndex(vault.notes(), vault.assets()));
        assertEquals(before, parsed.stream().map(StagesLeaveParsesAloneTest::fingerprint).toList(),
                "after the links and interview stages");

        NoteRenderer renderer = markdown.renderer(links.table(), interview.questionAnchors());
        int drawn = 0;
        for (ParsedNote note : parsed) {
            drawn += renderer.render(note).length();
            renderer.titleHtml(note);
        }
        assertTrue(drawn > 0);
        assertEquals(before, parsed.stream().map(StagesLeaveParsesAloneTest::fingerprint).toList(),
                "after every note is drawn");
    }

    // Every node of the parse (and of the title heading it dropped) in order, and the document's data, with
    // nodes named by their place in that order.
    private static String fingerprint(ParsedNote parsed) {
        Map<Node, Integer> places = new IdentityHashMap<>();
        StringBuilder out = new StringBuilder(parsed.note().path()).append('\n');
        walk(parsed.document(), 0, places, out);
        for (Object value : parsed.document().getAll().values()) {
            if (value instanceof Node title && !places.containsKey(title)) {
                walk(title, 0, places, out);
            }
        }
        parsed.document().getAll().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + describe(entry.getValue(), places))
                .sorted().forEach(line -> out.append(line).append('\n'));
        out.append(parsed.headings()).append('\n').append(describe(parsed.blocks(), places)).append('\n')
                .append(describe(parsed.links(), places)).append('\n').append(parsed.inlineTags());
        return out.toString();
    }

    private static void walk(Node node, int depth, Map<Node, Integer> places, StringBuilder out) {
        places.put(node, places.size());
        out.append(" ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getChars().toString().replace("\n", "\\n"));
        if (node instanceof LinkNodeBase link) {
            out.append(" -> ").append(link.getUrl());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, depth + 1, places, out);
        }
    }

    private static String describe(Object value, Map<Node, Integer> places) {
        if (value instanceof Node node) {
            return node instanceof Document ? "document" : "node#" + places.get(node);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(describe(k, places) + ":" + describe(v, places)));
            entries.sort(null);
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(item -> describe(item, places)).toList().toString();
        }
        return String.valueOf(value);
    }
}
