package dev.handbook.bench;

import dev.handbook.serve.EventStream;
import dev.handbook.vault.Slugs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the preview loop of {@code serve} as a whole process on a corpus: from a note written to disk to the
 * first reload event that names its page (the quick single-page render), and to the reload event of the full
 * in-memory rebuild that follows.
 */
final class ServeTiming {

    /**
     * One edit: milliseconds from the write to the first reload naming the page and to the full rebuild's
     * reload, -1 for an event that did not come; whether the quick render showed the page; what was odd.
     */
    record Edit(String note, long visibleMillis, long rebuiltMillis, boolean quick, String remark) {
    }

    /** The figures of one preview session: start-up, the measured edits (warm-ups left out), peak RSS, load. */
    record Result(int notes, long readyMillis, List<Edit> edits, long peakKib, String loadBefore, String loadAfter) {
        List<Long> visible() {
            return edits.stream().map(Edit::visibleMillis).filter(m -> m >= 0).toList();
        }

        List<Long> rebuilt() {
            return edits.stream().map(Edit::rebuiltMillis).filter(m -> m >= 0).toList();
        }

        long quickRenders() {
            return edits.stream().filter(Edit::quick).count();
        }
    }

    /** What the server said: a line of its output, a server-sent event, or the end of either stream. */
    record Heard(long nanos, Kind kind, String text, List<String> data) {
        enum Kind { LINE, EVENT, EXITED, EVENTS_CLOSED }
    }

    private static final Pattern READY = Pattern.compile("Previewing .* at http://127\\.0\\.0\\.1:(\\d+)/");
    // The first build of 10,000 notes on a busy machine takes well under this; a hung server does not.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration EDIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    // The reload is written to the socket before the server prints "rebuilt", so it is at most this late.
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    // Quiet before each write, so an edit never lands in the previous one's rebuild.
    private static final long SETTLE_MILLIS = 300;

