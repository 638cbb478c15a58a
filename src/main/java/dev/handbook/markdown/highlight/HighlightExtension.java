package dev.handbook.markdown.highlight;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.highlight.internal.HighlightDelimiterProcessor;
import dev.handbook.markdown.highlight.internal.HighlightRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's {@code ==highlight==}, parsed with emphasis's flanking rules and drawn as a {@code <mark>} of the
 * default colour; also draws the plain Highlightr marks {@link HighlightrMarks} took as marks of the palette.
 */
public final class HighlightExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final String highlightClass;

    private HighlightExtension(String highlightClass) {
        this.highlightClass = highlightClass;
    }

    /** The extension, giving {@code ==text==} this class ({@code hl-} and the palette's default colour). */
    public static HighlightExtension create(String highlightClass) {
        return new HighlightExtension(highlightClass);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new HighlightDelimiterProcessor());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new HighlightRenderer.Factory(highlightClass));
    }
}
