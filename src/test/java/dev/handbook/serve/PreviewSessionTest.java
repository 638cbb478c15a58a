package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} loop run in-process over a copy of a fixture: an edit reloads its page through the event
 * stream, a broken note shows its diagnostic while the last good page stays served, and a stop frees the port.
 */
@Timeout(120) // a hung session fails the test instead of the whole run
class PreviewSessionTest {

    private static final String PAGE = "stages/yard-walk/index.html";

    @TempDir
    Path temp;

    @Test
    void anEditReloadsItsPageOnceAndABrokenNoteShowsItsProblemOverTheLastGoodPage() throws Exception {
        Path site = InterviewFixtures.copy("harbour", temp);
        Path note = site.resolve("content/stages/Yard Walk.md");
        try (RunningPreview preview = RunningPreview.start(site)) {
            assertEquals(200, preview.get(PAGE).status());

            preview.edit(note, "## On the quay\n", "## On the quay\n\nBring boots: the quay is wet at dawn.\n");
            List<EventStream.Event> edited = preview.eventsUntil(reloadOf(PAGE));
            preview.awaitLine(Pattern.compile("^showed " + Pattern.quote(PAGE) + " in "));
            preview.awaitLine(Pattern.compile("^rebuilt after Yard Walk\\.md in "));
            RawHttp.Response good = preview.get(PAGE);
            assertEquals(200, good.status(), good::summary);
            assertTrue(good.text().contains("Bring boots: the quay is wet at dawn."), good::summary);

            preview.edit(note, "duration: 45m", "duration: first: second");
            List<EventStream.Event> broken = preview.eventsUntil(event -> event.name().equals("problem"));
            // Events come in order on one stream, so every reload of the edit's full rebuild came before the problem.
            assertFalse(broken.stream().anyMatch(reloadOf(PAGE)), () -> "the full rebuild after the quick render "
                    + "reloaded the page a second time: " + edited + " then " + broken);
            List<String> diagnostics = broken.get(broken.size() - 1).data();
            assertTrue(diagnostics.stream().anyMatch(line -> line.startsWith(
                    "content/stages/Yard Walk.md:3:16: error: invalid front matter YAML")), diagnostics::toString);
            preview.awaitLine(Pattern.compile("^rebuilt after Yard Walk\\.md: failed in .*the last good site"));

            RawHttp.Response still = preview.get(PAGE);
            assertEquals(200, still.status(), still::summary);
            assertArrayEquals(good.body(), still.body(), "the last good page stays served");
        }
    }

    @Test
    void aFixedNoteReloadsItsPageAgain() throws Exception {
        Path site = InterviewFixtures.copy("harbour", temp);
        Path note = site.resolve("content/stages/Yard Walk.md");
        String original = Files.readString(note);
        try (RunningPreview preview = RunningPreview.start(site)) {
            preview.write(note, original.replace("duration: 45m", "duration: first: second"));
            preview.eventsUntil(event -> event.name().equals("problem"));
            preview.write(note, original + "\nThe yard opens at six.\n");
            preview.eventsUntil(reloadOf(PAGE));
            assertTrue(preview.get(PAGE).text().contains("The yard opens at six."));
        }
    }

    @Test
    void anEditMadeAsSoonAsServeSaysItIsPreviewingIsNotLost() throws Exception {
        Path site = InterviewFixtures.copy("harbour", temp);
        Path note = site.resolve("content/stages/Yard Walk.md");
        try (RunningPreview preview = RunningPreview.start(site,
                started -> started.edit(note, "## On the quay\n", "## On the quay\n\nThe gate opens at six.\n"))) {
            preview.awaitLine(Pattern.compile("^rebuilt after Yard Walk\\.md in "));
            assertTrue(preview.get(PAGE).text().contains("The gate opens at six."));
        }
    }

    @Test
    void theNotFoundPageLinksFromThePreviewsRootWhateverTheBaseUrl() throws Exception {
        // The preview serves the site at /, so a 404 page styled from /handbook/ came out bare.
        Path site = TestSites.copy("basic", temp);
        Files.writeString(site.resolve("site.yml"), "baseUrl: /handbook/\n", StandardOpenOption.APPEND);
        try (RunningPreview preview = RunningPreview.start(site)) {
            RawHttp.Response missing = preview.get("roles/gone/away.html");
            assertEquals(404, missing.status(), missing::summary);
            String stylesheet = Jsoup.parse(missing.text()).selectFirst("link[rel=stylesheet]").attr("href");
            assertTrue(stylesheet.startsWith("/theme/"), stylesheet);
            assertEquals(200, preview.get(stylesheet.substring(1)).status());
        }
    }

    @Test
    void stoppingClosesThePortAndEndsThePagesEventStreams() throws Exception {
        try (RunningPreview preview = RunningPreview.start(TestSites.copy("basic", temp))) {
            assertEquals(200, preview.get("").status());
            preview.stop();
            preview.awaitLine(Pattern.compile("^Preview stopped\\.$"));
            assertTrue(preview.eventStreamEnded(), "the open page's event stream is ended");
            assertThrows(ConnectException.class,
                    () -> new Socket(InetAddress.getLoopbackAddress(), preview.port()).close(),
                    "the port is still open after the stop");
        }
    }

    @Test
    void aTakenPortEndsServeWithExitCode2() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TestSites.Run run = InterviewFixtures.cli("serve", TestSites.fixture("basic"), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run::transcript);
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run::transcript);
        }
    }

    @Test
    void anUnreadableConfigEndsServeWithExitCode2() {
        TestSites.Run run = InterviewFixtures.cli("serve", TestSites.fixture("bad-config"), "--port", "0");
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().startsWith("site.yml:3:24: error: invalid YAML"), run::transcript);
    }

    private static Predicate<EventStream.Event> reloadOf(String page) {
        return event -> event.name().equals("reload") && event.data().contains(page);
    }
}
