package dev.handbook.markdown.embed.internal;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.PlainText;
import dev.handbook.markdown.embed.EmbedBlock;
import dev.handbook.markdown.embed.Embeds;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a note embed as the part of the other note it shows, within the page's embed budget and without repeating
 * itself; the footnotes and reference links of the part are drawn as that note's, not the page's.
 */
public final class EmbedRenderer implements NodeRenderer {

    // What the page being drawn on this thread has embedded: flexmark draws another note's nodes with renderers
    // of their own, so the count cannot live in a renderer.
    private static final ThreadLocal<Budget> PAGE = ThreadLocal.withInitial(Budget::new);

    /** One page's embed budget: characters drawn, whether it ran out, and the page's embed being drawn. */
    private static final class Budget {
        long embeddedChars;
        boolean spent;
        WikiLink pageEmbed;
        WikiLink over;
    }

    // The notes being embedded on this thread, outermost first, to stop embed cycles.
    private static final ThreadLocal<Deque<String>> EMBEDDING = ThreadLocal.withInitial(ArrayDeque::new);
    // The footnotes each embed being drawn refers to, numbered in the order the embed first refers to them.
    private static final ThreadLocal<Deque<List<FootnoteBlock>>> EMBED_FOOTNOTES =
            ThreadLocal.withInitial(ArrayDeque::new);

    private final LinkTable links;

