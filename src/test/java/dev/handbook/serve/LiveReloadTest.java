package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Live reload as an open page receives it from the preview server: the changed files of a new site, one a data
 * line, nothing when nothing changed, and a failed build's diagnostics while the last good site stays served.
 */
@Timeout(60)
class LiveReloadTest {

    private static final long WAIT_SECONDS = 10;

    private PreviewServer server;
    private final BlockingQueue<EventStream.Event> events = new LinkedBlockingQueue<>();
    private EventStream page;

    @BeforeEach
    void openAPage() throws IOException, InterruptedException {
        server = new PreviewServer(0);
        server.publish(site("first"), List.of());
        server.start();
        page = EventStream.open(server.port(), events::add, () -> { });
        awaitListeners(1);
    }

    @AfterEach
    void stop() {
        page.close();
        server.stop();
    }

    @Test
    void aNewSiteNamesTheChangedFilesOneADataLine() throws InterruptedException {
        server.publish(site("second"), List.of("process/phone-screen/index.html", "theme/handbook.css"));
        assertEquals(new EventStream.Event("reload", List.of("process/phone-screen/index.html", "theme/handbook.css")),
                next());
        assertTrue(RawHttp.get(server.port(), "/").text().contains("second"), "the new site is served");
    }

    @Test
    void aNewSiteWithNothingChangedReloadsNoPage() throws InterruptedException {
        server.publish(site("same"), List.of());
        server.problem("marker");
        assertEquals("problem", next().name(), "no reload came before the marker");
    }

    @Test
    void aGoodBuildAfterAProblemTellsThePagesEvenWhenNothingChanged() throws InterruptedException {
        server.problem("content/A.md:3:16: error: invalid front matter YAML");
        assertEquals("problem", next().name());
        server.publish(site("first"), List.of()); // the broken edit undone: the same site as before
        server.resolved();
        assertEquals(new EventStream.Event("resolved", List.of("")), next(), "the pages take the overlay down");
        server.resolved();
        server.problem("marker");
        assertEquals("problem", next().name(), "once told, the pages are not told again");
    }

    @Test
    void aProblemCarriesEveryDiagnosticLineAndTheLastGoodSiteStaysServed() throws InterruptedException {
        server.problem("content/A.md:3:16: error: invalid front matter YAML\ncontent/B.md:1:1: warning: unused");
        assertEquals(new EventStream.Event("problem", List.of("content/A.md:3:16: error: invalid front matter YAML",
                "content/B.md:1:1: warning: unused")), next());
        assertTrue(RawHttp.get(server.port(), "/").text().contains("first"));
    }

    @Test
    void everyOpenPageHearsTheReloadAndAClosedOneIsForgotten() throws Exception {
        BlockingQueue<EventStream.Event> second = new LinkedBlockingQueue<>();
        try (EventStream other = EventStream.open(server.port(), second::add, () -> { })) {
            awaitListeners(2);
            server.publish(site("second"), List.of("index.html"));
            assertEquals(List.of("index.html"), next().data());
            assertEquals(List.of("index.html"), second.poll(WAIT_SECONDS, TimeUnit.SECONDS).data());
        }
        // A write to a closed page fails at the latest on the second try after the peer's reset.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (server.listeners() > 1 && System.nanoTime() < deadline) {
            server.publish(site("again"), List.of("index.html"));
            Thread.sleep(20);
        }
        assertEquals(1, server.listeners(), "the closed page is dropped");
    }

    private EventStream.Event next() throws InterruptedException {
        EventStream.Event event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + WAIT_SECONDS + " s");
        }
        return event;
    }

    // The greeting reaches the page just before the server counts it, so the count is waited for.
    private void awaitListeners(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (server.listeners() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(server.listeners() + " pages listening");
            }
            Thread.sleep(5);
        }
    }

    private static SiteSnapshot site(String home) {
        return new SiteSnapshot(Map.of("index.html",
                ("<!DOCTYPE html><html><body><p>" + home + "</p></body></html>").getBytes(StandardCharsets.UTF_8)), 1);
    }
}
