package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.handbook.TestSites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview web server over the "basic" fixture built in memory: it listens on loopback only, serves the
 * site's files with the live-reload script in HTML pages, answers 404 with the site's 404 page, and never
 * hands out a file from outside the site, however the path is spelled.
 */
class PreviewServerTest {

    // A line of each source file that no page shows: the config's comment and a note's front matter.
    private static final Map<String, String> SECRETS = Map.of(
            "site.yml", "# Fixture: a small, valid handbook",
            "content/process/Onsite Loop.md", "created: 2025-02-03");

    @TempDir
    static Path temp;

    private static Path site;
    private static PreviewBuild built;
    private static PreviewServer server;

    @BeforeAll
    static void serve() throws IOException {
        site = TestSites.copy("basic", temp);
        built = PreviewBuild.of(site);
        server = new PreviewServer(0);
        server.publish(new SiteSnapshot(built.files(), 1), List.of());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            assertTrue(socket.isConnected());
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces().filter(PreviewServerTest::isUp)
                .flatMap(NetworkInterface::inetAddresses).filter(address -> !address.isLoopbackAddress()).toList();
        assumeFalse(others.isEmpty(), "this machine has no address but loopback to try");
        for (InetAddress address : others) {
            // Bound to the wildcard address, the server would accept these; bound to 127.0.0.1 it is refused.
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, server.port()), 5_000);
                }
            }, "the preview answered on " + address);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/, index.html",
        "/process/phone-screen/, process/phone-screen/index.html",
        "/process/phone-screen/index.html, process/phone-screen/index.html",
        "/process/, process/index.html",
    })
    void servesTheBuiltPageWithTheLiveReloadScriptBeforeTheEndOfItsBody(String target, String file) {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertEquals(200, response.status(), response::summary);
        assertEquals("text/html; charset=utf-8", response.headers().get("content-type"));
        assertServedWithLiveReload(built.text(file), response.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"attachments/loop-diagram.svg", "theme/handbook.css", "theme/handbook.js"})
    void servesOtherFilesExactlyAsBuilt(String file) {
        RawHttp.Response response = RawHttp.get(server.port(), "/" + file);
        assertEquals(200, response.status(), response::summary);
        assertArrayEquals(built.file(file), response.body(), "only HTML pages get the live-reload script");
    }

    @Test
    void aFolderAddressWithoutItsSlashIsRedirectedToIt() {
        RawHttp.Response response = RawHttp.get(server.port(), "/process/phone-screen");
        assertEquals(301, response.status(), response::summary);
        assertEquals("/process/phone-screen/", response.headers().get("location"));
    }

    @Test
    void aMissingPageIsA404WithTheSitesOwn404Page() {
        RawHttp.Response response = RawHttp.get(server.port(), "/process/no-such-note/");
        assertEquals(404, response.status(), response::summary);
        assertServedWithLiveReload(built.text("404.html"), response.text());
    }

    @Test
    void aSiteWithoutA404PageAnswersPlainNotFound() throws IOException {
        PreviewServer bare = new PreviewServer(0);
        bare.publish(new SiteSnapshot(Map.of("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8)), 1),
                List.of());
        bare.start();
        try {
            RawHttp.Response response = RawHttp.get(bare.port(), "/missing/");
            assertEquals(404, response.status(), response::summary);
            assertTrue(response.text().startsWith("Not found."), response::summary);
        } finally {
            bare.stop();
        }
    }

    @Test
    void headAnswersWithoutABodyAndOtherMethodsAreRefused() {
        RawHttp.Response head = RawHttp.request(server.port(), "HEAD", "/");
        assertEquals(200, head.status(), head::summary);
        RawHttp.Response post = RawHttp.request(server.port(), "POST", "/");
        assertEquals(405, post.status(), post::summary);
        assertEquals("GET, HEAD", post.headers().get("allow"), post::summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]", "[::1]:8080",
        "handbook.localhost", "a.b.localhost:8080", "LocalHost"})
    void answersToTheLoopbackHostNames(String host) {
        RawHttp.Response response = RawHttp.getAs(server.port(), host, "/");
        assertEquals(200, response.status(), response::summary);
        assertServedWithLiveReload(built.text("index.html"), response.text());
    }

    @Test
    void answersAnHttp10RequestWithoutAHost() {
        RawHttp.Response response = RawHttp.getAs(server.port(), null, "/");
        assertEquals(200, response.status(), response::summary);
    }

    // DNS rebinding: a page on evil.example, its name then pointed at 127.0.0.1, would read the preview as its own.
    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example",
        "localhostx", "evillocalhost", "[::1].evil.example", "10.0.0.1", "0.0.0.0:8080", "localhost:", "localhost:x",
        "localhost:80:80", ""})
    void refusesEveryOtherHostName(String host) {
        for (String target : List.of("/", "/theme/handbook.css", "/__handbook/events")) {
            RawHttp.Response response = RawHttp.getAs(server.port(), host, target);
            assertEquals(403, response.status(), () -> host + " " + target + ": " + response.summary());
            assertEquals("text/plain; charset=utf-8", response.headers().get("content-type"));
            assertTrue(response.text().contains("only to localhost"), response::summary);
        }
        assertEquals(0, server.listeners(), "no event stream was opened");
    }

    @Test
    void refusesTwoHostsAndAForeignHostInTheRequestLine() {
        RawHttp.Response twice = RawHttp.send(server.port(),
                "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertEquals(403, twice.status(), twice::summary);
        RawHttp.Response absolute = RawHttp.send(server.port(),
                "GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(403, absolute.status(), absolute::summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void theEventStreamAnswersNoOtherMethod(String method) {
        RawHttp.Response response = RawHttp.request(server.port(), method, "/__handbook/events");
        assertEquals(405, response.status(), response::summary);
        assertEquals("GET, HEAD", response.headers().get("allow"));
        assertEquals(0, server.listeners(), "no event stream was opened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__handbook/events/", "/__handbook/events/x", "/__handbook/eventsx",
        "/__handbook/events.json", "/__handbook/events%2f"})
    void onlyTheExactAddressIsTheEventStream(String target) {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertEquals(404, response.status(), response::summary);
        assertServedWithLiveReload(built.text("404.html"), response.text());
        assertEquals(0, server.listeners(), "no event stream was opened");
    }

    @Test
    void headOnTheEventStreamAnswersItsHeadersAndOpensNoStream() {
        RawHttp.Response response = RawHttp.request(server.port(), "HEAD", "/__handbook/events");
        assertEquals(200, response.status(), response::summary);
        assertEquals("text/event-stream; charset=utf-8", response.headers().get("content-type"));
        assertEquals(0, server.listeners());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../site.yml",
        "/%2e%2e/site.yml",
        "/%2E%2E/site.yml",
        "/.%2e/site.yml",
        "/..%2fsite.yml",
        "/..%2Fsite.yml",
        "/%2e%2e%2fsite.yml",
        "/..%5csite.yml",
        "/%5c..%5csite.yml",
        "/..%5c..%5csite.yml",
        "/..\\site.yml",
        "/process/../../site.yml",
        "/process/%2e%2e/%2e%2e/site.yml",
        "/%252e%252e/site.yml",
        "/site.yml",
        "/site.yml%00.html",
        "/../content/process/Onsite%20Loop.md",
        "/%2e%2e/content/process/Onsite%20Loop.md",
        "/content/process/Onsite%20Loop.md",
        "/process/Onsite%20Loop.md",
        "http://127.0.0.1/../site.yml",
    })
    void neverServesAFileFromOutsideTheSite(String target) throws IOException {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertTrue(response.status() == 400 || response.status() == 404, response::summary);
        for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
            assertTrue(Files.readString(site.resolve(secret.getKey())).contains(secret.getValue()), "fixture changed");
            assertFalse(response.text().contains(secret.getValue()),
                    () -> target + " served " + secret.getKey() + ":\n" + response.summary());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yml", "/%2e%2e/site.yml", "/a/..%2f..%2fsite.yml", "/..%5csite.yml",
        "/x%00/index.html"})
    void aPathThatClimbsOutOrHidesASeparatorIsRejectedBeforeTheLookUp(String target) {
        assertNull(PreviewServer.path(URI.create(target)));
    }

    @Test
    void anOrdinaryPathIsLookedUpWithoutItsLeadingSlash() {
        assertEquals("process/phone-screen/index.html",
                PreviewServer.path(URI.create("/process/phone-screen/index.html")));
        assertEquals("guides/caf\u00e9-chats/", PreviewServer.path(URI.create("/guides/caf%C3%A9-chats/")));
    }

    // The page as the server sends it is the built page plus the script, once, inside the body.
    private static void assertServedWithLiveReload(String builtPage, String served) {
        int script = served.indexOf(LiveReload.CLIENT);
        assertTrue(script >= 0, "no live-reload script in\n" + served);
        assertEquals(script, served.lastIndexOf(LiveReload.CLIENT), "the script is injected once");
        assertTrue(script < served.lastIndexOf("</body>"), "the script runs inside the body");
        assertEquals(builtPage, served.substring(0, script) + served.substring(script + LiveReload.CLIENT.length()));
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
