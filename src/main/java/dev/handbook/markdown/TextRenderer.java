package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Draws plain text as flexmark does, in one pass for the text most notes are made of.
 *
 * <p>flexmark unescapes a text (backslash escapes and entities), normalises its line ends, then escapes it for
 * HTML, copying it three times through regular expressions and string builders: a fifth of all rendering in a
 * big handbook. A text with no backslash, ampersand or carriage return reads the same after the first two
 * steps, so only the escaping is left, done in one pass; any other text goes the way flexmark takes.
 */
final class TextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = Sequences.string(node.getChars());
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            html.text(Escaping.normalizeEOL(Sequences.unescape(text)));
        } else {
            html.raw(HtmlEscaping.escape(text, false));
        }
    }

    /** Makes the renderer; it has no options. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TextRenderer();
        }
    }
}
