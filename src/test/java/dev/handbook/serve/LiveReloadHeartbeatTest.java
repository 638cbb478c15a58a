package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages that went away are forgotten without a reload: the heartbeat's comment finds their closed connections and
 * closes the streams, so pages opened and closed by the hundred leave none open, while an open page hears only
 * comments, which EventSource ignores.
 */
@Timeout(60)
class LiveReloadHeartbeatTest {

    // Waits for the server, never measures it.
    private static final int WAIT_MILLIS = 10_000;

    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        server = new PreviewServer(0, new PreviewLimits(16, 32, Duration.ofSeconds(10), Duration.ofMillis(50)));
        server.publish(new SiteSnapshot(Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)), 1),
                List.of());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void closedPagesAreForgottenAndAnOpenOneStaysAndHearsThePing() throws IOException, InterruptedException {
        try (Socket open = openPage()) {
            for (int i = 0; i < 300; i++) {
                openPage().close();
            }
            awaitListeners(1);
            readUntil(open, ": ping\n\n");
            assertEquals(1, server.listeners(), "the open page is still listening");
        }
        awaitListeners(0);
    }

    // A page's event stream, returned once the server has greeted it.
    private Socket openPage() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(WAIT_MILLIS);
        socket.getOutputStream().write(("GET /__handbook/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        readUntil(socket, ": connected\n\n");
        return socket;
    }

    private static void readUntil(Socket socket, String expected) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).endsWith(expected)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("the stream ended before '" + expected + "': " + seen);
            }
            seen.write(b);
        }
    }

    // The heartbeat runs every 50 ms; a closed page is gone after two of them, so the count is polled, not timed.
    private void awaitListeners(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (server.listeners() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(server.listeners() + " pages listening, not " + count);
            }
            Thread.sleep(10);
        }
    }
}
