package dev.handbook.markdown.tag;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.tag.internal.InlineTagParser;
import dev.handbook.markdown.tag.internal.InlineTagRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's inline tags ({@code #system-design}, {@code #nested/tag}): parsed into {@link InlineTag} nodes, drawn
 * as links to their tag pages.
 */
public final class TagExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private TagExtension() {
    }

    /** The extension. */
    public static TagExtension create() {
        return new TagExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineTagParser.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new InlineTagRenderer.Factory());
    }
}
