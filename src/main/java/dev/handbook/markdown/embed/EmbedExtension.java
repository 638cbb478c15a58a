package dev.handbook.markdown.embed;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.embed.internal.EmbedRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Draws note embeds ({@code ![[Note]]}, {@code ![[Note#Section]]}, {@code ![[Note#^block]]}) as the part of the
 * other note the links stage found for them; {@link Embeds#lift} makes their blocks when a note is parsed.
 */
public final class EmbedExtension implements HtmlRenderer.HtmlRendererExtension {

    private EmbedExtension() {
    }

    /** The extension. */
    public static EmbedExtension create() {
        return new EmbedExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new EmbedRenderer.Factory());
    }
}
