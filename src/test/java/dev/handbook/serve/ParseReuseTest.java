package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.StageCache;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.interview.InterviewFixtures;
import dev.handbook.markdown.ParsedNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuild parses only the notes whose files changed and draws only the pages an edit reaches, reusing
 * the last preview's parses and pages for the rest, yet builds exactly the site, and reports exactly the
 * problems, that a build from scratch does.
 */
class ParseReuseTest {

    @TempDir
    Path temp;

    private Path site;
    private PreviewBuild first;

    @BeforeEach
    void buildOnce() throws IOException {
        site = InterviewFixtures.copy("harbour", temp);
        // A note whose parse reports a problem, so that the rebuild must report it again without parsing it, and
        // whose Markdown link and image the links stage rewrites in the parse it keeps.
        Files.writeString(site.resolve("content/notes/Framed.md"), "# Framed\n\nA map: <iframe src=\"x\"></iframe>\n\n"
                + "See [the screen](../stages/Screen.md) and ![the quay](quay.png).\n");
        Files.write(site.resolve("content/notes/quay.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        // A note linked to by heading and embedded by section, so that an edit to it changes what other notes
        // draw while their own files stay the same.
        Files.writeString(site.resolve("content/notes/Tides.md"), "# Tides\n\n## Neap\n\nSmall range, see [[Moon]].\n");
        Files.writeString(site.resolve("content/notes/Moon.md"), "# Moon\n\nIt pulls.\n");
        Files.writeString(site.resolve("content/notes/Linker.md"), "# Linker\n\nRead [[Tides#Neap]] first.\n");
        Files.writeString(site.resolve("content/notes/Embedder.md"), "# Embedder\n\n![[Tides#Neap]]\n");
        first = PreviewBuild.of(site);
    }

    @Test
    void aRebuildAfterAnEditReusesTheOtherParsesAndMatchesABuildFromScratch() {
        // The edit adds a link, so another page's backlinks change too.
        InterviewFixtures.edit(site.resolve("content/notes/Extra.md"), "Questions listed in front matter",
                "Questions listed in front matter (see [[Screen]])");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());
        assertSameAsScratch(rebuilt);
        assertTrue(rebuilt.diagnostics().stream().map(Diagnostic::format)
                .anyMatch(line -> line.startsWith("content/notes/Framed.md:3:") && line.contains("<iframe>")),
                () -> "the reused note's warning is reported again: " + rebuilt.diagnostics());

        Map<String, ParsedNote> before = byPath(first);
        Map<String, ParsedNote> after = byPath(rebuilt);
        assertNotSame(before.get("notes/Extra.md"), after.get("notes/Extra.md"), "the edited note is parsed again");
        assertSame(before.get("notes/Framed.md"), after.get("notes/Framed.md"), "an unchanged note is reused");
        assertSame(before.get("stages/Screen.md"), after.get("stages/Screen.md"), "an unchanged note is reused");

        Map<String, StageCache.DrawnPage> drawnBefore = first.state().pages();
        Map<String, StageCache.DrawnPage> drawnAfter = rebuilt.state().pages();
        assertEquals(drawnBefore.size(), first.pagesDrawn(), "a first preview draws every page");
        assertTrue(rebuilt.pagesDrawn() > 0 && rebuilt.pagesDrawn() < first.pagesDrawn() / 2,
                () -> rebuilt.pagesDrawn() + " of " + first.pagesDrawn() + " pages drawn again");
        assertNotSame(drawnBefore.get("notes/extra/index.html").bytes(), drawnAfter.get("notes/extra/index.html").bytes(),
                "the edited note's page is drawn again");
        assertNotSame(drawnBefore.get("stages/screen/index.html").bytes(),
                drawnAfter.get("stages/screen/index.html").bytes(), "the page whose backlinks changed is drawn again");
        assertSame(drawnBefore.get("notes/framed/index.html").bytes(), drawnAfter.get("notes/framed/index.html").bytes(),
                "a page the edit does not reach is taken as it was");
        assertSame(html(first, "notes/Framed.md"), html(rebuilt, "notes/Framed.md"),
                "a note the edit does not reach keeps its HTML");
        assertSame(questionsOf(first, "stages/Screen.md"), questionsOf(rebuilt, "stages/Screen.md"),
                "a reused parse keeps the questions found in it");
        assertNotSame(html(first, "notes/Extra.md"), html(rebuilt, "notes/Extra.md"));
    }

    @Test
    void anEditedQuestionIsFoundAgainAndTheIndexesShowIt() {
        InterviewFixtures.edit(site.resolve("content/questions/Rules.md"), "What brought you to harbour logistics?",
                "What brought you to harbour freight?");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());

        assertTrue(rebuilt.text("index/questions/index.html").contains("What brought you to harbour freight?"));
        assertSameAsScratch(rebuilt);
    }

