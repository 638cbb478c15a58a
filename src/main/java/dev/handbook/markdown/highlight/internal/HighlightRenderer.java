package dev.handbook.markdown.highlight.internal;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.highlight.Highlight;
import dev.handbook.markdown.highlight.HighlightrMarks;
import java.util.Set;

/** Draws {@code ==text==} as a mark of the default colour, and each Highlightr mark taken as one of the palette. */
public final class HighlightRenderer implements NodeRenderer {

    private final String highlightClass;

    private HighlightRenderer(String highlightClass) {
        this.highlightClass = highlightClass;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Highlight.class, this::renderHighlight),
                new NodeRenderingHandler<>(HtmlInline.class, this::renderHtmlInline));
    }

    private void renderHighlight(Highlight node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<mark class=\"" + highlightClass + "\">");
        context.renderChildren(node);
        html.raw("</mark>");
    }

    // A Highlightr mark taken as a mark of the palette; any other raw tag as flexmark draws it.
    private void renderHtmlInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        String drawn = HighlightrMarks.drawn(node);
        if (drawn != null) {
            html.raw(drawn);
        } else {
            context.delegateRender();
        }
    }

    /** Creates the renderer with the class name for {@code ==text==}. */
    public static final class Factory implements NodeRendererFactory {
        private final String highlightClass;

        /** A factory for renderers that give {@code ==text==} this class. */
        public Factory(String highlightClass) {
            this.highlightClass = highlightClass;
        }

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HighlightRenderer(highlightClass);
        }
    }
}
