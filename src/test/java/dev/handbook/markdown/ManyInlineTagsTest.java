package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.HtmlInline;
import dev.handbook.diagnostics.Diagnostics;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Many raw tags in one paragraph, left open: parsed and cleaned in time that grows with their number. */
class ManyInlineTagsTest {

    private static final String MARK = "<mark style=\"background: #FF5582A6;\">";

    @Test
    void fortyThousandUnclosedMarksOnOneLineAreParsedAndDrawn() {
        // flexmark copied the paragraph at each tag (10,000 took 25 s to parse) and jsoup's cleaner walked up the
        // 10,000-deep nest at each mark; both are linear now, and every mark is still drawn with its colour.
        int marks = 40_000;
        MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ParsedNote parsed = engine.parse(InMemoryVault.note("Marks.md", MARK.repeat(marks) + "\n"),
                    new Diagnostics());
            long tags = StreamSupport.stream(Descendants.of(parsed.document()).spliterator(), false)
                    .filter(HtmlInline.class::isInstance).count();
            assertEquals(marks, tags);
            return engine.render(parsed);
        });
        assertEquals(marks, html.split("<mark class=\"hl-", -1).length - 1);
    }

    @Test
    void entitiesAndAutolinksStillParseAsBefore() {
        Diagnostics diagnostics = new Diagnostics();
        String html = InMemoryVault.render(List.of(InMemoryVault.note("N.md",
                "A &amp; B &copy; <https://example.com> <b>bold</b> `code` [x](y.md \"t\")\n")), diagnostics).get("N.md");
        assertEquals("<p>A &amp; B © <a href=\"https://example.com\">https://example.com</a> <b>bold</b>"
                + " <code>code</code> <a href=\"y.md\" title=\"t\">x</a></p>\n", html);
    }
}
