package dev.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regex matches taken without copying the paragraph: flexmark keeps each
 * match as a {@code MatchResult}, which copies the whole paragraph into a string, so a paragraph of 10,000
 * inline HTML tags (or entities, or autolinks) took 25 s to parse.
 */
final class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    // As flexmark matches: from the parser's place to the paragraph's end, moving the place past the match.
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
