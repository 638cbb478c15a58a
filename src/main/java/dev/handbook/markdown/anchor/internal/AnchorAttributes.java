package dev.handbook.markdown.anchor.internal;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.QuestionAnchors;
import org.jetbrains.annotations.NotNull;
import java.util.Map;

/** Gives a heading, a block with a {@code ^id} or a question its anchor as its {@code id}, on its own page only. */
public final class AnchorAttributes implements AttributeProvider {

    private final QuestionAnchors questions;

    private AnchorAttributes(QuestionAnchors questions) {
        this.questions = questions;
    }

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        // flexmark draws a list item's <li> as its TIGHT_ or LOOSE_LIST_ITEM part, not as NODE.
        if (part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
                || part == CoreNodeRenderer.LOOSE_LIST_ITEM) {
            Map.Entry<String, String> anchor = MarkdownEngine.drawnAnchor(node, questions);
            if (anchor != null) {
                attributes.replaceValue(anchor.getKey(), anchor.getValue());
            }
        }
    }

    /** Makes the provider with the question anchors among the renderer's options. */
    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            return new AnchorAttributes(QuestionAnchors.in(context.getOptions()));
        }
    }
}