    private EmbedRenderer(LinkTable links) {
        this.links = links;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(EmbedBlock.class, this::renderEmbedBlock),
                new NodeRenderingHandler<>(Footnote.class, this::renderFootnote),
                new NodeRenderingHandler<>(LinkRef.class, this::renderReference),
                new NodeRenderingHandler<>(ImageRef.class, this::renderReference));
    }

    private void renderEmbedBlock(EmbedBlock block, NodeRendererContext context, HtmlWriter html) {
        WikiLink link = (WikiLink) block.getFirstChild();
        LinkResolution resolution = links.resolution(link);
        if (resolution == null || resolution.kind() != LinkResolution.Kind.NOTE) {
            html.tagLine("p", () -> context.render(link));
            return;
        }
        Deque<String> embedding = EMBEDDING.get();
        // The page's own note counts as shown in full, so an embed that leads back to it stops at once.
        boolean outermost = embedding.isEmpty();
        if (outermost) {
            embedding.push(embedKey(MarkdownEngine.notePath(block), ""));
            PAGE.get().pageEmbed = link;
        }
        try {
            if (PAGE.get().spent) {
                return; // the first embed past the budget said so; the rest would only repeat it, a thousandfold
            }
            String key = embedKey(resolution.embedSource(), link.anchor());
            boolean repeats = embedding.contains(key) || embedding.size() > Embeds.MAX_EMBED_DEPTH;
            // A stopped embed is drawn too, as its source and a line: it counts, or a fan-out draws millions.
            boolean fits = withinBudget(repeats ? List.of() : resolution.embedded());
            html.line().raw("<div class=\"embed\">").line();
            html.raw("<p class=\"embed-source\"><a class=\"internal\" href=\""
                    + escapeKeepingEntities(resolution.href()) + "\">" + escapeKeepingEntities(link.defaultText())
                    + "</a></p>").line();
            if (!fits) {
                html.raw("<p class=\"embed-stopped\">This embed is not shown here: the page embeds too much.</p>");
                Budget budget = PAGE.get();
                budget.spent = true;
                budget.over = budget.pageEmbed;
            } else if (repeats) {
                html.raw("<p class=\"embed-stopped\">This embed is not shown again here: it would repeat itself.</p>");
            } else {
                embedding.push(key);
                try {
                    renderEmbedded(resolution, context, html);
                } finally {
                    embedding.pop();
                }
            }
            html.line().raw("</div>").line();
        } finally {
            if (outermost) {
                embedding.pop();
            }
        }
    }

    // Counts what an embed will draw: its source line, and its own nodes' Markdown (the embeds in them count as
    // they are drawn).
    private static boolean withinBudget(List<Node> drawn) {
        long cost = Embeds.EMBED_COST;
        for (Node node : drawn) {
            cost += node.getTextLength();
        }
        Budget budget = PAGE.get();
        if (budget.embeddedChars + cost > Embeds.MAX_EMBEDDED_CHARS) {
            return false;
        }
        budget.embeddedChars += cost;
        return true;
    }

    /** Starts a page's embed budget on this thread. */
    public static void startPage() {
        PAGE.set(new Budget());
    }

    /** The page's own embed under which its embeds passed the budget, or null. */
    public static WikiLink overBudget() {
        return PAGE.get().over;
    }

    /** True while another note's part is being drawn into the page (see {@link Embeds#drawingEmbed()}). */
    public static boolean drawingEmbed() {
        return EMBEDDING.get().size() > 1;
    }

    // A note with the part of it being shown ("" for all of it), so a note may embed its own sections.
    private static String embedKey(String notePath, String anchor) {
        return notePath + "#" + anchor.toLowerCase(Locale.ROOT);
    }

    private static void renderEmbedded(LinkResolution resolution, NodeRendererContext context, HtmlWriter html) {
        List<FootnoteBlock> footnotes = new ArrayList<>();
        EMBED_FOOTNOTES.get().push(footnotes);
        try {
            for (Node node : resolution.embedded()) {
                if (node instanceof ListItem item) {
                    // A list item keeps its list around it, so it is drawn as the item it is.
                    String list = item.getParent() instanceof OrderedList ? "ol" : "ul";
                    html.raw("<" + list + ">").line();
                    context.render(item);
                    html.raw("</" + list + ">").line();
                } else {
                    context.render(node);
                }
            }
            // Each footnote the embedded part refers to, ending the embed. A footnote added while drawing
            // another (one footnote citing the next) is drawn too, hence the index rather than an iterator.
            if (!footnotes.isEmpty()) {
                html.raw("<ol class=\"embed-footnotes\">").line();
                for (int i = 0; i < footnotes.size(); i++) {
                    html.raw("<li>");
                    context.renderChildren(footnotes.get(i));
                    html.raw("</li>").line();
                }
                html.raw("</ol>").line();
            }
        } finally {
            EMBED_FOOTNOTES.get().pop();
        }
    }

    // In an embed, a footnote reference is the footnote's number in the embed's own list: the page's
    // "#fn-1" is the page's first footnote, not the embedded note's, and "fnref-1" would be there twice.
    private void renderFootnote(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
        List<FootnoteBlock> footnotes = EMBED_FOOTNOTES.get().peek();
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (footnotes == null || block == null) {
            context.delegateRender();
            return;
        }
        if (!footnotes.contains(block)) {
            footnotes.add(block);
        }
        html.raw("<sup class=\"footnote-ref\">" + (footnotes.indexOf(block) + 1) + "</sup>");
    }

    // A reference link or image of an embedded note ("[docs][d]" with "[d]: …" in that note) is drawn from that
    // note's definition: flexmark would look it up in the page being drawn, which has none, and throw.
    private void renderReference(RefNode ref, NodeRendererContext context, HtmlWriter html) {
        Node node = (Node) ref;
        if (node.getDocument() == context.getDocument()) {
            context.delegateRender();
            return;
        }
        Reference reference = ref.getReferenceNode(node.getDocument());
        if (reference == null) {
            html.raw(escapeKeepingEntities(node.getChars().toString()));
            return;
        }
        String url = escapeKeepingEntities(reference.getUrl().unescape());
        if (ref instanceof ImageRef) {
            html.raw("<img src=\"" + url + "\" alt=\"" + escapeKeepingEntities(PlainText.of(node)) + "\">");
        } else {
            html.raw("<a href=\"" + url + "\">");
            context.renderChildren(node);
            html.raw("</a>");
        }
    }

    /** Makes the renderer with the link table among the renderer's options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new EmbedRenderer(LinkTable.in(options));
        }
    }
}
