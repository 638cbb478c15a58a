package dev.handbook.markdown.wikilink.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.wikilink.WikiLink;
import dev.handbook.markdown.wikilink.WikiLinkSyntax;
import java.util.Set;

/**
 * Parses {@code [[target#anchor|display]]} and {@code ![[…]]} into {@link WikiLink} nodes, as {@link WikiLinkSyntax}
 * reads them. Being an inline parser, it never sees code spans or fenced code.
 */
public final class WikiLinkParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        WikiLinkSyntax.Parts link = WikiLinkSyntax.at(input, start);
        if (link == null) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new WikiLink(input.subSequence(start, link.end()), link.embed(), link.target(),
                link.anchor(), link.display()));
        parser.setIndex(link.end());
        return true;
    }

    /** Registers the parser for {@code [} and {@code !}. */
    public static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[!";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new WikiLinkParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
