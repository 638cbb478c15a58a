package dev.handbook.markdown.image;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.image.internal.ImageSizeAttributes;
import org.jetbrains.annotations.NotNull;

/** Draws a Markdown image whose description ends in a size ({@code ![Loop|300](loop.png)}) at that size. */
public final class ImageSizeExtension implements HtmlRenderer.HtmlRendererExtension {

    private ImageSizeExtension() {
    }

    /** The extension. */
    public static ImageSizeExtension create() {
        return new ImageSizeExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.attributeProviderFactory(new ImageSizeAttributes.Factory());
    }
}
