package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.site.ScorecardDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
}
