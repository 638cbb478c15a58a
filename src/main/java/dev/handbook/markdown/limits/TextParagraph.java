package dev.handbook.markdown.limits;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A paragraph with more raw tags and entities than any real one, shown as the text it was written as. */
public final class TextParagraph extends Paragraph {

    /** The most {@code <} and {@code &} one paragraph may hold and still be read as Markdown. */
    public static final int MAX_MARKUP = 1_000;

    private final int markup;

    /** A paragraph of these characters, which hold this many {@code <} and {@code &}. */
    public TextParagraph(BasedSequence chars, int markup) {
        super(chars);
        this.markup = markup;
    }

    /** How many {@code <} and {@code &} the paragraph holds, for the warning the Markdown stage gives at it. */
    public int markup() {
        return markup;
    }
}
