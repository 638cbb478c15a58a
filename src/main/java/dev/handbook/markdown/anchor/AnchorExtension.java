package dev.handbook.markdown.anchor;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.anchor.internal.AnchorAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * Draws each node's anchor (a heading's id from {@link HeadingIds}, a block's {@code ^id} from {@link BlockIds}, a
 * question's from the interview stage) as its {@code id}, except in a part embedded from another note.
 */
public final class AnchorExtension implements HtmlRenderer.HtmlRendererExtension {

    private AnchorExtension() {
    }

    /** The extension. */
    public static AnchorExtension create() {
        return new AnchorExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.attributeProviderFactory(new AnchorAttributes.Factory());
    }
}
