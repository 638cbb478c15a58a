package dev.handbook.markdown.tag;

import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.QuestionAnchors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.HtmlInline;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.Descendants;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.limits.TextParagraph;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Many raw tags in one paragraph, left open: parsed and cleaned in time that grows with their number. */
class ManyInlineTagsTest {

    private static final String MARK = "<mark style=\"background: #FF5582A6;\">";

    @Test
    void aParagraphOfTenThousandUnclosedMarksIsShownAsTextWithAWarning() {
        // flexmark copied the paragraph at each tag: 10,000 took 25 s to parse, and more grew as the square.
        Diagnostics diagnostics = new Diagnostics();
        MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ParsedNote parsed = engine.parse(InMemoryVault.note("Marks.md", "Intro.\n\n" + MARK.repeat(10_000)
                    + "\n"), diagnostics);
            long tags = StreamSupport.stream(Descendants.of(parsed.document()).spliterator(), false)
                    .filter(HtmlInline.class::isInstance).count();
            assertEquals(0, tags);
            return engine.renderer(LinkTable.EMPTY, QuestionAnchors.NONE).render(parsed);
        });
        assertTrue(html.startsWith("<p>Intro.</p>\n<p>&lt;mark style=&quot;background: #FF5582A6;&quot;&gt;"), html
                .substring(0, 200));
        assertEquals(List.of("content/Marks.md:3:1: warning: this paragraph holds 10000 raw tags and entities ('<',"
                + " '&'), more than 1000; it is shown as plain text; split it"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aThousandUnclosedMarksAreStillMarksAndCleanedInLinearTime() {
        // jsoup's cleaner looked up each mark's base address through all its ancestors: quadratic in the nest.
        int marks = TextParagraph.MAX_MARKUP;
        MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
        String html = engine.renderer(LinkTable.EMPTY, QuestionAnchors.NONE).render(engine.parse(InMemoryVault.note("Marks.md", MARK.repeat(marks) + "\n"),
                new Diagnostics()));
        assertEquals(marks, html.split("<mark class=\"hl-", -1).length - 1);
    }

    @Test
    void entitiesAndAutolinksStillParseAsBefore() {
        Diagnostics diagnostics = new Diagnostics();
        String html = InMemoryVault.render(List.of(InMemoryVault.note("N.md",
                "A &amp; B &copy; <https://example.com> <b>bold</b> `code` [x](y.md \"t\")\n")), diagnostics).get("N.md");
        assertEquals("<p>A &amp; B © <a href=\"https://example.com\">https://example.com</a> <b>bold</b>"
                + " <code>code</code> <span class=\"unresolved\" title=\"Nothing at &quot;y.md&quot; in this handbook"
                + " yet\">x</span></p>\n", html, "a link to a note the vault does not have is shown as text");
    }
}
