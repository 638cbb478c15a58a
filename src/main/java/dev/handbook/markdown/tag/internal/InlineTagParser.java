package dev.handbook.markdown.tag.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.tag.InlineTag;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses inline {@code #tags} as Obsidian does: after a space or at the start of a line, letters,
 * digits, {@code _ - /}, with at least one character that is not a digit ({@code #1} is no tag).
 * Tags inside URLs and code never reach this parser or fail the "after a space" rule.
 */
public final class InlineTagParser implements InlineParserExtension {

    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_/-]*[\\p{L}_/-][\\p{L}\\p{N}_/-]*)");

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int index = parser.getIndex();
        if (index > 0 && !Character.isWhitespace(input.charAt(index - 1)) && input.charAt(index - 1) != '(') {
            return false;
        }
        Matcher matcher = TAG.matcher(input.subSequence(index, input.length()));
        if (!matcher.lookingAt()) {
            return false;
        }
        String tag = matcher.group(1).replaceAll("/+$", "");
        if (tag.isEmpty() || tag.startsWith("/")) {
            return false;
        }
        int end = index + 1 + tag.length();
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineTag(input.subSequence(index, end), tag));
        parser.setIndex(end);
        return true;
    }

    /** Registers the parser for {@code #}. */
    public static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "#";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineTagParser();
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
