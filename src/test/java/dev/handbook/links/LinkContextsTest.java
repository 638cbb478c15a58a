package dev.handbook.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.wikilink.WikiLink;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sentence around each link: a paragraph's text is read once, however many links it holds. */
class LinkContextsTest {

    private static ParsedNote parsed(String body) {
        return new MarkdownEngine(InMemoryVault.config()).parse(InMemoryVault.note("Big.md", body), new Diagnostics());
    }

    private static String paragraphOfLinks(int links) {
        return IntStream.range(0, links).mapToObj(i -> "[[Note " + i + "]]").collect(Collectors.joining(" ")) + "\n";
    }

    // Characters read to find the context of every link of a note.
    private static long charsRead(String body) {
        LinkContexts contexts = new LinkContexts();
        for (WikiLink link : parsed(body).links()) {
            contexts.of(link);
        }
        return contexts.charsRead();
    }

    @Test
    void readingGrowsWithTheParagraphNotWithLinksTimesParagraph() {
        // Each of 10,000 links in one paragraph collected the whole paragraph: 62 s in the links stage.
        long thousand = charsRead(paragraphOfLinks(1_000));
        long fourThousand = charsRead(paragraphOfLinks(4_000));
        assertTrue(fourThousand < 5 * thousand, thousand + " then " + fourThousand + " characters read");
        int paragraph = paragraphOfLinks(4_000).length();
        assertTrue(fourThousand <= paragraph + 4_000L * (2 * LinkContexts.REACH + 12), fourThousand + " read");
    }

    @Test
    void tenThousandLinksInOneParagraphAreResolved() {
        List<String> notes = List.of("Note 1.md", "Big.md");
        Diagnostics diagnostics = new Diagnostics();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> InMemoryVault.render(List.of(
                InMemoryVault.note(notes.get(0), "One.\n"), InMemoryVault.note(notes.get(1), paragraphOfLinks(10_000))),
                diagnostics));
    }

    @Test
    void aSentenceFarLongerThanTheContextStillShowsTheLink() {
        String body = "Start " + "word ".repeat(2_000) + "see [[Target]] here " + "word ".repeat(2_000) + "end.\n";
        String context = new LinkContexts().of(parsed(body).links().get(0));
        assertEquals(239, context.length(), context);
        assertTrue(context.startsWith("…") && context.endsWith("…") && context.contains("see Target here"), context);
    }

    @Test
    void theSentenceAroundALinkIsItsContext() {
        String body = "First one. Then read [[Target]] with care. Last one.\n";
        assertEquals("Then read Target with care.", new LinkContexts().of(parsed(body).links().get(0)));
    }

    @Test
    void aSentenceReadsEntitiesImagesAndCodeAsPlainTextDoes() {
        String body = "Ask the &lt;role&gt; lead, shown in ![Loop|300](loop.png), to run `make a\\*b` with [[Target]].\n";
        assertEquals("Ask the <role> lead, shown in Loop, to run make a\\*b with Target.",
                new LinkContexts().of(parsed(body).links().get(0)));
    }

    @Test
    void aTableRowsCellsArePartedAndACalloutTitleEndsItsSentence() {
        assertEquals("Phone screen · Screen leads", new LinkContexts().of(
                parsed("| Stage | Note |\n| --- | --- |\n| Phone screen | [[Screen]] leads |\n").links().get(0)));
        assertEquals("Read Target first.",
                new LinkContexts().of(parsed("> [!tip] Before the loop\n> Read [[Target]] first.\n").links().get(0)));
    }
}
