package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unbescape.html.HtmlEscape;

/** The one-pass escaping Pebble's autoescape uses writes what Pebble's own (unbescape's) writes. */
class HtmlEscapingProperties {

    @Property(tries = 2000)
    void escapesAsPebbleDoes(@ForAll("texts") String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), HtmlEscaping.escape(text, true));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> markup = Arbitraries.of("<", ">", "&", "\"", "'", "&amp;", "&#39;", "—", "😀", "\u00a0",
                "\u0000", "\u007f", "\r\n", "\t");
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(6);
        return Arbitraries.oneOf(markup, any).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }
}
