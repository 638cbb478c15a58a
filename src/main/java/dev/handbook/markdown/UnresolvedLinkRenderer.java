package dev.handbook.markdown;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Draws a Markdown link or image that the links stage found nothing for ({@link MarkdownEngine#MISSING_URL}) as its
 * text, marked as a wiki-link to no note is; any other as flexmark draws it.
 */
final class UnresolvedLinkRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::renderMarkdownLink),
                new NodeRenderingHandler<>(Image.class, this::renderMarkdownImage));
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
        return "<span class=\"unresolved\" title=\"" + escapeKeepingEntities(MarkdownEngine.missingTitle(written))
                + "\">";
    }

    // An image of no file in the vault is shown as its description, as a link to nothing is shown as its text.
    private void renderMarkdownImage(Image image, NodeRendererContext context, HtmlWriter html) {
        if (!image.getUrl().toString().equals(MarkdownEngine.MISSING_URL)) {
            context.delegateRender();
            return;
        }
        html.raw(missingOpen(MarkdownEngine.writtenUrl(image)) + escapeKeepingEntities(image.getText().toString())
                + "</span>");
    }

    /** Creates the renderer; it has no options. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new UnresolvedLinkRenderer();
        }
    }
}
