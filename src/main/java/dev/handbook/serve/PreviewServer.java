package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview web server: binds to 127.0.0.1 only, answers only to loopback host names, serves the last good
 * build from memory, and can never serve anything outside it (there is no file system behind it to escape into).
 */
public final class PreviewServer {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final ScheduledThreadPoolExecutor clock;
    private final RequestWorkers workers;
    private final AtomicReference<SiteSnapshot> site = new AtomicReference<>(new SiteSnapshot(Map.of(), 0));
    private final LiveReload live = new LiveReload();
    private final long heartbeatMillis;
    private volatile boolean showingProblem; // publish and problem come from the one rebuilding thread

    /** Binds the server to the loopback address; port 0 picks a free port. */
    public PreviewServer(int port) throws IOException {
        this(port, PreviewLimits.DEFAULT);
    }

    /** Binds the server to the loopback address with these limits on what a client may hold. */
    PreviewServer(int port, PreviewLimits limits) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        // Two threads, so a heartbeat stuck on a page that stopped reading never holds up a request's deadline.
        clock = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "preview-clock-" + port());
            thread.setDaemon(true);
            return thread;
        });
        clock.setRemoveOnCancelPolicy(true); // nearly every deadline is cancelled, and need not wait out its time
        workers = new RequestWorkers("preview-http-" + port(), limits, clock);
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        heartbeatMillis = limits.heartbeat().toMillis();
    }

    /** Starts answering requests. */
    public void start() {
        server.start();
        clock.scheduleWithFixedDelay(live::heartbeat, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves a newly built site and reloads the open pages among the changed files. */
    public void publish(SiteSnapshot snapshot, List<String> changed) {
        site.set(snapshot);
        if (!changed.isEmpty()) {
            live.reload(changed);
        }
    }

    /** Shows a failed build's diagnostics on every open page; the last good site stays served. */
    public void problem(String diagnostics) {
        showingProblem = true;
        live.problem(diagnostics);
    }

    /**
     * Says the whole site builds again after a failed build, so the pages take the problem overlay down: a page
     * reloads only when its own file changed, and undoing a broken edit changes no file at all.
     */
    public void resolved() {
        if (showingProblem) {
            live.resolved();
            showingProblem = false;
        }
    }

    /** How many pages are connected for live reload. */
    public int listeners() {
        return live.listeners();
    }

    /** Stops the server and closes the event streams. */
    public void stop() {
        live.close();
        server.stop(0);
        workers.stop();
        clock.shutdownNow();
    }

    // Every request comes here: a stranger's host name and other methods are refused before anything is looked up.
    private void answer(HttpExchange exchange) throws IOException {
        URI target = exchange.getRequestURI();
        if (!LoopbackHosts.allows(exchange.getRequestHeaders().get("Host"))
                || target.getRawAuthority() != null && !LoopbackHosts.isLoopback(target.getRawAuthority())) {
            refuse(exchange, 403, "This preview answers only to localhost, 127.0.0.1 and [::1]; open http://127.0.0.1:"
                    + port() + "/ (other host names are refused, so a foreign page cannot read it by DNS rebinding).");
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            refuse(exchange, 405, "Only GET and HEAD.");
            return;
        }
        if (target.getRawPath() != null && target.getRawPath().equals(LiveReload.PATH)) {
            live.subscribe(exchange); // open until the page goes away or the server stops
        } else {
            serve(exchange);
        }
    }

    private static void refuse(HttpExchange exchange, int status, String reason) throws IOException {
        try (exchange) {
            send(exchange, status, "text/plain; charset=utf-8", (reason + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = path(exchange.getRequestURI());
            Map<String, byte[]> files = site.get().files();
            if (path == null) {
                send(exchange, 400, "text/plain; charset=utf-8", "Bad path.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!files.containsKey(path) && files.containsKey(path + "/index.html")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            byte[] body = files.get(key);
            int status = 200;
            if (body == null) {
                status = 404;
                key = "404.html";
                body = files.getOrDefault(key, "Not found.".getBytes(StandardCharsets.UTF_8));
            }
            String type = type(key);
            if (type.startsWith("text/html")) {
                body = withLiveReload(body);
            }
            send(exchange, status, type, body);
        }
    }

    // The decoded path without its leading slash; null when it tries to climb out with "..".
    static String path(URI uri) {
        String decoded = uri.getPath() == null ? "/" : uri.getPath();
        String path = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        for (String part : path.split("/")) {
            if (part.equals("..") || part.contains("\\") || part.contains("\0")) {
                return null;
            }
        }
        return path;
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + LiveReload.CLIENT : page.substring(0, end) + LiveReload.CLIENT + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
