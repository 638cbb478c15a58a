package dev.handbook.markdown.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.Descendants;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.vault.Note;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Nesting read from a note's lines before it is parsed: never deeper than flexmark's tree, so it refuses only
 * what the tree check refuses, and a list a thousand levels deep is refused before flexmark spends seconds on it.
 */
class NestingScanProperties {

    private static final List<String> FRAGMENTS = List.of(
            "- a\n", "  - b\n", "    - c\n", "\t- t\n", " \t- u\n", "-\tx\n", "> q\n", ">> qq\n", "- > x\n", "1. one\n",
            "2. two\n", "   1) three\n", "```\n", "~~~~\n", "    ```\n", "<div>\n", "<!--\n", "-->\n", "<pre>\n",
            "</pre>\n", "- - -\n", "* * *\n", "-\n", "- \n", "text\n", "\n", "---\n", "- - x\n", "* - + x\n",
            "> - > - x\n", "      indented\n", "[^1]: note\n", "- [ ] task\n", "| a | b |\n", "|---|---|\n", "# H\n");

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), TaskListExtension.create(), FootnoteExtension.create()))).build();

    @Property(tries = 2000)
    void refusesOnlyWhatTheParsedTreeHasTooDeep(@ForAll("documents") String markdown,
                                                @ForAll @IntRange(min = 0, max = 8) int maxDepth) {
        if (NestingScan.tooDeep(markdown, maxDepth) >= 0) {
            assertNotNull(Descendants.deeperThan(PARSER.parse(markdown), maxDepth), markdown);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Example
    void deepListsOfEveryIndentAreFoundBeforeParsing() {
        List<String> deep = List.of(
                lines(i -> "  ".repeat(i) + "- x"), lines(i -> "    ".repeat(i) + "- x"),
                lines(i -> "\t".repeat(i) + "- x"), lines(i -> "   ".repeat(i) + "1. x"),
                "- ".repeat(5_000) + "x\n", ">".repeat(1_000) + " x\n", lines(i -> "- ".repeat(i + 1) + "x"));
        for (String markdown : deep) {
            assertEquals(true, NestingScan.tooDeep(markdown, MarkdownEngine.MAX_DEPTH) >= 0,
                    markdown.substring(0, 40));
        }
    }

    @Example
    void aListJustShallowEnoughIsLeftToTheParser() {
        // 49 levels: the tree check lets it through, so the scan must too.
        assertEquals(-1, NestingScan.tooDeep(IntStream.range(0, 49).mapToObj(i -> "  ".repeat(i) + "- x\n")
                .collect(Collectors.joining()), MarkdownEngine.MAX_DEPTH));
    }

    @Example
    void aListOfAThousandLevelsIsRefusedWithoutParsingIt() {
        // Each line one level deeper than the last, 1,000 lines: flexmark took 47 s and 3 GB to build the tree.
        Diagnostics diagnostics = new Diagnostics();
        Note deep = InMemoryVault.note("Deep.md", lines(i -> "- ".repeat(i + 1) + "x"));
        ParsedNote parsed = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new MarkdownEngine(InMemoryVault.config()).parse(deep, diagnostics));
        assertEquals(null, parsed.document().getFirstChild());
        assertEquals(List.of("content/Deep.md:50:101: error: lists or quotes nest too deeply here to be read (over"
                + " 50 levels); flatten them (the note is left empty until then)"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    private static String lines(java.util.function.IntFunction<String> line) {
        return IntStream.range(0, 1_000).mapToObj(i -> line.apply(i) + "\n").collect(Collectors.joining());
    }
}
