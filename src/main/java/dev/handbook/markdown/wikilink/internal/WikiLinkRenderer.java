package dev.handbook.markdown.wikilink.internal;

import static dev.handbook.markdown.HtmlEscaping.escapeKeepingEntities;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.handbook.markdown.Ancestors;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.image.ImageSizes;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.Set;

/**
 * Draws a wiki-link where the link table says it goes: a link to a note or file, an image an embed shows, or
 * text marked as leading to no note yet. A note embed's block is drawn by the embed feature, around this link.
 */
public final class WikiLinkRenderer implements NodeRenderer {

    private final LinkTable links;

    private WikiLinkRenderer(LinkTable links) {
        this.links = links;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::render));
    }

    private void render(WikiLink link, NodeRendererContext context, HtmlWriter html) {
        LinkResolution resolution = links.resolution(link);
        String text = escapeKeepingEntities(link.defaultText());
        if (Ancestors.insideLink(link)
                && !(link.isEmbed() && resolution != null && resolution.kind() == LinkResolution.Kind.IMAGE)) {
            html.raw(text);
            return;
        }
        if (resolution == null || resolution.kind() == LinkResolution.Kind.MISSING) {
            html.raw("<span class=\"unresolved\" title=\"No note called &quot;" + escapeKeepingEntities(link.target())
                    + "&quot; yet\">" + text + "</span>");
            return;
        }
        String href = escapeKeepingEntities(resolution.href());
        if (link.isEmbed() && resolution.kind() == LinkResolution.Kind.IMAGE) {
            html.raw(image(link, href));
        } else if (link.isEmbed() && resolution.kind() == LinkResolution.Kind.NOTE) {
            html.raw("<a class=\"internal embed-link\" href=\"" + href + "\">" + text + "</a>");
        } else {
            String css = resolution.kind() == LinkResolution.Kind.NOTE ? "internal" : "internal attachment";
            html.raw("<a class=\"" + css + "\" href=\"" + href + "\">" + text + "</a>");
        }
    }

    private static String image(WikiLink link, String src) {
        StringBuilder img = new StringBuilder("<img src=\"").append(src).append('"');
        String display = link.display() == null ? "" : link.display();
        ImageSizes.Size size = ImageSizes.of(display);
        if (size != null) {
            img.append(" width=\"").append(size.width()).append('"');
            if (size.height() != null) {
                img.append(" height=\"").append(size.height()).append('"');
            }
            display = "";
        }
        String alt = display.isEmpty() ? link.target().replaceAll("^.*/", "").replaceAll("\\.[^.]+$", "") : display;
        return img.append(" alt=\"").append(escapeKeepingEntities(alt)).append("\" loading=\"lazy\">").toString();
    }

    /** Makes the renderer with the link table among the renderer's options. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new WikiLinkRenderer(LinkTable.in(options));
        }
    }
}
