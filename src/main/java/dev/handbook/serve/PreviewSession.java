package dev.handbook.serve;

import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.output.OutputFile;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.StageCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The {@code serve} loop: build in memory, serve on localhost, rebuild on every change and reload the
 * open pages; a failed build shows its diagnostics in the terminal and over the page, and the last
 * good site stays served.
 */
public final class PreviewSession {

    private final Path configFile;
    private final int port;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean timings;
    private long version;
    private volatile StageCache cache;
    // The watcher's thread shows edited pages while the rebuilder's builds the site: what they share is guarded.
    private final Object lock = new Object();
    private final Set<Path> pending = new java.util.HashSet<>();
    private final Map<String, Shown> ahead = new HashMap<>();
    private AtomicBoolean running = new AtomicBoolean();
    private long edits;
    private Map<String, byte[]> served = Map.of();

    /** Prepares a preview of the given config on the given port (0 picks a free one). */
    public PreviewSession(Path configFile, int port, PrintWriter out, PrintWriter err) {
        this.configFile = configFile;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /** Prints how long each stage of every build took, as {@code build --timings} does. */
    public PreviewSession withTimings(boolean timings) {
        this.timings = timings;
        return this;
    }

    /**
     * Builds, serves and watches until the process is stopped or this thread is interrupted, then stops the server.
     *
     * @return the exit code: 2 when the first build cannot even read its configuration or the port is taken
     */
    public int run() throws InterruptedException {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config;
        try {
            config = new ConfigLoader(diagnostics).load(configFile);
        } catch (ConfigException e) {
            diagnostics.sorted().forEach(d -> err.println(d.format()));
            err.println("error: " + e.getMessage());
            return 2;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(port);
        } catch (IOException e) {
            err.println("error: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another with --port");
            return 2;
        }
        // Ctrl+C stops the server through the hook; an embedding program that interrupts this thread, or a
        // watcher that cannot start, through the finally below, so the port is never left open.
        Thread hook = new Thread(() -> stop(server), "preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        // Watching starts before the first build reads the sources, so no edit made after that is missed.
        try (SourceWatcher watcher = new SourceWatcher(List.of(config.content(), config.themes()), configFile)) {
            rebuild(server, Set.of());
            server.start();
            out.println("Previewing " + config.title() + " at http://127.0.0.1:" + server.port() + "/  (Ctrl+C stops)");
            out.flush();
            // The full rebuilds run on a thread of their own, so an edit shows at once even while the last
            // edit's rebuild runs (seconds, at 10,000 notes); a newer edit stops that rebuild at its next stage
            // and the next one takes both edits.
            Thread rebuilder = new Thread(() -> rebuildWhenAsked(server), "preview-rebuild");
            rebuilder.setDaemon(true);
            rebuilder.start();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Set<Path> changed = watcher.next();
                    if (!changed.isEmpty()) {
                        showEdited(server, changed);
                        askRebuild(changed);
                    }
                }
            } finally {
                rebuilder.interrupt();
            }
        } catch (IOException e) {
            err.println("error: cannot watch the sources: " + e.getMessage());
            return 2;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop(server);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down, and the hook stops the server
            }
        }
        return 0;
    }

    private void stop(PreviewServer server) {
        server.stop();
        out.println("Preview stopped.");
        out.flush();
    }

    /**
     * Shows an edited note at once when only its text changed ({@link Pipeline#editedPages}), then builds the
     * whole site in memory and hands it to the server, or reports why it could not.
     */
    void rebuild(PreviewServer server, Set<Path> changed) {
        showEdited(server, changed);
        fullBuild(server, changed, edits, () -> false);
    }

    // The edited notes' pages, drawn from the last finished build and shown before any rebuild ends.
    private void showEdited(PreviewServer server, Set<Path> changed) {
        long start = System.nanoTime();
        long edit;
        synchronized (lock) {
            edit = ++edits;
        }
        Map<String, byte[]> edited;
        try {
            edited = new Pipeline(new ConfigLoader(new Diagnostics()).load(configFile), new Diagnostics(), cache)
                    .editedPages(changed);
        } catch (ConfigException | RuntimeException e) {
            edited = null; // the full rebuild says what is wrong
        }
        if (edited == null) {
            return;
        }
        synchronized (lock) {
            Map<String, byte[]> shown = new HashMap<>(served);
            shown.putAll(edited);
            edited.forEach((path, bytes) -> ahead.put(path, new Shown(edit, bytes)));
            publish(server, shown);
        }
        out.println("showed " + String.join(", ", edited.keySet()) + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; rebuilding the rest");
        out.flush();
    }

    // A page shown ahead of the full rebuild, with the edit it shows.
    private record Shown(long edit, byte[] bytes) {
    }

    private void askRebuild(Set<Path> changed) {
        synchronized (lock) {
            pending.addAll(changed);
            running.set(true); // the rebuild under way, if any, is now out of date
            lock.notifyAll();
        }
    }

    // The rebuilder thread: one full build at a time, with every change asked for since the last one began.
    private void rebuildWhenAsked(PreviewServer server) {
        try {
            while (true) {
                Set<Path> batch;
                long edit;
                AtomicBoolean superseded = new AtomicBoolean();
                synchronized (lock) {
                    while (pending.isEmpty()) {
                        lock.wait();
                    }
                    batch = Set.copyOf(pending);
                    pending.clear();
                    edit = edits;
                    running = superseded;
                }
                if (!fullBuild(server, batch, edit, superseded::get)) {
                    synchronized (lock) {
                        pending.addAll(batch); // taken again with the newer edit
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Builds the whole site in memory and serves it; false when a newer edit stopped it first.
    private boolean fullBuild(PreviewServer server, Set<Path> changed, long edit, BooleanSupplier superseded) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> files;
        int drawn = 0;
        try {
            SiteConfig config = new ConfigLoader(diagnostics).load(configFile);
            Pipeline pipeline = new Pipeline(config, diagnostics, cache);
            Pipeline.BuiltSite built = pipeline.run(BuildRequest.preview(changed).supersededWhen(superseded));
            files = diagnostics.hasErrors() ? null : inMemory(built.files());
            drawn = pipeline.pagesDrawn();
            if (timings) {
                out.println("timings: " + pipeline.timings().summary());
            }
            if (files != null) {
                cache = built.cache();
            }
        } catch (Pipeline.Superseded e) {
            return false;
        } catch (ConfigException | IOException e) {
            diagnostics.error(configFile.getFileName().toString(), 0, 0, e.getMessage());
            files = null;
        }
        List<Diagnostic> problems = diagnostics.sorted();
        problems.forEach(d -> err.println(d.format()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String what = changed.isEmpty() ? "built" : "rebuilt after " + changed.stream()
                .map(path -> path.getFileName().toString()).sorted().collect(Collectors.joining(", "));
        if (files == null) {
            err.println(what + ": failed in " + millis + " ms; still serving the last good site");
            server.problem(problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        } else {
            synchronized (lock) {
                // A page shown for an edit newer than this build stays as shown until its own build lands.
                Map<String, byte[]> shown = new HashMap<>(files);
                ahead.values().removeIf(page -> page.edit() <= edit);
                ahead.forEach((path, page) -> shown.put(path, page.bytes()));
                publish(server, shown);
            }
            server.resolved();
            out.println(what + " in " + millis + " ms (" + files.size() + " files, " + drawn + " pages drawn, "
                    + problems.size() + " warnings)");
        }
        out.flush();
        err.flush();
        return true;
    }

    // Only pages whose bytes changed are told to reload, so the full rebuild after the edited pages were shown
    // does not reload the page the author is looking at a second time.
    private void publish(PreviewServer server, Map<String, byte[]> files) {
        List<String> changed = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, served.get(path))) {
                changed.add(path);
            }
        });
        served.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        served = Map.copyOf(files);
        server.publish(new SiteSnapshot(served, ++version), changed);
    }

    /** A compiled site as the server holds it: every file's bytes by its path. */
    static Map<String, byte[]> inMemory(List<OutputFile> files) throws IOException {
        Map<String, byte[]> site = new HashMap<>(files.size() * 2);
        for (OutputFile file : files) {
            site.put(file.path(), file.bytes() != null ? file.bytes() : Files.readAllBytes(file.copyOf()));
        }
        return Map.copyOf(site);
    }
}
