package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever a note holds, the Markdown stage never throws and never lets script into the page: no
 * {@code <script>}, no {@code on*} handler, no {@code javascript:} URL. Each try renders a two-note vault
 * in which the second note embeds the first, so embeds of hostile text are covered too.
 */
class MarkdownSafetyProperties {

    private static final List<String> FRAGMENTS = List.of(
            "[[", "]]", "![[", "|", "\\|", "#", "#^", "^id", " ^blk", "==", "%%", "> [!", "> [!note]- ", "]",
            "<script>", "</script>", "alert(1)", "<img src=x onerror=alert(1)>", "javascript:", "JaVaScRiPt:",
            "<a href=\"", "\">", "</a>", "<mark style=\"background: #FF5582A6;\">", "</mark>", "<iframe src=",
            "<svg onload=alert(1)>", "<style>", "[t](", ")", "![i](", "<", ">", "\"", "'", "&#106;", "data:text/html,",
            "`", "```", "~~~", "**", "*", "_", "- ", "1. ", "| a | b |\n| --- | --- |\n| ", "---", "Other", "Fuzz",
            "#tag", "#nested/tag", "http://example.com/#x", "\n", "\n\n", "\t", "    ", " ", "word", "é", "\u0000",
            // Whole payloads, so that the rarer combinations are tried too.
            "[x](javascript:alert(1))", "![p](javascript:alert(1))", "<javascript:alert(1)>", "[x][r]",
            "\n\n[r]: javascript:alert(1)\n", "[x](&#106;avascript:alert(1))", "[x](data:text/html,hi)",
            "![[Other]]", "![[Fuzz]]", "[[Other#^blk]]", "<a href=\"javascript:alert(1)\">x</a>",
            "<!--", "-->", "<!-- c --><script>alert(1)</script>", "==x== | a |\n| --- |\n| ");

    @Property(tries = 300)
    void arbitraryTextIsSafe(@ForAll @StringLength(max = 300) String text) {
        assertSafe(text);
    }

