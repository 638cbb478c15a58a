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
    private StageCache cache;
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
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.next();
                if (!changed.isEmpty()) {
                    rebuild(server, changed);
                }
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
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> files;
        int drawn = 0;
        try {
            SiteConfig config = new ConfigLoader(diagnostics).load(configFile);
            Pipeline pipeline = new Pipeline(config, diagnostics, cache);
            Map<String, byte[]> edited = pipeline.editedPages(changed);
            if (edited != null) {
                Map<String, byte[]> shown = new HashMap<>(served);
                shown.putAll(edited);
                publish(server, shown);
                out.println("showed " + String.join(", ", edited.keySet()) + " in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms; rebuilding the rest");
                out.flush();
            }
            Pipeline.BuiltSite built = pipeline.run(BuildRequest.preview(changed));
            files = diagnostics.hasErrors() ? null : inMemory(built.files());
            drawn = pipeline.pagesDrawn();
            if (timings) {
                out.println("timings: " + pipeline.timings().summary());
            }
            if (files != null) {
                cache = built.cache();
            }
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
            publish(server, files);
            server.resolved();
            out.println(what + " in " + millis + " ms (" + files.size() + " files, " + drawn + " pages drawn, "
                    + problems.size() + " warnings)");
        }
        out.flush();
        err.flush();
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
