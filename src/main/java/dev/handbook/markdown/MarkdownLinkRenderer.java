package dev.handbook.markdown;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Draws a Markdown link or image where the link table says it leads: to a page or file address as flexmark draws
 * a link, as its text marked as a wiki-link to no note is when it leads nowhere ({@link MarkdownEngine#MISSING_URL}),
 * and as flexmark draws it, with the address written, when the table leaves it out.
 *
 * <p>Not flexmark's link-resolver hook: flexmark keeps what its resolvers said for the rest of a page by the
 * address as written, while an embedded note's {@code [x](rubric.md)} may lead elsewhere than the page's own.
 */
final class MarkdownLinkRenderer implements NodeRenderer {

    private final LinkTable links;

    MarkdownLinkRenderer(LinkTable links) {
        this.links = links;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::renderMarkdownLink),
                new NodeRenderingHandler<>(Image.class, this::renderMarkdownImage));
    }

    // A Markdown link to no note, file or heading is drawn as its text, marked as a wiki-link to no note is.
    private void renderMarkdownLink(Link link, NodeRendererContext context, HtmlWriter html) {
        String address = links.address(link);
        if (address == null) {
            context.delegateRender();
        } else if (address.equals(MarkdownEngine.MISSING_URL)) {
            html.raw(missingOpen(link.getUrl().toString()));
            context.renderChildren(link);
            html.raw("</span>");
        } else if (context.isDoNotRenderLinks()) {
            context.renderChildren(link);
        } else {
            // As flexmark draws a link, with the address the table gives.
            ResolvedLink resolved = new ResolvedLink(LinkType.LINK, BasedSequence.of(address).unescape());
            html.attr("href", resolved.getUrl());
            if (link.getTitle().isNotNull()) {
                resolved = resolved.withTitle(link.getTitle().unescape());
            }
            html.attr(resolved.getNonNullAttributes());
            html.srcPos(link.getChars()).withAttr(resolved).tag("a");
            context.renderChildren(link);
            html.tag("/a");
        }
    }

    // The marked text that stands for an address nothing in the vault has.
    private static String missingOpen(String written) {
        return "<span class=\"unresolved\" title=\"" + escapeKeepingEntities(MarkdownEngine.missingTitle(written))
                + "\">";
    }

    // An image of no file in the vault is shown as its description, as a link to nothing is shown as its text.
    private void renderMarkdownImage(Image image, NodeRendererContext context, HtmlWriter html) {
        String address = links.address(image);
        if (address == null) {
            context.delegateRender();
        } else if (address.equals(MarkdownEngine.MISSING_URL)) {
            html.raw(missingOpen(image.getUrl().toString()) + escapeKeepingEntities(image.getText().toString())
                    + "</span>");
        } else if (!context.isDoNotRenderLinks()) {
            // As flexmark draws an image, with the address the table gives.
            String alt = new TextCollectingVisitor().collectAndGetText(image);
            ResolvedLink resolved = new ResolvedLink(LinkType.IMAGE, BasedSequence.of(address).unescape());
            String url = resolved.getUrl();
            if (!image.getUrlContent().isEmpty()) {
                url += Escaping.percentEncodeUrl(image.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                        .replace("%26", "&amp;");
            }
            html.attr("src", url);
            html.attr("alt", alt);
            if (image.getTitle().isNotNull()) {
                resolved = resolved.withTitle(image.getTitle().unescape());
            }
            html.attr(resolved.getNonNullAttributes());
            html.srcPos(image.getChars()).withAttr(resolved).tagVoid("img");
        }
    }

    /** Creates the renderer with the link table among the renderer's options. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new MarkdownLinkRenderer(LinkTable.in(options));
        }
    }
}
