package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.NoteRenderer;
import dev.handbook.markdown.ParsedNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Turning notes into HTML leaves their parses as they were: the same parse objects, with everything the earlier
 * stages gave them, draw the same bytes however often and in whatever order they are drawn, embeds of each other
 * included. This is what lets the preview's stage cache hand a parse to the next build.
 */
class RenderLeavesParsesAloneTest {

    @ParameterizedTest
    @ValueSource(strings = {"vaults/larkspur", "vaults/dialects", "obsidian/vault", "interview/harbour"})
    void theSameParsesDrawTheSameBytesTwiceInEitherOrder(String fixture) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Notes notes = new Pipeline(config(fixture, diagnostics), diagnostics, null).notes();
        List<ParsedNote> parsed = notes.parsed();
        assertTrue(parsed.size() > 3, "a fixture with notes to draw: " + parsed.size());

        Map<String, String> first = draw(notes, parsed);
        List<ParsedNote> reversed = new ArrayList<>(parsed);
        java.util.Collections.reverse(reversed);
        Map<String, String> again = draw(notes, reversed);
        Map<String, String> third = draw(notes, parsed);

        assertEquals(first, again, "drawn in the other order");
        assertEquals(first, third, "drawn a third time");
    }

    /** The configuration of a test fixture named as {@code group/name}. */
    static SiteConfig config(String fixture, Diagnostics diagnostics) throws ConfigException {
        return new ConfigLoader(diagnostics).load(TestSites.resource(fixture.substring(0, fixture.indexOf('/')),
                fixture.substring(fixture.indexOf('/') + 1)).resolve("site.yml"));
    }

    private static Map<String, String> draw(Pipeline.Notes notes, List<ParsedNote> order) {
        Map<String, String> html = new LinkedHashMap<>();
        for (ParsedNote note : order) {
            NoteRenderer renderer = notes.renderer();
            html.put(note.note().path(), renderer.render(note) + renderer.titleHtml(note));
        }
        return new java.util.TreeMap<>(html);
    }
}
