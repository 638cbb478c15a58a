package dev.handbook.markdown.embed;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A paragraph holding nothing but a note embed, so the embedded blocks are not drawn inside a {@code <p>}. */
public final class EmbedBlock extends Block {

    EmbedBlock(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
