package dev.handbook.markdown.wikilink;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.wikilink.internal.WikiLinkParser;
import dev.handbook.markdown.wikilink.internal.WikiLinkRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's wiki-links {@code [[target#anchor|display]]} and embeds {@code ![[…]]}: parsed into {@link WikiLink}
 * nodes, and drawn where the links stage's {@link LinkResolution} says they go.
 */
public final class WikiLinkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private WikiLinkExtension() {
    }

    /** The extension. */
    public static WikiLinkExtension create() {
        return new WikiLinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new WikiLinkParser.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new WikiLinkRenderer.Factory());
    }
}
