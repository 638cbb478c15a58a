package dev.handbook.markdown.limits;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.handbook.markdown.limits.internal.MarkupHeavyParagraphs;
import dev.handbook.markdown.limits.internal.TextParagraphRenderer;
import org.jetbrains.annotations.NotNull;

/**
 * Takes a paragraph with more raw tags and entities than {@link TextParagraph#MAX_MARKUP} as plain text before
 * flexmark reads its inlines, and draws it so.
 */
public final class LimitsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private LimitsExtension() {
    }

    /** The extension. */
    public static LimitsExtension create() {
        return new LimitsExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new MarkupHeavyParagraphs());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new TextParagraphRenderer.Factory());
    }
}
