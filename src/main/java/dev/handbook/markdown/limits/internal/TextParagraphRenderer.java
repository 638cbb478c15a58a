package dev.handbook.markdown.limits.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.limits.TextParagraph;
import java.util.Set;

/** Draws a {@link TextParagraph} as a paragraph of its text, escaped. */
public final class TextParagraphRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TextParagraph.class, TextParagraphRenderer::render));
    }

    private static void render(TextParagraph node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<p>");
        context.renderChildren(node);
        html.raw("</p>").line();
    }

    /** Makes the renderer; it has no options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TextParagraphRenderer();
        }
    }
}
