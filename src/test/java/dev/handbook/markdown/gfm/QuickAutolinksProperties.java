package dev.handbook.markdown.gfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Asking autolinking only about text that may hold an address links exactly what flexmark's own extension links. */
class QuickAutolinksProperties {

    private static final List<String> FRAGMENTS = List.of(
            "https://example.com/a?b=1", "http://x.io", "ftp://files", "mailto:someone@example.com", "a@b.co",
            "www.example.org", "WWW.Example.org", "wwwx", "ww", "w", "://", ":", "@", "&amp;", "&#64;", "&#58;",
            "\\@", "\\:", "\\/", "/", "//", "&#47;", "&#x3A;", "http", "Look for:", "words", " ", ".", ",", "(", ")",
            "\n", "\n\n", "*", "`", "[t](", "<", ">", "é");

    @Property(tries = 1000)
    void linksWhatFlexmarkLinks(@ForAll("texts") String markdown) {
        assertEquals(render(AutolinkExtension.create(), markdown), render(QuickAutolinks.create(), markdown),
                () -> "for: " + markdown);
    }

    @Example
    void anAddressJoinedAcrossAnEntityIsLinkedOnce() {
        // flexmark joins the text after the entity into the first text's scan and drops it from the tree.
        String markdown = "https://example.com/a?b=1&amp;https://example.com/a?b=1";
        assertEquals(render(AutolinkExtension.create(), markdown), render(QuickAutolinks.create(), markdown));
    }

    @Example
    void textWithoutAColonAnAtOrWwwIsLeftAlone() {
        assertFalse(QuickAutolinks.mayHoldLink("The panel weighs the trade-off; then it decides."));
        assertFalse(QuickAutolinks.mayHoldLink("Look for: a plan, then a check."));
        assertTrue(QuickAutolinks.mayHoldLink("see https://example.com"));
        assertTrue(QuickAutolinks.mayHoldLink("mail jo@example.com"));
        assertTrue(QuickAutolinks.mayHoldLink("Www.example.com"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
