package dev.handbook.output;

import static dev.handbook.SiteAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.BrandFiles;
import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brand keys of site.yml reach the pages, the scorecard sheets and their PDFs, in the "harbour" fixture. */
class BrandTest {

    static final String BRAND = """
            brand:
              logo: art/acme-logo.png
              accent: "#C8102E"
              favicon: art/icon.png
              stylesheet: art/acme.css
            """;
    static final List<String> SHEETS = List.of("scorecards/dock-planner/", "scorecards/dock-planner/screen/",
            "scorecards/dock-planner/yard-walk/");

    @TempDir
    static Path temp;

    private static Path site;
    private static Path out;

    @BeforeAll
    static void build() throws IOException {
        site = branded(temp.resolve("a"));
        out = temp.resolve("out");
        InterviewFixtures.build(site, out);
    }

    // The harbour fixture with a logo, accent, favicon and stylesheet, and a theme that adds an extra.css.
    private static Path branded(Path into) throws IOException {
        Path copy = InterviewFixtures.copy("harbour", into);
        BrandFiles.png(copy.resolve("art/acme-logo.png"), new Color(0xC8102E));
        BrandFiles.png(copy.resolve("art/icon.png"), Color.BLACK);
        TestSites.write(copy.resolve("art/acme.css"), ":root { --hb-font: Georgia, serif; }\n");
        TestSites.write(copy.resolve("themes/acme/assets/extra.css"), ":root { --hb-border: #999999; }\n");
        Files.writeString(copy.resolve("site.yml"), Files.readString(copy.resolve("site.yml")) + "theme: acme\n" + BRAND);
        return copy;
    }

    @Test
    void theLogoIsInTheHeaderOfEveryPage() {
        List<String> pages = TestSites.htmlFiles(out).stream()
                .filter(page -> !page.startsWith("scorecards/dock-planner/")).toList();
        assertTrue(pages.size() > 10, pages::toString);
        for (String page : pages) {
            Element logo = TestSites.html(out.resolve(page)).selectFirst(".site-header a.site-title img.site-logo");
            assertNotNull(logo, page);
            // The 404 page is served at any address, so it links from the baseUrl.
            String src = logo.attr("src").replace("https://hiring.harbour.example/handbook/", "/");
            Path file = src.startsWith("/") ? out.resolve(src.substring(1)) : out.resolve(page).resolveSibling(src);
            assertTrue(Files.isRegularFile(file.normalize()), page + ": " + logo.attr("src"));
        }
        assertArrayEquals(bytes(site.resolve("art/acme-logo.png")), bytes(out.resolve("brand/logo.png")));
    }

    @Test
    void theLogoIsOnEveryScorecardSheet() {
        for (String sheet : SHEETS) {
            Element logo = TestSites.html(out.resolve(sheet + "index.html")).selectFirst("header.sheet-header img.sheet-logo");
            assertNotNull(logo, sheet);
            assertEquals("Harbour Hiring Handbook", logo.attr("alt"), "the sheet names the team in the logo's text");
            assertTrue(Files.isRegularFile(out.resolve(sheet).resolve(logo.attr("src")).normalize()), logo.attr("src"));
        }
    }

    @Test
    void theLogoIsAnImageOnTheFirstPageOfEveryScorecardPdf() throws IOException {
        for (String sheet : SHEETS) {
            assertEquals(1, images(out.resolve(sheet + "scorecard.pdf")), sheet);
        }
        assertEquals(1, images(out.resolve("scorecards/dock-planner/packet.pdf")), "the packet's first page");
    }

    @Test
    void theAccentSetsTheAccentVariableForTheLightScheme() throws IOException {
        String css = Files.readString(out.resolve("brand/accent.css"));
        assertTrue(css.contains("--hb-accent: #C8102E;"), css);
        assertTrue(css.contains("not all and (prefers-color-scheme: dark)"), css);
        // The default stylesheet reads the variable wherever it uses the accent.
        assertTrue(Files.readString(out.resolve("theme/handbook.css")).contains("a { color: var(--hb-accent); }"));
    }

    @Test
    void extraStylesheetsAreLinkedAfterTheDefaultOneThemeFirst() {
        Document home = TestSites.html(out.resolve("index.html"));
        List<String> links = home.select("head link[rel=stylesheet]").eachAttr("href");
        assertEquals(List.of("./theme/handbook.css", "./theme/extra.css", "./brand/accent.css", "./brand/extra.css"),
                links);
        assertEquals(":root { --hb-font: Georgia, serif; }\n", new String(bytes(out.resolve("brand/extra.css"))));
        assertTrue(Files.isRegularFile(out.resolve("theme/extra.css")));
    }

    @Test
    void theFaviconIsTheBrandsOnPagesAndSheets() {
        for (String page : List.of("index.html", SHEETS.get(1) + "index.html")) {
            Element icon = TestSites.html(out.resolve(page)).selectFirst("link[rel=icon]");
            assertTrue(icon.attr("href").endsWith("brand/favicon.png"), page + ": " + icon);
            assertEquals("image/png", icon.attr("type"));
        }
    }

    @Test
    void twoBuildsOfABrandedSiteAreByteIdentical() throws IOException {
        Path again = temp.resolve("again");
        InterviewFixtures.build(branded(temp.resolve("b")), again);
        assertTrue(TestSites.tree(again).keySet().containsAll(List.of("brand/logo.png", "brand/favicon.png",
                "brand/accent.css", "brand/extra.css")), "the brand's files, under stable names");
        assertSameTree(TestSites.tree(out), TestSites.tree(again));
    }

    @Test
    void anSvgLogoIsOnTheSheetsButLeftOffThePdfsWithAWarning() throws IOException {
        Path svgSite = InterviewFixtures.copy("harbour", temp.resolve("svg"));
        BrandFiles.svg(svgSite.resolve("logo.svg"));
        Files.writeString(svgSite.resolve("site.yml"), Files.readString(svgSite.resolve("site.yml"))
                + "brand:\n  logo: logo.svg\n");
        Path built = temp.resolve("svg-out");
        TestSites.Run run = InterviewFixtures.build(svgSite, built);
        assertTrue(run.err().contains("site.yml:11:3: warning: an SVG logo shows on the pages and sheets but is left"
                + " off the scorecard PDFs"), run::transcript);
        assertFalse(run.err().contains("PDF:"), "the renderer is not asked to draw it: " + run.err());
        assertNotNull(TestSites.html(built.resolve(SHEETS.get(1) + "index.html")).selectFirst("img.sheet-logo[src$=logo.svg]"));
        assertEquals(0, images(built.resolve(SHEETS.get(1) + "scorecard.pdf")));
    }

    // The image XObjects of a PDF's first page.
    private static long images(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            long count = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
