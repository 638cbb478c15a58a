package dev.handbook.markdown.tag.internal;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.Ancestors;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.tag.InlineTag;
import dev.handbook.markdown.tag.TagPaths;
import java.util.Set;

/** Draws an inline tag as a link to its tag page, or as its text inside a Markdown link's text. */
public final class InlineTagRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(InlineTag.class, InlineTagRenderer::render));
    }

    private static void render(InlineTag node, NodeRendererContext context, HtmlWriter html) {
        String tag = escapeKeepingEntities(node.tag());
        if (Ancestors.insideLink(node)) {
            html.raw("#" + tag);
            return;
        }
        html.raw("<a class=\"tag\" href=\"" + MarkdownEngine.ROOT_TOKEN
                + escapeKeepingEntities(TagPaths.url(node.tag())) + "\">#" + tag + "</a>");
    }

    /** Makes the renderer; it has no options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new InlineTagRenderer();
        }
    }
}
