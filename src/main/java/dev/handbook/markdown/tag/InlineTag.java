package dev.handbook.markdown.tag;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** An inline tag such as {@code #system-design} or {@code #nested/tag}, linking to its tag page. */
public final class InlineTag extends Node {

    private final String tag;

    /** A tag of these characters ({@code #a/b}), named {@code tag} ({@code a/b}). */
    public InlineTag(BasedSequence chars, String tag) {
        super(chars);
        this.tag = tag;
    }

    /** The tag without its {@code #}. */
    public String tag() {
        return tag;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
