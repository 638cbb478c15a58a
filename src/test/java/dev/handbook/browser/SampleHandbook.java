package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.TestSites;
import dev.handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Larkspur Labs sample as a test fixture ({@code src/test/resources/vaults/larkspur}, never the repository's
 * {@code content/}, which a team replaces with its own notes), built once per test run into a temp folder and served
 * over HTTP on 127.0.0.1, so every browser test reads the same site from disk and from a local server.
 */
final class SampleHandbook implements ExtensionContext.Store.CloseableResource {

    /** The pages the tests visit, by kind: one of each the reader meets. */
    static final String HOME = "";
    static final String ROLE = "roles/backend-engineer/";
    static final String STAGE = "stages/career-walkthrough/";
    static final String COMPETENCY = "competencies/system-design/";
    static final String QUESTION_INDEX = "index/questions/";
    static final String COVERAGE = "index/coverage/";
    static final String TAG = "tags/behavioural/";
    static final String SCORECARD = "scorecards/backend-engineer/career-walkthrough/";

    /** The fixture vault under {@code src/test/resources/vaults/}. */
    static final String FIXTURE = "larkspur";

    /** How a page is opened: from a local web server, or straight from disk. */
    enum Origin { HTTP, FILE }

    private final Path temp;
    private final Path site;
    private final HttpServer server;
    private final ExecutorService executor;

    private SampleHandbook() throws IOException {
        temp = Files.createTempDirectory("handbook-browser-");
        site = temp.resolve("site");
        Path config = TestSites.copy(FIXTURE, temp).resolve("site.yml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = Main.run(new String[] {"build", "--config", config.toString(), "--out", site.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (RuntimeException | Error e) {
            deleteTemp();
            throw e;
        }
        if (code != 0) {
            deleteTemp();
        }
        assertEquals(0, code, () -> "the sample handbook did not build\n" + out + err);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The built site's folder. */
    Path folder() {
        return site;
    }

    /** The address of a page ({@code roles/backend-engineer/}, {@code ""} for home) from the given origin. */
    String url(Origin origin, String page) {
        if (origin == Origin.HTTP) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
        }
        // From disk a folder address is a file listing, so a reader opens the folder's index.html.
        String file = page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
        return site.resolve(file).toUri().toString();
    }

    /** Every HTML file of the site by its path relative to the site folder, in order. */
    List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "pdf", "application/pdf", "csv", "text/csv; charset=utf-8",
            "xml", "application/xml");

    /** A plain static file server, as a reader would use: folders serve their index.html. */
    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(URI.create(exchange.getRequestURI().getRawPath()).getRawPath(),
                    StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                byte[] body = Files.readAllBytes(site.resolve("404.html"));
                exchange.getResponseHeaders().add("Content-Type", TYPES.get("html"));
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        executor.shutdownNow();
        deleteTemp();
    }

    private void deleteTemp() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Gives tests the one shared sample handbook; JUnit closes it when the whole run ends. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SampleHandbook.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SampleHandbook.class, key -> {
                        try {
                            return new SampleHandbook();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, SampleHandbook.class);
        }
    }
}
