package dev.handbook.markdown.highlight;

import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An Obsidian highlight {@code ==text==}, rendered as a {@code <mark>} of the default category. */
public final class Highlight extends DelimitedNodeImpl {

    /** A highlight spanning its markers, so its place in the source is known (tables read it). */
    public Highlight(BasedSequence openingMarker, BasedSequence closingMarker) {
        super(openingMarker, BasedSequence.NULL, closingMarker);
    }
}
