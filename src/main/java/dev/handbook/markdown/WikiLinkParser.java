package dev.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Parses {@code [[target#anchor|display]]} and {@code ![[…]]} in Obsidian's order (target first),
 * with {@code \|} accepted as the separator so links work inside table cells.
 *
 * <p>Being an inline parser, it never sees code spans or fenced code.
 */
final class WikiLinkParser implements InlineParserExtension {

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
        boolean embed = input.charAt(start) == '!';
        int open = embed ? start + 1 : start;
        if (open + 1 >= input.length() || input.charAt(open) != '[' || input.charAt(open + 1) != '[') {
            return false;
        }
        int close = -1;
        for (int i = open + 2; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '[') {
                return false;
            }
            if (c == ']') {
                if (input.charAt(i + 1) == ']') {
                    close = i;
                }
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        String inner = input.subSequence(open + 2, close).toString();
        String display = null;
        int pipe = inner.indexOf("\\|");
        int pipeLength = 2;
        if (pipe < 0) {
            pipe = inner.indexOf('|');
            pipeLength = 1;
        }
        if (pipe >= 0) {
            display = inner.substring(pipe + pipeLength).trim();
            inner = inner.substring(0, pipe);
        }
        int hash = inner.indexOf('#');
        String target = (hash < 0 ? inner : inner.substring(0, hash)).trim();
        String anchor = hash < 0 ? "" : inner.substring(hash + 1).trim();
        if (target.isEmpty() && anchor.isEmpty()) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new WikiLink(input.subSequence(start, close + 2), embed, target, anchor, display));
        parser.setIndex(close + 2);
        return true;
    }

    /** Registers the parser for {@code [} and {@code !}. */
    static final class Factory implements InlineParserExtensionFactory {
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
