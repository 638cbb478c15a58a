package dev.handbook.markdown.callout.internal;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.QuestionAnchors;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a quote that opens with {@code [!type]} as a callout of that type: its title line, then its body, folded
 * into a {@code <details>} when the marker has a fold sign; any other quote as flexmark draws it.
 */
public final class CalloutRenderer implements NodeRenderer {

    private static final Pattern CALLOUT = Pattern.compile("^[ \\t]*>[ \\t]?\\[!([\\w-]+)\\]([+-]?)[ \\t]*(.*)$");
    private static final Map<String, String> CALLOUT_ALIASES = Map.ofEntries(
            Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"), Map.entry("hint", "tip"),
            Map.entry("important", "tip"), Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("help", "question"), Map.entry("faq", "question"), Map.entry("caution", "warning"),
            Map.entry("attention", "warning"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("error", "danger"), Map.entry("cite", "quote"));
    private static final Set<String> CALLOUT_TYPES = Set.of("note", "abstract", "info", "todo", "tip", "success",
            "question", "warning", "failure", "danger", "bug", "example", "quote");

    private final QuestionAnchors questions;

    private CalloutRenderer(QuestionAnchors questions) {
        this.questions = questions;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
    }

    private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
        String firstLine = quote.getChars().toString().split("\n", 2)[0];
        Matcher matcher = CALLOUT.matcher(firstLine);
        if (!matcher.matches()) {
            context.delegateRender();
            return;
        }
        String written = matcher.group(1).toLowerCase(Locale.ROOT);
        String type = CALLOUT_ALIASES.getOrDefault(written, written);
        if (!CALLOUT_TYPES.contains(type)) {
            type = "note";
        }
        String fold = matcher.group(2);
        String container = fold.isEmpty() ? "div" : "details";
        html.line().raw("<" + container + " class=\"callout callout-" + type + "\" data-callout=\""
                + escapeKeepingEntities(written) + "\"" + ("+".equals(fold) ? " open" : "") + ">").line();
        String titleTag = fold.isEmpty() ? "p" : "summary";
        html.raw("<" + titleTag + " class=\"callout-title\">");
        if (matcher.group(3).isBlank()) {
            html.raw(escapeKeepingEntities(Character.toUpperCase(written.charAt(0)) + written.substring(1)));
        } else {
            renderTitle(quote, quote.getStartOffset() + matcher.start(3), context, html);
        }
        html.raw("</" + titleTag + ">").line();
        html.raw("<div class=\"callout-content\">").line();
        boolean first = true;
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Paragraph paragraph) {
                renderAfterFirstLine(paragraph, context, html);
            } else {
                context.render(child);
            }
            first = false;
        }
        html.raw("</div>").line().raw("</" + container + ">").line();
    }

    // The title is the first line after [!type]: its inline nodes are drawn, so it keeps its Markdown as in Obsidian.
    private static void renderTitle(BlockQuote quote, int titleStart, NodeRendererContext context, HtmlWriter html) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
            return;
        }
        for (Node node = paragraph.getFirstChild(); node != null && !(node instanceof SoftLineBreak)
                && !(node instanceof HardLineBreak); node = node.getNext()) {
            if (node.getEndOffset() <= titleStart) {
                continue; // part of the [!type] marker
            }
            if (node.getStartOffset() < titleStart) {
                if (node instanceof Text) {
                    String rest = node.getChars().subSequence(titleStart - node.getStartOffset()).toString();
                    html.raw(escapeKeepingEntities(rest));
                }
                continue;
            }
            context.render(node);
        }
    }

    // The first line of a callout's first paragraph is its [!type] title line; the rest is body text.
    private void renderAfterFirstLine(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Node node = paragraph.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            node = node.getNext();
        }
        if (node == null || node.getNext() == null) {
            return;
        }
        // The paragraph keeps its anchor (a block id, or a question the interview stage found in it).
        Map.Entry<String, String> anchor = MarkdownEngine.drawnAnchor(paragraph, questions);
        html.raw(anchor == null ? "<p>" : "<p " + anchor.getKey() + "=\"" + escapeKeepingEntities(anchor.getValue())
                + "\">");
        for (Node rest = node.getNext(); rest != null; rest = rest.getNext()) {
            context.render(rest);
        }
        html.raw("</p>").line();
    }

    /** Makes the renderer with the question anchors among the renderer's options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CalloutRenderer(QuestionAnchors.in(options));
        }
    }
}
