package dev.handbook.markdown.embed;

import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.QuestionAnchors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.links.LinkResolver;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.vault.Note;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one page's embeds may draw is bounded: a fan-out of embeds stops at the budget, named at its embed. */
class EmbedBudgetTest {

    // Seven notes, each embedding the next 25 times: 25^5 embeds under the depth limit, gigabytes of HTML.
    private static List<Note> fanOut() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            StringBuilder body = new StringBuilder("Some text for note " + i + ".\n\n");
            for (int j = 0; i < 6 && j < 25; j++) {
                body.append("![[N").append(i + 1).append("]]\n\n");
            }
            notes.add(InMemoryVault.note("N" + i + ".md", body.toString()));
        }
        return notes;
    }

    @Test
    void aFanOutOfEmbedsStopsAtTheBudgetWithAWarningAtThePagesEmbed() {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<ParsedNote> parsed = fanOut().stream().map(note -> engine.parse(note, diagnostics)).toList();
            LinkTable links = new LinkResolver(InMemoryVault.config(), diagnostics).resolve(parsed, List.of(),
                    List.of()).table();
            return engine.renderer(links, QuestionAnchors.NONE).render(parsed.get(0), diagnostics);
        });
        int embeds = html.split("<div class=\"embed\">", -1).length - 1;
        assertTrue(embeds <= Embeds.MAX_EMBEDDED_CHARS / Embeds.EMBED_COST + 1, embeds + " embeds");
        assertTrue(html.length() < 4 * Embeds.MAX_EMBEDDED_CHARS, html.length() + " characters");
        assertEquals(1, html.split("the page embeds too much", -1).length - 1);
        assertEquals(List.of("content/N0.md:3:1: warning: the embeds from ![[N1]] on add more than 1000000 characters"
                + " to the page; the rest are not shown; embed less, or link instead"),
                diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aPageWithinTheBudgetShowsEveryEmbed() {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownEngine engine = new MarkdownEngine(InMemoryVault.config());
        List<ParsedNote> parsed = fanOut().subList(4, 7).stream().map(note -> engine.parse(note, diagnostics)).toList();
        LinkTable links = new LinkResolver(InMemoryVault.config(), diagnostics).resolve(parsed, List.of(), List.of())
                .table();
        String html = engine.renderer(links, QuestionAnchors.NONE).render(parsed.get(0), diagnostics);
        assertEquals(25 + 25 * 25, html.split("<div class=\"embed\">", -1).length - 1);
        assertEquals(List.of(), diagnostics.sorted());
    }
}
