package dev.handbook.serve;

import dev.handbook.interview.InterviewFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code serve} session run in this JVM on a free port over a site folder, with a page's live-reload stream
 * open on it: what it printed, the events it sent, its pages, and a clean stop.
 */
final class RunningPreview implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("^Previewing .* at http://127\\.0\\.0\\.1:(\\d+)/");
    // Waits for the session, never measures it: a first build on a busy machine takes a few seconds at most.
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path site;
    private final Printed printed = new Printed();
    private final CompletableFuture<Object> outcome = new CompletableFuture<>();
    private final Thread thread;
    private final BlockingQueue<EventStream.Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch eventsEnded = new CountDownLatch(1);
    private final int port;
    private final EventStream stream;

    /** Something to do with the site at the moment the session says it is previewing. */
    interface Step {
        void run(RunningPreview preview) throws IOException;
    }

    private RunningPreview(Path site, Step announced) throws IOException, InterruptedException {
        this.site = site;
        PreviewSession session = new PreviewSession(site.resolve("site.yml"), 0, new PrintWriter(printed, true),
                new PrintWriter(printed, true));
        thread = new Thread(() -> {
            try {
                outcome.complete(session.run());
            } catch (InterruptedException | RuntimeException e) {
                outcome.complete(e);
            }
        }, "preview-session");
        thread.setDaemon(true);
        thread.start();
        try {
            port = Integer.parseInt(awaitLine(READY).group(1));
            announced.run(this);
            stream = EventStream.open(port, events::add, eventsEnded::countDown);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            thread.interrupt(); // a session the test cannot use must not hold its port until the JVM ends
            throw e;
        }
    }

    /** Starts previewing {@code site/site.yml} and returns once it serves and a page listens to it. */
    static RunningPreview start(Path site) throws IOException, InterruptedException {
        return new RunningPreview(site, preview -> { });
    }

    /** Starts previewing, and takes {@code announced} as soon as the session prints its address. */
    static RunningPreview start(Path site, Step announced) throws IOException, InterruptedException {
        return new RunningPreview(site, announced);
    }

    /** The port the session chose. */
    int port() {
        return port;
    }

    /** Fetches one file of the served site. */
    RawHttp.Response get(String path) {
        return RawHttp.get(port, "/" + path);
    }

    /** Replaces a text in a source file in one step; see {@link #write}. */
    void edit(Path file, String from, String to) throws IOException {
        Path draft = draft(file);
        InterviewFixtures.edit(draft, from, to);
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes a source file in one step, as an editor's atomic save does: written beside the site and moved over
     * the file, so the watcher never sees it half-written.
     */
    void write(Path file, String text) throws IOException {
        Path draft = draft(file);
        Files.writeString(draft, text);
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    // A copy of the file outside the watched folders, on the same file system so the move is atomic.
    private Path draft(Path file) throws IOException {
        Path draft = Files.createTempFile(site.getParent(), "draft", ".md");
        Files.copy(file, draft, StandardCopyOption.REPLACE_EXISTING);
        return draft;
    }

    /** Waits for the next printed line (out or err) that matches, skipping those before it. */
    Matcher awaitLine(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = printed.lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            } else if (outcome.isDone()) {
                throw new AssertionError("the session ended (" + outcome.join() + ") before printing /" + pattern
                        + "/\n" + transcript());
            }
        }
        throw new AssertionError("no line /" + pattern + "/ within " + TIMEOUT.toSeconds() + " s\n" + transcript());
    }

    /** The events received from now on, up to and including the first that matches. */
    List<EventStream.Event> eventsUntil(Predicate<EventStream.Event> wanted) throws InterruptedException {
        List<EventStream.Event> heard = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            EventStream.Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                heard.add(event);
                if (wanted.test(event)) {
                    return heard;
                }
            }
        }
        throw new AssertionError("no such event within " + TIMEOUT.toSeconds() + " s; heard " + heard + "\n"
                + transcript());
    }

    /** Whether the server ended the page's event stream within the time-out. */
    boolean eventStreamEnded() throws InterruptedException {
        return eventsEnded.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Everything the session printed so far. */
    String transcript() {
        return printed.toString();
    }

    /**
     * Stops the session as an embedding program does, by interrupting its thread, and returns how {@code run}
     * ended: its exit code or the exception it threw.
     */
    Object stop() throws InterruptedException {
        thread.interrupt();
        try {
            return outcome.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("the session did not stop within " + TIMEOUT.toSeconds() + " s\n" + transcript());
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stop();
        } finally {
            stream.close();
        }
    }

    // Both streams of the session, line by line as they are printed, and whole for failure messages.
    private static final class Printed extends Writer {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder all = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                all.append(chars[i]);
                if (chars[i] == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized String toString() {
            return all.toString();
        }
    }
}