    @Test
    void aRenamedHeadingDrawsTheNotesThatLinkOrEmbedItAgain() {
        InterviewFixtures.edit(site.resolve("content/notes/Tides.md"), "## Neap", "## Neap tide");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());

        assertSame(byPath(first).get("notes/Linker.md"), byPath(rebuilt).get("notes/Linker.md"), "not parsed again");
        assertNotSame(html(first, "notes/Linker.md"), html(rebuilt, "notes/Linker.md"), "its link changed");
        assertSameAsScratch(rebuilt);
    }

    @Test
    void anEditInsideAnEmbeddedSectionShowsInTheNoteThatEmbedsIt() {
        InterviewFixtures.edit(site.resolve("content/notes/Tides.md"), "Small range,", "Small range twice a month,");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());

        assertTrue(rebuilt.text("notes/embedder/index.html").contains("twice a month"));
        assertArrayEquals(PreviewBuild.of(site).file("notes/embedder/index.html"),
                rebuilt.file("notes/embedder/index.html"));
    }

    @Test
    void aLinkInsideAnEmbeddedSectionThatBreaksShowsInTheNoteThatEmbedsIt() throws IOException {
        // Neither the embedding note nor the embedded one changes: only what the embedded section links to.
        Files.delete(site.resolve("content/notes/Moon.md"));
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());

        assertSame(byPath(first).get("notes/Tides.md"), byPath(rebuilt).get("notes/Tides.md"));
        assertArrayEquals(PreviewBuild.of(site).file("notes/embedder/index.html"),
                rebuilt.file("notes/embedder/index.html"));
    }

    @Test
    void aDeletedTargetDrawsTheNotesThatLinkedToItAgain() throws IOException {
        Files.delete(site.resolve("content/notes/Tides.md"));
        assertSameAsScratch(PreviewBuild.of(site, first.state()));
    }

    @Test
    void anEditedTemplateDrawsEveryPageAgain() throws IOException {
        Path template = site.resolve("themes/default/templates/note.peb");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "{% extends \"layout\" %}{% block content %}<p>edited</p>{{ content | raw }}{% endblock %}");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());
        PreviewBuild scratch = PreviewBuild.of(site);

        assertEquals(scratch.pagesDrawn(), rebuilt.pagesDrawn(), "no page is taken from before the template changed");
        scratch.files().forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.files().get(path), path));
        assertTrue(rebuilt.text("notes/framed/index.html").contains("<p>edited</p>"));
    }

    @Test
    void aReusedNoteResolvesItsMarkdownLinksAgainFromWhatWasWritten() throws IOException {
        Files.delete(site.resolve("content/notes/quay.png"));
        InterviewFixtures.edit(site.resolve("content/notes/Extra.md"), "Questions listed", "Questions, listed");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());
        PreviewBuild scratch = PreviewBuild.of(site);

        assertSame(byPath(first).get("notes/Framed.md"), byPath(rebuilt).get("notes/Framed.md"));
        assertEquals(scratch.diagnostics(), rebuilt.diagnostics());
        assertTrue(rebuilt.diagnostics().stream().map(Diagnostic::format)
                .anyMatch(line -> line.contains("link to quay.png: no such file")), rebuilt.diagnostics()::toString);
        assertArrayEquals(scratch.file("notes/framed/index.html"), rebuilt.file("notes/framed/index.html"));
    }

    @Test
    void aChangedConfigurationParsesEverythingAgain() throws IOException {
        Path config = site.resolve("site.yml");
        Files.writeString(config, Files.readString(config) + "\nmarkdown:\n  hardLineBreaks: false\n");
        PreviewBuild rebuilt = PreviewBuild.of(site, first.state());
        assertNotSame(byPath(first).get("stages/Screen.md"), byPath(rebuilt).get("stages/Screen.md"));
    }

    // A build from scratch of the site as it is now, which the rebuild must equal file for file and problem for
    // problem.
    private PreviewBuild assertSameAsScratch(PreviewBuild rebuilt) {
        PreviewBuild scratch = PreviewBuild.of(site);
        assertEquals(scratch.files().keySet(), rebuilt.files().keySet());
        scratch.files().forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.files().get(path), path));
        assertEquals(scratch.diagnostics(), rebuilt.diagnostics());
        return scratch;
    }

    private static Object questionsOf(PreviewBuild build, String notePath) {
        return build.state().questions().of(byPath(build).get(notePath));
    }

    private static String html(PreviewBuild build, String notePath) {
        return build.state().htmlOf(notePath);
    }

    private static Map<String, ParsedNote> byPath(PreviewBuild build) {
        return build.state().parsed().stream()
                .collect(Collectors.toMap(note -> note.note().path(), Function.identity()));
    }
}