    private final List<String> handbook;
    private final Path work;
    private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HTTP_TIMEOUT).build();

    /** A timer that starts the handbook with {@code handbook} (the launcher, or java, its options, -jar and the jar) under {@code work}. */
    ServeTiming(List<String> handbook, Path work) {
        this.handbook = List.copyOf(handbook);
        this.work = work;
    }

    /**
     * Serves the corpus of {@code siteYml}, makes {@code warmups} then {@code edits} edits, each to another
     * note, and puts every note back as it was once the server has stopped.
     */
    Result run(Path siteYml, int notes, int warmups, int edits) throws IOException, InterruptedException {
        Path dir = siteYml.getParent();
        Path log = work.resolve("serve-" + dir.getFileName() + ".log");
        List<String> command = new ArrayList<>(handbook);
        command.addAll(List.of("serve", "--config", siteYml.toString(), "--port", "0"));
        System.out.printf(Locale.ROOT, "%n-- serve: %,d notes (%s), %d edits after %d warm-up edits --%n", notes, dir,
                edits, warmups);
        String loadBefore = Benchmark.loadAverage();
        List<Path> files = notes(dir.resolve("content"));
        List<String> originals = new ArrayList<>();
        List<Path> edited = new ArrayList<>();
        Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            logWriter.close();
            throw e;
        }
        List<Edit> measured = new ArrayList<>();
        long peakKib;
        long readyMillis;
        Thread output = daemon("serve-output", () -> readOutput(process, logWriter));
        try {
            int port = awaitReady(process, log);
            readyMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "  ready    %7d ms  (JVM start and first build) on port %d; log %s%n",
                    readyMillis, port, log);
            listen(port);
            List<Path> chosen = choose(files, dir.resolve("content"), port, warmups + edits);
            for (int i = 0; i < chosen.size(); i++) {
                Path file = chosen.get(i);
                String page = page(dir.resolve("content"), file);
                originals.add(Files.readString(file, StandardCharsets.UTF_8));
                edited.add(file);
                Edit edit = edit(file, page, originals.get(i), i + 1);
                String label = i < warmups ? "warm-up" : "edit " + (i - warmups + 1);
                System.out.printf(Locale.ROOT, "  %-8s visible %7s  rebuilt %7s  %-5s %s%s%n", label,
                        millis(edit.visibleMillis()), millis(edit.rebuiltMillis()), edit.quick() ? "quick" : "full",
                        dir.resolve("content").relativize(file), edit.remark().isEmpty() ? "" : "  (" + edit.remark() + ")");
                if (i >= warmups) {
                    measured.add(edit);
                }
            }
            peakKib = Benchmark.vmHwm(Path.of("/proc", Long.toString(process.pid()), "status"));
        } finally {
            stop(process);
            output.join(STOP_TIMEOUT.toMillis()); // its last lines, "Preview stopped." among them, reach the log
            logWriter.close();
            for (int i = 0; i < edited.size(); i++) {
                Files.writeString(edited.get(i), originals.get(i), StandardCharsets.UTF_8);
            }
        }
        return new Result(notes, readyMillis, measured, peakKib, loadBefore, Benchmark.loadAverage());
    }

    // Every line goes to the log; a short tail is kept for the message when the server fails to start.
    private void readOutput(Process process, Writer log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                long now = System.nanoTime();
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
                log.write(line + "\n");
                log.flush();
                heard.add(new Heard(now, Heard.Kind.LINE, line, List.of()));
            }
        } catch (IOException e) {
            // the process is gone; EXITED below says so
        }
        heard.add(new Heard(System.nanoTime(), Heard.Kind.EXITED, "", List.of()));
    }

    private int awaitReady(Process process, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            Heard next = heard.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null || next.kind() == Heard.Kind.EXITED) {
                String why = next == null ? "did not say it was ready within " + START_TIMEOUT.toSeconds() + " s"
                        : "exited with code " + exitCode(process) + " before it was ready";
                String last;
                synchronized (tail) {
                    last = String.join("\n    ", tail);
                }
                throw new IllegalStateException("serve " + why + "; its last lines:\n    " + last + "\nsee " + log);
            }
            Matcher ready = READY.matcher(next.text());
            if (next.kind() == Heard.Kind.LINE && ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
        }
    }

    // Opens the event stream the pages use; every event and the stream's end join what the server said.
    private void listen(int port) throws IOException, InterruptedException {
        EventStream.open(port,
                event -> heard.add(new Heard(System.nanoTime(), Heard.Kind.EVENT, event.name(), event.data())),
                () -> heard.add(new Heard(System.nanoTime(), Heard.Kind.EVENTS_CLOSED, "", List.of())));
    }

    /**
     * Writes one sentence more into the note and waits for its reload events: the first that names the page,
     * and the full rebuild's, which follows the quick render's when there was one.
     */
    private Edit edit(Path file, String page, String original, int number) throws IOException, InterruptedException {
        settle();
        String sentence = "Edit " + number + " of the preview benchmark: the panel writes down one more signal.";
        long start = System.nanoTime();
        Files.writeString(file, original + (original.endsWith("\n") ? "\n" : "\n\n") + sentence + "\n",
                StandardCharsets.UTF_8);
        List<Heard> reloads = new ArrayList<>();
        boolean shown = false;
        long rebuiltAt = -1;
        String remark = "";
        long deadline = start + EDIT_TIMEOUT.toNanos();
        while (rebuiltAt < 0 || reloads.size() < (shown ? 2 : 1)) {
            long until = rebuiltAt < 0 ? deadline : Math.min(deadline, rebuiltAt + GRACE_NANOS);
            Heard next = heard.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                if (rebuiltAt < 0) {
                    remark = "no rebuild within " + EDIT_TIMEOUT.toSeconds() + " s";
                }
                break;
            }
            switch (next.kind()) {
                case EXITED, EVENTS_CLOSED -> throw new IllegalStateException("serve "
                        + (next.kind() == Heard.Kind.EXITED ? "exited" : "closed the event stream") + " during an edit");
                case EVENT -> {
                    if (next.text().equals("reload")) {
                        reloads.add(next);
                    } else if (next.text().equals("problem")) {
                        remark = "problem: " + next.data().get(0);
                    }
                }
                case LINE -> {
                    if (next.text().startsWith("showed ") && next.text().contains(page)) {
                        shown = true;
                    } else if (next.text().startsWith("rebuilt after ") || next.text().contains(": failed in ")) {
                        rebuiltAt = next.nanos();
                    }
                }
            }
        }
        // Without a quick render the first reload is the full rebuild's; it is then also the one that shows the edit.
        Heard full = reloads.size() > (shown ? 1 : 0) ? reloads.get(shown ? 1 : 0) : null;
        Heard visible = reloads.stream().filter(event -> event.data().contains(page)).findFirst().orElse(null);
        if (shown && (reloads.isEmpty() || !reloads.get(0).data().contains(page))) {
            remark = join(remark, "the quick render's reload did not name " + page);
        }
        // When the rebuild changed no other open page it sends no reload; it is then done at its "rebuilt" line.
        long rebuilt = since(start, full);
        if (rebuiltAt >= 0 && full == null) {
            rebuilt = (rebuiltAt - start) / 1_000_000;
            remark = join(remark, "no other page changed: rebuild timed to the server's 'rebuilt' line");
        }
        return new Edit(file.getFileName().toString(), since(start, visible), rebuilt, shown, remark);
    }

    // Waits until the server has said nothing for a moment, so the next write starts from rest.
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + EDIT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Heard next = heard.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            if (next == null) {
                return;
            }
            if (next.kind() == Heard.Kind.EXITED || next.kind() == Heard.Kind.EVENTS_CLOSED) {
                throw new IllegalStateException("serve stopped between edits; see its log");
            }
        }
    }

    // A different note for every edit, spread over the sorted notes, and only notes the server has a page for.
    private List<Path> choose(List<Path> files, Path content, int port, int count)
            throws IOException, InterruptedException {
        List<Path> chosen = new ArrayList<>();
        int step = Math.max(1, files.size() / count);
        for (int i = 0; i < files.size() && chosen.size() < count; i += step) {
            for (int j = i; j < Math.min(i + step, files.size()); j++) {
                if (served(port, page(content, files.get(j)))) {
                    chosen.add(files.get(j));
                    break;
                }
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " of the notes to edit have a page; "
                    + count + " are needed");
        }
        return chosen;
    }

    private boolean served(int port, String page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + page))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(HTTP_TIMEOUT).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static List<Path> notes(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(file -> file.toString().endsWith(".md"))
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
    }

    /** The page a note is served at, the way the vault addresses it: each folder and the file name slugged. */
    static String page(Path content, Path file) {
        String relative = content.relativize(file).toString().replace('\\', '/');
        StringBuilder page = new StringBuilder();
        for (String part : relative.substring(0, relative.length() - ".md".length()).split("/")) {
            page.append(Slugs.slug(part)).append('/');
        }
        return page.append("index.html").toString();
    }

    // Asks the server to stop the way Ctrl+C does, and forces it only when it does not. Through the handle,
    // because Process.destroy() also closes our end of its output, and its last lines would be lost.
    private static void stop(Process process) throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.out.println("  serve did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static String exitCode(Process process) throws InterruptedException {
        return process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "?";
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long since(long start, Heard event) {
        return event == null ? -1 : (event.nanos() - start) / 1_000_000;
    }

    private static String millis(long millis) {
        return millis < 0 ? "–" : millis + " ms";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** The median, the mean of the middle two for an even count; 0 for none. */
    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The 90th percentile by nearest rank: the smallest value at least 90% of the values do not exceed. */
    static long p90(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }
}
