package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The search index's JSON strings, written a run at a time, read as they did written a character at a time. */
class SearchIndexProperties {

    @Property(tries = 2000)
    void escapesAsOneCharacterAtATime(@ForAll("texts") String text) {
        assertEquals(oneAtATime(text), SearchIndex.string(text));
    }

    // The implementation it replaced, as the reference.
    private static String oneAtATime(String text) {
        StringBuilder out = new StringBuilder().append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> special = Arbitraries.of("\"", "\\", "\n", "\r", "\t", "<", "\u2028", "\u2029", "\u0000",
                "\u001f", "</script>", "é", "😀");
        return Arbitraries.oneOf(special, Arbitraries.strings().ofMaxLength(5)).list().ofMaxSize(12)
                .map(pieces -> String.join("", pieces));
    }
}
