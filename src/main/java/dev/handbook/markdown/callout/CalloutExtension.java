package dev.handbook.markdown.callout;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.callout.internal.CalloutRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's callouts ({@code > [!tip] Title}, folded with {@code [!faq]-} or {@code [!faq]+}): flexmark parses them
 * as quotes, and this draws them as callouts of their type.
 */
public final class CalloutExtension implements HtmlRenderer.HtmlRendererExtension {

    private CalloutExtension() {
    }

    /** The extension. */
    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new CalloutRenderer.Factory());
    }
}
