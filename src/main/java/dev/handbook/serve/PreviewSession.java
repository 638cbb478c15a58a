package dev.handbook.serve;

import dev.handbook.build.Build;
import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.output.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private long version;

    /** Prepares a preview of the given config on the given port (0 picks a free one). */
    public PreviewSession(Path configFile, int port, PrintWriter out, PrintWriter err) {
        this.configFile = configFile;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /**
     * Builds, serves and watches until the process is stopped.
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
        rebuild(server, Set.of());
        server.start();
        out.println("Previewing " + config.title() + " at http://127.0.0.1:" + server.port() + "/  (Ctrl+C stops)");
        out.flush();
        try (SourceWatcher watcher = new SourceWatcher(List.of(config.content(), config.themes()), configFile)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                out.println("Preview stopped.");
                out.flush();
            }, "preview-stop"));
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.next();
                if (!changed.isEmpty()) {
                    rebuild(server, changed);
                }
            }
        } catch (IOException e) {
            err.println("error: cannot watch the sources: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** Builds the site in memory and hands it to the server, or reports why it could not. */
    void rebuild(PreviewServer server, Set<Path> changed) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> files;
        try {
            SiteConfig config = new ConfigLoader(diagnostics).load(configFile);
            Build.Compiled compiled = new Build(config, diagnostics).compile(Build.Purpose.PREVIEW);
            files = diagnostics.hasErrors() ? null : inMemory(compiled.files());
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
            server.publish(new SiteSnapshot(files, ++version));
            out.println(what + " in " + millis + " ms (" + files.size() + " files, " + problems.size()
                    + " warnings)");
        }
        out.flush();
        err.flush();
    }

    private static Map<String, byte[]> inMemory(List<OutputFile> files) throws IOException {
        Map<String, byte[]> site = new HashMap<>(files.size() * 2);
        for (OutputFile file : files) {
            site.put(file.path(), file.bytes() != null ? file.bytes() : Files.readAllBytes(file.copyOf()));
        }
        return Map.copyOf(site);
    }
}
