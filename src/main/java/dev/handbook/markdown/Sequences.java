package dev.handbook.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's character sequences as strings, cheaply. flexmark copies a sequence into a string a character at
 * a time, through two range checks per character; a sequence that is one stretch of the note's own text is
 * that text's substring, which the JVM copies whole.
 */
public final class Sequences {

    private Sequences() {
    }

    /** The characters of a sequence, as flexmark's {@code toString} gives them. */
    public static String string(CharSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            String text = base.substring(sub.getStartOffset(), sub.getEndOffset());
            // flexmark reads a NUL in the source as the replacement character, as CommonMark asks.
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** The characters of a sequence with backslash escapes and entities resolved, as flexmark's {@code unescape}. */
    public static String unescape(CharSequence chars) {
        String text = string(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }
}
