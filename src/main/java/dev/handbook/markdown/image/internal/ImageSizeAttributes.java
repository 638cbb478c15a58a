package dev.handbook.markdown.image.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.handbook.markdown.image.ImageSizes;
import org.jetbrains.annotations.NotNull;

/** Moves a size written at the end of a Markdown image's description into its width and height, as Obsidian shows it. */
public final class ImageSizeAttributes implements AttributeProvider {

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (!(node instanceof Image || node instanceof ImageRef) || part != AttributablePart.LINK) {
            return;
        }
        String alt = attributes.getValue("alt");
        ImageSizes.Size size = ImageSizes.described(alt);
        if (size == null) {
            return;
        }
        attributes.replaceValue("alt", ImageSizes.withoutSize(alt));
        attributes.replaceValue("width", size.width());
        if (size.height() != null) {
            attributes.replaceValue("height", size.height());
        }
    }

    /** Makes the provider; it has no options. */
    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            return new ImageSizeAttributes();
        }
    }
}
