package dev.handbook.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A page's live-reload connection to a preview server, read the way a browser's EventSource reads it. */
public final class EventStream implements AutoCloseable {

    /** One server-sent event: its name ({@code message} when it has none) and its data lines. */
    public record Event(String name, List<String> data) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Stream<String> lines;

    private EventStream(Stream<String> lines) {
        this.lines = lines;
    }

    /**
     * Opens {@code /__handbook/events} on 127.0.0.1:{@code port} and returns once the server has greeted it;
     * from then on a daemon thread hands each event to {@code listener}, and runs {@code ended} when the
     * stream ends.
     */
    public static EventStream open(int port, Consumer<Event> listener, Runnable ended)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__handbook/events"))
                .header("Accept", "text/event-stream").timeout(TIMEOUT).build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server answered " + response.statusCode() + " to /__handbook/events");
        }
        CountDownLatch greeted = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            Parser parser = new Parser();
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    greeted.countDown();
                    Event event = parser.feed(line);
                    if (event != null) {
                        listener.accept(event);
                    }
                });
            } catch (RuntimeException e) {
                // the server closed the stream; ended says so
            }
            ended.run();
        }, "preview-events");
        reader.setDaemon(true);
        reader.start();
        if (!greeted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server sent nothing on /__handbook/events within "
                    + TIMEOUT.toSeconds() + " s");
        }
        return new EventStream(response.body());
    }

    /** Hangs up, as a page does when it is closed. */
    @Override
    public void close() {
        lines.close();
    }

    /** Reads a server-sent event stream line by line, as a browser's EventSource does. */
    public static final class Parser {
        private String event = "";
        private final List<String> data = new ArrayList<>();

        /** Takes one line; at the blank line that ends an event, returns it. */
        public Event feed(String line) {
            if (line.isEmpty()) {
                if (data.isEmpty()) {
                    event = "";
                    return null; // a comment or an event without data, which EventSource does not dispatch
                }
                Event done = new Event(event.isEmpty() ? "message" : event, List.copyOf(data));
                event = "";
                data.clear();
                return done;
            }
            if (line.startsWith(":")) {
                return null;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            if (field.equals("event")) {
                event = value;
            } else if (field.equals("data")) {
                data.add(value);
            }
            return null;
        }
    }
}
