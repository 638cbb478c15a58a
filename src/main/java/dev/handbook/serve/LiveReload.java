package dev.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to every open page: {@code reload} after a good build, {@code problem} with the
 * diagnostics after a failed one (the page shows them in an overlay and keeps the last good site).
 */
final class LiveReload {

    /** The script added to every HTML page the preview serves (never to the built files). */
    static final String CLIENT = """
            <script>
            (function () {
              var source = new EventSource('/__handbook/events');
              var overlay = null;
              var here = decodeURIComponent(location.pathname).replace(/^\\//, '');
              if (here === '' || here.slice(-1) === '/') { here += 'index.html'; }
              source.addEventListener('reload', function (event) {
                var changed = event.data.split('\\n');
                // A page reloads when it changed or the theme did; a new search index is picked up on next use.
                if (changed.indexOf(here) >= 0 || changed.some(function (p) { return p.indexOf('theme/') === 0; })) {
                  location.reload();
                }
              });
              source.addEventListener('resolved', function () {
                if (overlay) { overlay.remove(); overlay = null; }
              });
              source.addEventListener('problem', function (event) {
                if (!overlay) {
                  overlay = document.createElement('pre');
                  overlay.setAttribute('role', 'alert');
                  overlay.style.cssText = 'position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;'
                    + 'margin:0;padding:1rem;background:#2b0b0e;color:#ffd7d7;border:2px solid #ff6b6b;'
                    + 'border-radius:8px;font:13px/1.45 ui-monospace,monospace;z-index:99;white-space:pre-wrap';
                  document.body.appendChild(overlay);
                }
                overlay.textContent = 'The last change did not build; this page shows the last good version.\\n\\n'
                  + event.data;
              });
            })();
            </script>
            """;

    /** The one address of the event stream; any other under it is an ordinary (missing) file. */
    static final String PATH = "/__handbook/events";

    private static final byte[] GREETING = ": connected\n\n".getBytes(StandardCharsets.UTF_8);
    // A comment line, which EventSource ignores: writing it is how a page that went away is noticed.
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final List<Page> pages = new CopyOnWriteArrayList<>();

    /** Keeps a GET exchange open as an event stream; a HEAD gets the stream's headers only. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        Page page = new Page(exchange);
        if (!page.write(GREETING)) {
            page.close();
            return;
        }
        pages.add(page);
    }

    /** Tells the pages to reload; each reloads only when its own file is among the changed ones. */
    void reload(List<String> changed) {
        send("reload", String.join("\n", changed));
    }

    /** Takes the problems down on every page: the site builds again. */
    void resolved() {
        send("resolved", "");
    }

    /** Shows the build's problems on every page. */
    void problem(String diagnostics) {
        send("problem", diagnostics);
    }

    /**
     * Writes a comment to every page and forgets those that went away: a write to a closed connection fails at the
     * latest on the second try after the peer's reset, so two heartbeats free its descriptor.
     */
    void heartbeat() {
        sendToAll(PING);
    }

    /** How many pages are listening. */
    int listeners() {
        return pages.size();
    }

    private void send(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        sendToAll(message.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    private void sendToAll(byte[] bytes) {
        for (Page page : pages) {
            if (!page.write(bytes)) {
                pages.remove(page); // the page was closed
                page.close();
            }
        }
    }

    /** Ends every stream, for a clean stop. */
    void close() {
        pages.forEach(Page::close);
        pages.clear();
    }

    /** One open page's stream; the heartbeat and a rebuild may write at once, and their lines must not interleave. */
    private static final class Page {
        private final HttpExchange exchange;

        Page(HttpExchange exchange) {
            this.exchange = exchange;
        }

        synchronized boolean write(byte[] bytes) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(bytes);
                body.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }
}
