package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.embed.Embeds;
import dev.handbook.markdown.sanitize.HtmlSanitizer;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws parsed notes with one run's link table and question anchors (see {@link MarkdownEngine#renderer}): the
 * parses are only read. Embeds draw other notes' nodes in the same pass, so the tables cover every note.
 */
public final class NoteRenderer {

    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final LinkTable links;
    private final QuestionAnchors questions;

    NoteRenderer(HtmlRenderer renderer, HtmlSanitizer sanitizer, LinkTable links, QuestionAnchors questions) {
        this.renderer = renderer;
        this.sanitizer = sanitizer;
        this.links = links;
        this.questions = questions;
    }

    /** The link table this renderer draws with. */
    public LinkTable links() {
        return links;
    }

    /** The question anchors this renderer draws with. */
    public QuestionAnchors questionAnchors() {
        return questions;
    }

    /** Renders a whole note to safe HTML whose internal links start with {@link MarkdownEngine#ROOT_TOKEN}. */
    public String render(ParsedNote parsed) {
        return render(parsed, new Diagnostics());
    }

    /** Renders a whole note, warning at its embed where its embeds passed what one page may show. */
    public String render(ParsedNote parsed, Diagnostics diagnostics) {
        String html = render(parsed.document());
        WikiLink stopped = Embeds.overBudget();
        if (stopped != null) {
            int offset = stopped.getStartOffset();
            diagnostics.warning(parsed.note().displayPath(), parsed.line(offset), parsed.column(offset), "the embeds"
                    + " from " + stopped.getChars() + " on add more than " + Embeds.MAX_EMBEDDED_CHARS
                    + " characters to the page; the rest are not shown; embed less, or link instead");
        }
        return html;
    }

    /** Renders one node of a parsed note (a section, a block) to safe HTML. */
    public String render(Node node) {
        Embeds.startPage();
        String html = renderer.render(node);
        return sanitizer.needsCleaning(node, links) ? sanitizer.clean(html, rawAddressesShown(node)) : html;
    }

    // The raw HTML of an embedded part was resolved from its own note's folder: its table joins the page's, which
    // wins where both wrote the same address.
    private Map<String, String> rawAddressesShown(Node node) {
        Map<String, String> addresses = links.rawAddresses(MarkdownEngine.notePath(node));
        Map<String, String> merged = null;
        for (Node descendant : Descendants.of(node)) {
            LinkResolution resolution = descendant instanceof WikiLink link && link.isEmbed()
                    ? links.resolution(link) : null;
            if (resolution != null) {
                for (Node shown : resolution.embedded()) {
                    Document source = Ancestors.documentOf(shown);
                    Map<String, String> own = source == null ? Map.of() : links.rawAddresses(MarkdownEngine.notePath(source));
                    if (own != addresses && !own.isEmpty()) {
                        merged = merged == null ? new HashMap<>(addresses) : merged;
                        own.forEach(merged::putIfAbsent);
                    }
                }
            }
        }
        return merged == null ? addresses : merged;
    }

    /**
     * The H1 a note's page shows as its title when links are written in it ("# Using [[QuickAdd]]"), as HTML
     * without its heading tag; null when the title is plain text.
     */
    public String titleHtml(ParsedNote parsed) {
        com.vladsch.flexmark.ast.Heading title = MarkdownEngine.TITLE_NODE.get(parsed.document());
        boolean linked = false;
        for (Node node : title == null ? List.<Node>of() : Descendants.of(title)) {
            linked |= node instanceof WikiLink || node instanceof Link;
        }
        if (!linked) {
            return null;
        }
        // Drawn as the whole of the document it sits in: flexmark draws a lone heading's links as their text.
        String html = render(title.getParent()).strip();
        return html.replaceFirst("^<h1[^>]*>", "").replaceFirst("</h1>$", "");
    }

    /**
     * What a note's HTML is drawn from besides its parse: the resolution of each wiki-link, the address of each
     * Markdown link and image and of its raw HTML, and the anchor of each heading, block and question. Two equal
     * values over the same parse draw the same HTML. Null for a note that embeds another note or a part of one:
     * its HTML also shows what that note's links resolve to, which these do not tell.
     */
    public Object renderInputs(ParsedNote parsed) {
        List<Object> inputs = new ArrayList<>();
        for (WikiLink link : parsed.links()) {
            LinkResolution resolution = links.resolution(link);
            if (resolution != null && !resolution.embedded().isEmpty()) {
                return null;
            }
            inputs.add(resolution);
        }
        for (Node node : Descendants.of(parsed.document())) {
            if (node instanceof Link || node instanceof Image) {
                String address = links.address(node);
                inputs.add(address != null ? address : ((LinkNodeBase) node).getUrl().toString());
            }
        }
        String path = parsed.note().path();
        inputs.add(links.rawAddresses(path));
        // Nodes by identity, anchors by value.
        inputs.add(new HashMap<>(MarkdownEngine.anchors(parsed.document())));
        inputs.add(new HashMap<>(questions.ofNote(path)));
        return inputs;
    }
}
