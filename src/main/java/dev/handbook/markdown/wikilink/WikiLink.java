package dev.handbook.markdown.wikilink;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.vault.LinkText;
import org.jetbrains.annotations.NotNull;

/**
 * An Obsidian link {@code [[target#anchor|display]]}, or an embed {@code ![[target]]}, as written: where it goes is
 * the links stage's answer, kept in its {@link dev.handbook.markdown.LinkTable}.
 */
public final class WikiLink extends Node {

    private final boolean embed;
    private final String target;
    private final String anchor;
    private final String display;

    /** A link of these characters, as {@link WikiLinkSyntax} read them. */
    public WikiLink(BasedSequence chars, boolean embed, String target, String anchor, String display) {
        super(chars);
        this.embed = embed;
        this.target = target;
        this.anchor = anchor;
        this.display = display;
    }

    /** True for {@code ![[…]]}. */
    public boolean isEmbed() {
        return embed;
    }

    /** The note or file named, as written ({@code Folder/Note}, {@code image.png}); empty for {@code [[#Heading]]}. */
    public String target() {
        return target;
    }

    /** What follows the first {@code #}: a heading, a heading path {@code H1#H2}, or {@code ^block-id}; empty if none. */
    public String anchor() {
        return anchor;
    }

    /** The text after {@code |}, or null when the link has none. */
    public String display() {
        return display;
    }

    /** The text Obsidian shows for the link when it has no display text. */
    public String defaultText() {
        return LinkText.of(target, anchor, display);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
