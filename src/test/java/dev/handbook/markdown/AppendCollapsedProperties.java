package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Appending a run of text at a time collapses whitespace exactly as appending a character at a time did. */
class AppendCollapsedProperties {

    @Property(tries = 2000)
    void collapsesAsOneCharacterAtATime(@ForAll("texts") String before, @ForAll("texts") String chars) {
        StringBuilder runs = new StringBuilder(before);
        PlainText.appendCollapsed(runs, BasedSequence.of(chars));
        assertEquals(oneAtATime(new StringBuilder(before), chars), runs.toString());
    }

    // The implementation it replaced, as the reference.
    private static String oneAtATime(StringBuilder text, CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "bc", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "é", "—", "😀", "")
                .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
