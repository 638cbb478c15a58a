package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.site.ScorecardDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The PDF renderer sees the site being built and nothing else: no network, no disk outside the site. */
class SiteResourcesTest {

    private static final String PAGE = "scorecards/crew/index.html";
    private static final String BASE = SiteResources.uriOf(PAGE);

    private final SiteResources resources = new SiteResources(List.of(
            OutputFile.of(PAGE, "<p>sheet</p>".getBytes(StandardCharsets.UTF_8)),
            OutputFile.of("theme/scorecard.css", "p { color: black }".getBytes(StandardCharsets.UTF_8))));

    @Test
    void relativeAddressesResolveInsideTheSite() throws IOException {
        String css = resources.resolveURI(BASE, "../../theme/scorecard.css?v=2#x");
        assertEquals("handbook:/theme/scorecard.css", css);
        try (InputStream in = resources.getUrl(css).getStream()) {
            assertEquals("p { color: black }", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void addressesOutsideTheSiteAreNeverServed() {
        for (String outside : List.of("https://example.com/x.css", "http://example.com/x.css",
                "//example.com/x.css", "file:///etc/passwd", "jar:file:/x.jar!/a.css")) {
            String resolved = resources.resolveURI(BASE, outside);
            assertTrue(resolved == null || !resolved.startsWith("handbook:"), outside + " -> " + resolved);
            assertNull(resources.bytes(resolved), outside);
            assertNull(new SiteResources.Offline().getUrl(outside).getStream());
        }
        assertNull(resources.resolveURI(BASE, "../../../../etc/passwd"), "climbing above the site root");
        assertNull(resources.getUrl("handbook:/theme/missing.css").getStream());
    }

    @Test
    void aSheetThatLinksTheNetworkRendersOfflineWithAWarning() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Crew</title>"
                + "<link rel=\"stylesheet\" href=\"https://example.com/remote.css\">"
                + "<link rel=\"stylesheet\" href=\"../../theme/scorecard.css\"></head>"
                + "<body><p>Crew sheet</p><img src=\"http://example.com/logo.png\" alt=\"logo\"></body></html>";
        Diagnostics diagnostics = new Diagnostics();
        byte[] css = "p { font-weight: bold }".getBytes(StandardCharsets.UTF_8);
        List<OutputFile> pdfs = new ScorecardPdf("A4", "test", diagnostics, null).render(
                List.of(OutputFile.of(PAGE, html.getBytes(StandardCharsets.UTF_8)),
                        OutputFile.of("theme/scorecard.css", css)),
                List.of(new ScorecardDownloads("Crew", new ScorecardDownloads.Sheet("Crew", PAGE,
                        "scorecards/crew/scorecard.pdf", "content/roles/Crew.md"), List.of(), "")),
                (sheet, density) -> null, () -> false).stream().filter(file -> file.path().endsWith(".pdf")).toList();
        assertEquals(1, pdfs.size(), "no stages, so no packet");
        try (PDDocument document = Loader.loadPDF(pdfs.get(0).bytes())) {
            assertEquals(1, document.getNumberOfPages());
        }
        String report = diagnostics.sorted().toString();
        assertTrue(report.contains("https://example.com/remote.css") && report.contains("http://example.com/logo.png"),
                report);
    }

    @Test
    void renderingASheetNeverConnectsToTheServersItNames() throws Exception {
        try (Listener listener = new Listener()) {
            String host = "127.0.0.1:" + listener.port();
            String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Crew</title>"
                    + "<link rel=\"stylesheet\" href=\"http://" + host + "/sheet.css\">"
                    + "<style>@import url(http://" + host + "/imported.css);"
                    + " @font-face { font-family: Remote; src: url(http://" + host + "/font.ttf); }"
                    + " body { font-family: Remote; background-image: url(//" + host + "/paper.png); }</style>"
                    + "</head><body><p>Crew sheet</p><img src=\"http://" + host + "/pixel.gif\" alt=\"pixel\">"
                    + "<img src=\"https://" + host + "/logo.png\" alt=\"logo\"></body></html>";
            new ScorecardPdf("A4", "test", new Diagnostics(), null).render(
                    List.of(OutputFile.of(PAGE, html.getBytes(StandardCharsets.UTF_8))),
                    List.of(new ScorecardDownloads("Crew", new ScorecardDownloads.Sheet("Crew", PAGE,
                            "scorecards/crew/scorecard.pdf", "content/roles/Crew.md"), List.of(), "")),
                    (sheet, density) -> null, () -> false);
            assertEquals(List.of(), listener.connectionsSoFar());
        }
    }

    /** A local server that counts who connects to it, closing each connection at once so no client waits. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Integer> ports = Collections.synchronizedList(new ArrayList<>());
        private final Thread acceptor = new Thread(this::accept, "test-listener");

        Listener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    ports.add(client.getPort());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        // Connections are accepted in the order they came: once our own is taken, every earlier one has been.
        List<String> connectionsSoFar() throws IOException, InterruptedException {
            int own;
            try (Socket probe = new Socket()) {
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                own = probe.getLocalPort();
                probe.connect(server.getLocalSocketAddress());
            }
            for (int waited = 0; waited < 100 && !ports.contains(own); waited++) {
                Thread.sleep(100); // a bounded wait, of 10 s at most, for the acceptor to take the probe
            }
            assertTrue(ports.contains(own), "the listener never took its own probe");
            return ports.stream().filter(port -> port != own).map(port -> "a connection from port " + port).toList();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
