package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The anchors the interview stage gave the questions it found, by the note's path and then by where the node
 * stands in it ({@link LinkTable#at}: holding the nodes would keep every syntax tree alive to a build's end): the
 * renderer draws each as the node's {@code id} (inside an embed, as {@code data-question}). Heading and block
 * anchors are the parse's own ({@link MarkdownEngine#anchor}); these are only the questions'.
 */
public final class QuestionAnchors {

    /** No question anchored. */
    public static final QuestionAnchors NONE = new QuestionAnchors(Map.of());

    // The anchors a renderer draws with, among its options (see MarkdownEngine#renderer).
    static final DataKey<QuestionAnchors> KEY = new DataKey<>("HANDBOOK_QUESTION_ANCHORS", NONE);

    private final Map<String, Map<String, String>> byNote;

    private QuestionAnchors(Map<String, Map<String, String>> byNote) {
        this.byNote = Map.copyOf(byNote);
    }

    /** The anchors of these notes' questions, by note path and node. */
    public static QuestionAnchors of(Map<String, ? extends Map<? extends Node, String>> byNote) {
        Map<String, Map<String, String>> places = new HashMap<>();
        byNote.forEach((path, anchors) -> {
            Map<String, String> at = new HashMap<>();
            anchors.forEach((node, anchor) -> at.put(LinkTable.at(node), anchor));
            places.put(path, Map.copyOf(at));
        });
        return new QuestionAnchors(places);
    }

    /** The anchors a renderer was built with, from its options. */
    public static QuestionAnchors in(DataHolder options) {
        return KEY.get(options);
    }

    /** The question anchor of a node, or null. */
    public String of(Node node) {
        return ofNote(MarkdownEngine.notePath(node)).get(LinkTable.at(node));
    }

    /** The question anchors of one note, by where each node stands in it. */
    public Map<String, String> ofNote(String notePath) {
        return byNote.getOrDefault(notePath, Map.of());
    }

    /** A new table: this one's notes, with those {@code changed} holds in their place. */
    public QuestionAnchors replacing(QuestionAnchors changed) {
        Map<String, Map<String, String>> merged = new HashMap<>(byNote);
        merged.putAll(changed.byNote);
        return new QuestionAnchors(merged);
    }
}
