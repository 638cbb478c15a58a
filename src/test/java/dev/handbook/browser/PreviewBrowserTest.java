package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.serve.PreviewSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with Chromium attached, as an author uses it: a saved edit shows in the open page without a
 * reload by hand, a broken note puts its diagnostic over the page while the last good version stays, and
 * undoing the break takes the overlay down again.
 */
class PreviewBrowserTest {

    private static final Pattern READY = Pattern.compile("Previewing .* at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Duration WAIT = Duration.ofSeconds(20); // a wait, not a measurement
    private static final String STAGE = "stages/career-walkthrough/";

    @TempDir
    static Path temp;

    private static Chromium browser;
    private static Thread session;
    private static final StringWriter printed = new StringWriter();
    private static Path site;

    @BeforeAll
    static void start() {
        browser = Chromium.startIfInstalled();
        if (browser == null) {
            return;
        }
        site = TestSites.copy(SampleHandbook.FIXTURE, temp);
        PreviewSession preview = new PreviewSession(site.resolve("site.yml"), 0, new PrintWriter(printed, true),
                new PrintWriter(printed, true));
        session = new Thread(() -> {
            try {
                preview.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "preview-session");
        session.setDaemon(true);
        session.start();
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (session != null) {
            session.interrupt();
            session.join(WAIT.toMillis());
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static String address() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(printed.toString());
            if (ready.find()) {
                return ready.group(1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the preview did not start:\n" + printed);
    }

    private static String text() {
        return (String) browser.script("return document.querySelector('main').innerText");
    }

    private static String overlay() {
        return (String) browser.script("var o = document.querySelector('pre[role=alert]'); return o ? o.innerText : ''");
    }

    @Test
    void anEditShowsInTheOpenPageAndABrokenNoteShowsAnOverlayUntilItIsUndone() throws IOException {
        Chromium.assumeRunning(browser);
        browser.open(address() + STAGE);
        browser.script("window.sameDocument = true"); // gone after any reload
        Path note = site.resolve("content/stages/Career Walkthrough.md");
        String original = Files.readString(note, StandardCharsets.UTF_8);

        String edited = original + "\nA sentence added while the page was open.\n";
        Files.writeString(note, edited, StandardCharsets.UTF_8);
        browser.waitFor(WAIT, "the edit in the open page", () -> text().contains("added while the page was open"));

        browser.script("window.sameDocument = true");
        Files.writeString(note, "---\ntitle: [unclosed\n---\n" + edited, StandardCharsets.UTF_8);
        browser.waitFor(WAIT, "the problem overlay", () -> overlay().contains("invalid front matter"));
        assertTrue(overlay().contains("stages/Career Walkthrough.md:"), overlay());
        assertTrue(text().contains("added while the page was open"), "the last good version stays");
        assertEquals(Boolean.TRUE, browser.script("return window.sameDocument === true"),
                "a failed build does not reload the page");

        Files.writeString(note, edited, StandardCharsets.UTF_8); // the break undone: the site is as it was
        browser.waitFor(WAIT, "the overlay to go", () -> overlay().isEmpty());
        assertTrue(text().contains("added while the page was open"));
        assertEquals(List.of(), browser.consoleErrors(), "no script error or failed request in the page");
    }
}
