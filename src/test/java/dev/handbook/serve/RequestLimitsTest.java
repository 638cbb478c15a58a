package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What slow clients can hold of the preview server: a request whose headers never end is cut off after the
 * configured time-out and its thread serves the next one, and clients beyond the workers and their waiting line are
 * turned away at once, so many slow clients hold a few threads, not one each.
 */
@Timeout(60)
class RequestLimitsTest {

    // Waits for the server, never measures it.
    private static final int WAIT_MILLIS = 10_000;

    private final List<Socket> clients = new ArrayList<>();
    private PreviewServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        server.stop();
    }

    @Test
    void aRequestWhoseHeadersNeverEndIsCutOffAndItsWorkerServesTheNextRequest() throws IOException {
        start(new PreviewLimits(1, 1, Duration.ofMillis(200), Duration.ofSeconds(15)));
        Socket slow = slowClient();
        slow.setSoTimeout(WAIT_MILLIS);
        assertEquals(-1, next(slow), "the server closed the connection");
        RawHttp.Response response = RawHttp.get(server.port(), "/");
        assertEquals(200, response.status(), response::summary);
    }

    @Test
    void clientsBeyondTheWorkersAndTheirWaitingLineAreTurnedAwayAtOnce() throws Exception {
        start(new PreviewLimits(2, 1, Duration.ofMinutes(5), Duration.ofSeconds(15)));
        for (int i = 0; i < 40; i++) {
            slowClient();
        }
        // Two are being read and one waits, for minutes; the other 37 are closed as they arrive.
        assertEquals(37, awaitTurnedAway(37));
        assertEquals(2, requestThreads(), "a thread per worker, not one per client");
    }

    private void start(PreviewLimits limits) throws IOException {
        server = new PreviewServer(0, limits);
        server.publish(new SiteSnapshot(Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)), 1),
                List.of());
        server.start();
    }

    // A client that starts a request and never ends its headers.
    private Socket slowClient() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        clients.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Still-Typing: ".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    // How many of the clients the server closed, polled until there are as many as expected or the wait is over.
    private int awaitTurnedAway(int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        int closed = 0;
        while (closed < expected && System.nanoTime() < deadline) {
            closed = 0;
            for (Socket client : clients) {
                client.setSoTimeout(1);
                try {
                    closed += next(client) == -1 ? 1 : 0;
                } catch (SocketTimeoutException e) {
                    // still held by the server
                }
            }
            Thread.sleep(20);
        }
        return closed;
    }

    // The next byte from the server; -1 when it closed the connection, gracefully or with a reset.
    private static int next(Socket client) throws IOException {
        try {
            return client.getInputStream().read();
        } catch (SocketException e) {
            return -1;
        }
    }

    private long requestThreads() {
        String name = "preview-http-" + server.port();
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name)).count();
    }
}
