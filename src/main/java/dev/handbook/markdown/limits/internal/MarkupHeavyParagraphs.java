package dev.handbook.markdown.limits.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.limits.TextParagraph;
import java.util.Set;

/**
 * Takes a paragraph with more raw tags and entities than any real one as plain text, before its inlines are read:
 * flexmark copies the whole paragraph at each tag or entity it matches, so 10,000 tags in one take 25 s.
 */
public final class MarkupHeavyParagraphs implements ParagraphPreProcessorFactory {

    // Fewer tags in a very long paragraph cost as much: the copies are bounded by count times length too.
    private static final long MAX_COPIED = 50_000_000L;

    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(ReferencePreProcessorFactory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        return (paragraph, parserState) -> {
            BasedSequence chars = paragraph.getChars();
            int markup = 0;
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                markup += c == '<' || c == '&' ? 1 : 0;
            }
            if (markup <= TextParagraph.MAX_MARKUP && (long) markup * chars.length() <= MAX_COPIED) {
                return 0;
            }
            TextParagraph text = new TextParagraph(chars, markup);
            text.appendChild(new Text(chars.trimEnd()));
            paragraph.insertBefore(text);
            return chars.length();
        };
    }
}
