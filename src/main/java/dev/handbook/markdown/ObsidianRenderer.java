package dev.handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the Obsidian nodes: wiki-links, embeds, highlights, inline tags and callouts.
 *
 * <p>Internal addresses start with {@link MarkdownEngine#ROOT_TOKEN}; the page swaps in its own path to the root.
 */
final class ObsidianRenderer implements NodeRenderer {

    static final int MAX_EMBED_DEPTH = 4;
    /**
     * How much embedded Markdown one page may draw, in characters, each embed counting at least
     * {@link #EMBED_COST}: far beyond any real page. Seven notes each embedding the next 25 times (32 KB of
     * Markdown) drew millions of embeds and ran out of a 2 GB heap.
     */
    static final int MAX_EMBEDDED_CHARS = 1_000_000;
    static final int EMBED_COST = 100;
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
    private static final Pattern CALLOUT = Pattern.compile("^[ \\t]*>[ \\t]?\\[!([\\w-]+)\\]([+-]?)[ \\t]*(.*)$");
    private static final Map<String, String> CALLOUT_ALIASES = Map.ofEntries(
            Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"), Map.entry("hint", "tip"),
            Map.entry("important", "tip"), Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("help", "question"), Map.entry("faq", "question"), Map.entry("caution", "warning"),
            Map.entry("attention", "warning"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("error", "danger"), Map.entry("cite", "quote"));
    private static final Set<String> CALLOUT_TYPES = Set.of("note", "abstract", "info", "todo", "tip", "success",
            "question", "warning", "failure", "danger", "bug", "example", "quote");
    // The notes being embedded on this thread, outermost first, to stop embed cycles.
    private static final ThreadLocal<Deque<String>> EMBEDDING = ThreadLocal.withInitial(ArrayDeque::new);
    // The footnotes each embed being drawn refers to, numbered in the order the embed first refers to them.
    private static final ThreadLocal<Deque<List<FootnoteBlock>>> EMBED_FOOTNOTES =
            ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(EmbedBlock.class, this::renderEmbedBlock),
                new NodeRenderingHandler<>(BlockQuote.class, this::renderBlockQuote),
                new NodeRenderingHandler<>(Footnote.class, this::renderFootnote),
                new NodeRenderingHandler<>(Link.class, this::renderMarkdownLink),
                new NodeRenderingHandler<>(Image.class, this::renderMarkdownImage),
                new NodeRenderingHandler<>(LinkRef.class, this::renderReference),
                new NodeRenderingHandler<>(ImageRef.class, this::renderReference));
    }

    // A Markdown link to no note, file or heading is drawn as its text, marked as a wiki-link to no note is.
    private void renderMarkdownLink(Link link, NodeRendererContext context, HtmlWriter html) {
        if (!link.getUrl().toString().equals(MarkdownEngine.MISSING_URL)) {
            context.delegateRender();
            return;
        }
        html.raw(missingOpen(MarkdownEngine.writtenUrl(link)));
        context.renderChildren(link);
        html.raw("</span>");
    }

    // The marked text that stands for an address nothing in the vault has.
    private static String missingOpen(String written) {
        return "<span class=\"unresolved\" title=\"" + escape(MarkdownEngine.missingTitle(written)) + "\">";
    }

    // A reference link or image of an embedded note ("[docs][d]" with "[d]: …" in that note): flexmark looks the
    // reference up in the page being drawn, which has none, and failed with a NullPointerException.
    private void renderReference(RefNode ref, NodeRendererContext context, HtmlWriter html) {
        Node node = (Node) ref;
        if (node.getDocument() == context.getDocument()) {
            context.delegateRender();
            return;
        }
        Reference reference = ref.getReferenceNode(node.getDocument());
        if (reference == null) {
            html.raw(escape(node.getChars().toString()));
            return;
        }
        String url = escape(reference.getUrl().unescape());
        if (ref instanceof ImageRef) {
            html.raw("<img src=\"" + url + "\" alt=\"" + escape(PlainText.of(node)) + "\">");
        } else {
            html.raw("<a href=\"" + url + "\">");
            context.renderChildren(node);
            html.raw("</a>");
        }
    }

    // An image of no file in the vault is shown as its description, as a link to nothing is shown as its text.
    private void renderMarkdownImage(Image image, NodeRendererContext context, HtmlWriter html) {
        if (!image.getUrl().toString().equals(MarkdownEngine.MISSING_URL)) {
            context.delegateRender();
            return;
        }
        html.raw(missingOpen(MarkdownEngine.writtenUrl(image)) + escape(image.getText().toString()) + "</span>");
    }

    private void renderEmbedBlock(EmbedBlock block, NodeRendererContext context, HtmlWriter html) {
        WikiLink link = (WikiLink) block.getFirstChild();
        LinkResolution resolution = link.resolution();
        if (resolution == null || resolution.kind() != LinkResolution.Kind.NOTE) {
            html.tagLine("p", () -> context.render(link));
            return;
        }
        Deque<String> embedding = EMBEDDING.get();
        // The page's own note counts as shown in full, so an embed that leads back to it stops at once.
        boolean outermost = embedding.isEmpty();
        if (outermost) {
            embedding.push(embedKey(block.getDocument().get(MarkdownEngine.NOTE_PATH), ""));
            PAGE.get().pageEmbed = link;
        }
        try {
            if (PAGE.get().spent) {
                return; // the first embed past the budget said so; the rest would only repeat it, a thousandfold
            }
            String key = embedKey(resolution.embedSource(), link.anchor());
            boolean repeats = embedding.contains(key) || embedding.size() > MAX_EMBED_DEPTH;
            // A stopped embed is drawn too, as its source and a line: it counts, or a fan-out draws millions.
            boolean fits = withinBudget(repeats ? List.of() : resolution.embedded());
            html.line().raw("<div class=\"embed\">").line();
            html.raw("<p class=\"embed-source\"><a class=\"internal\" href=\"" + escape(resolution.href()) + "\">"
                    + escape(link.defaultText()) + "</a></p>").line();
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
        long cost = EMBED_COST;
        for (Node node : drawn) {
            cost += node.getTextLength();
        }
        Budget budget = PAGE.get();
        if (budget.embeddedChars + cost > MAX_EMBEDDED_CHARS) {
            return false;
        }
        budget.embeddedChars += cost;
        return true;
    }

    /** Starts a page's embed budget on this thread. */
    static void startPage() {
        PAGE.set(new Budget());
    }

    /** The page's own embed under which its embeds passed the budget, or null. */
    static WikiLink overBudget() {
        return PAGE.get().over;
    }

    /**
     * True while another note's part is being drawn into the page: its headings, block ids and questions keep
     * their anchors on their own page, since the same id twice on one page sends a link to the first of them
     * (an embedded "Scoring" heading took [[Page#Scoring]] away from the page's own).
     */
    static boolean drawingEmbed() {
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

    private void renderBlockQuote(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
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
        html.line().raw("<" + container + " class=\"callout callout-" + type + "\" data-callout=\"" + escape(written)
                + "\"" + ("+".equals(fold) ? " open" : "") + ">").line();
        String titleTag = fold.isEmpty() ? "p" : "summary";
        html.raw("<" + titleTag + " class=\"callout-title\">");
        if (matcher.group(3).isBlank()) {
            html.raw(escape(Character.toUpperCase(written.charAt(0)) + written.substring(1)));
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
                    html.raw(escape(node.getChars().subSequence(titleStart - node.getStartOffset()).toString()));
                }
                continue;
            }
            context.render(node);
        }
    }

    // The first line of a callout's first paragraph is its [!type] title line; the rest is body text.
    private static void renderAfterFirstLine(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Node node = paragraph.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            node = node.getNext();
        }
        if (node == null || node.getNext() == null) {
            return;
        }
        // The paragraph keeps its anchor (a block id, or a question the interview stage found in it).
        String id = drawingEmbed() ? null : MarkdownEngine.anchor(paragraph);
        html.raw(id == null ? "<p>" : "<p id=\"" + escape(id) + "\">");
        for (Node rest = node.getNext(); rest != null; rest = rest.getNext()) {
            context.render(rest);
        }
        html.raw("</p>").line();
    }

    static String escape(String text) {
        return HtmlEscaping.keepingEntities(text);
    }

    /** Creates the renderer; it has no options. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new ObsidianRenderer();
        }
    }
}