    @Property(tries = 300)
    void obsidianAndHtmlFragmentsAreSafe(@ForAll("fragments") String text) {
        assertSafe(text);
    }

    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(8, fragment), Tuple.of(1, printable));
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Example
    void theCheckCatchesAScript() {
        // The check itself must be able to fail: a page with a handler is caught.
        Document page = Jsoup.parseBodyFragment("<p><img src=x onerror=alert(1)></p>");
        assertFalse(problems(page).isEmpty());
    }

    @Example
    void hostileSampleIsSafe() {
        assertSafe("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> "
                + "==<a href=\"javascript:alert(1)\">a</a>== > [!note] <svg onload=alert(1)>");
    }

    @Example
    void markdownLinksWithScriptSchemesAreSafe() {
        // No raw HTML at all, so only the links themselves can make the sanitiser step in.
        assertSafe("[x](javascript:alert(1)) ![p](javascript:alert(2)) <javascript:alert(3)> [y][r]\n\n"
                + "[r]: javascript:alert(4)\n");
    }

    @Example
    void highlightInATableHeaderDoesNotThrow() {
        assertSafe("==x== | a |\n| --- |\n| ");
    }

    @Example
    void embeddedHostileNoteIsSafe() {
        assertSafe("Plain words.");
        Map<String, String> html = InMemoryVault.render(List.of(
                InMemoryVault.note("Host.md", "![[Guest]]"),
                InMemoryVault.note("Guest.md", "<script>alert(1)</script> <img src=x onerror=alert(1)>")),
                new Diagnostics());
        assertTrue(problems(Jsoup.parseBodyFragment(html.get("Host.md"))).isEmpty(), html.get("Host.md"));
    }

    // Block-level lines, each alone on its line and indented in every way, where flexmark's block parsers
    // (tables, lists, quotes, fences) meet: a lone pipe line over a tab-indented separator made it throw.
    private static final List<String> LINES = List.of("|", "| a |", "| a | b |", "|---|", "|---|---|", ":-:|",
            "--- | ---", "a | b", "[[Note|alias]] | b", "- item", "1. item", "> quote", "> [!note] Title", "```",
            "~~~", "# Heading", "Text", "", "[caption]", "[^1]: note", "- [ ] task", "***", "==mark== |", "<div>",
            "- [x] done", "+ item", "* item", "1) item", "> - [ ] task", "> > deep", "> [!tip]+ Open", "[^1]",
            "![[Other]]", "![[Other#^blk]]", "%%", "%% comment %%", "<details>", "</div>", "Term", ": def", "$$",
            "    code", "#tag", "[[Other#Heading]]", "===", "---", "- ", "1.", ">", "- [ ]", "^blk", "text ^blk",
            "![[Other#^blk]] ^blk");

    private static final List<String> INDENTS = List.of("", "", "", " ", "  ", "   ", "    ", "\t", " \t", "> ");

    @Property(tries = 500)
    void blockLinesInAnyIndentNeverStopTheBuild(@ForAll("blockLines") String text) {
        assertSafe(text);
    }

    @Provide
    Arbitrary<String> blockLines() {
        Arbitrary<String> line = Arbitraries.of(INDENTS).flatMap(indent -> Arbitraries.of(LINES).map(l -> indent + l));
        return line.list().ofMaxSize(10).map(lines -> String.join("\n", lines) + "\n");
    }

    @Example
    void aPipeLineOverATabIndentedSeparatorIsText() {
        assertSafe("|\n\t|---|\n");
    }

    @Example
    void anEmbedWithABlockIdCanBeEmbeddedByThatId() {
        // The id named the paragraph the embed block replaced, which had left the tree: a crash when embedded.
        assertSafe("![[Other#^blk]] ^blk\n");
    }

    @Example
    void aTaskWithANestedListAndAnotherBlockIsDrawn() {
        // flexmark left the nested list pointing at the list item the task replaced: no document, so a crash.
        String task = "- [ ] Book the room\n  - panel\n  1. first\n";
        assertSafe(task);
        Map<String, String> html = InMemoryVault.render(List.of(InMemoryVault.note("Task.md", task)), new Diagnostics());
        Document page = Jsoup.parseBodyFragment(html.get("Task.md"));
        assertEquals("panel", page.select("li.task-list-item > ul > li").text(), page.body().html());
        assertEquals("first", page.select("li.task-list-item > ol > li").text(), page.body().html());
    }

    @org.junit.jupiter.api.Test
    void anEmbeddedBlockWhoseParagraphWasLiftedOutDrawsWithoutTheDocumentAssertion() {
        // Found by blockLinesInAnyIndentNeverStopTheBuild: the embed of a lifted embed's block id led to a node
        // taken out of its tree, whose document flexmark asserts it has.
        assertSafe("> ![[Other#^blk]] ^blk\n: def\n    [^1]: note\n> ![[Other#^blk]]\n  + item\n\t[[Note|alias]] | b\n"
                + "   \n    |\n   %% comment %%\n</div>\n");
    }

    private static void assertSafe(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> html = InMemoryVault.render(List.of(
                InMemoryVault.note("Fuzz.md", text),
                InMemoryVault.note("notes/Other.md", "Intro with [[Fuzz]].\n\n![[Fuzz]]\n\n" + text)),
                diagnostics);
        // The engine reports a parser failure instead of throwing it; here that counts as throwing.
        assertFalse(diagnostics.sorted().toString().contains("cannot parse this note"),
                () -> diagnostics.sorted() + "\n--- input ---\n" + text);
        assertEquals(2, html.size());
        html.forEach((path, rendered) -> {
            List<String> problems = problems(Jsoup.parseBodyFragment(rendered));
            assertTrue(problems.isEmpty(), () -> path + ": " + problems + "\n--- input ---\n" + text
                    + "\n--- html ---\n" + rendered);
        });
    }

    private static List<String> problems(Document page) {
        return page.getAllElements().stream().flatMap(element -> problems(element).stream()).toList();
    }

    private static List<String> problems(Element element) {
        List<String> found = new java.util.ArrayList<>();
        String tag = element.normalName();
        if (List.of("script", "iframe", "object", "embed", "style", "base", "form").contains(tag)) {
            found.add("<" + tag + ">");
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            // Browsers ignore control characters and spaces inside a URL's scheme.
            String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
                found.add(tag + "[" + name + "]");
            }
            if (value.startsWith("javascript:") || value.startsWith("vbscript:")) {
                found.add(tag + "[" + name + "=" + attribute.getValue() + "]");
            }
            if (value.startsWith("data:") && !(tag.equals("img") && name.equals("src"))) {
                found.add(tag + "[" + name + "=data:…]");
            }
        }
        return found;
    }
}
