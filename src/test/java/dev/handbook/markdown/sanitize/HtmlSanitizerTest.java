package dev.handbook.markdown.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in notes: ordinary formatting kept, anything that could run script or restyle the page removed,
 * each removal a warning at the file and line of the HTML; on the fixture note {@code syntax/Unsafe HTML.md}.
 */
class HtmlSanitizerTest {

    private static final String PAGE = "syntax/unsafe-html/";
    private static final String FILE = "content/syntax/Unsafe HTML.md";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static void assertWarned(int line, String... words) {
        List<String> lines = site.diagnostics(FILE).stream()
                .filter(diagnostic -> diagnostic.startsWith(FILE + ":" + line + ":"))
                .filter(diagnostic -> List.of(words).stream().allMatch(diagnostic::contains))
                .toList();
        assertEquals(1, lines.size(), () -> "expected one warning at line " + line + " naming " + List.of(words)
                + ":\n" + String.join("\n", site.diagnostics(FILE)));
        assertTrue(lines.get(0).contains(": warning: "), lines.get(0));
    }

    @Test
    void scriptIsRemovedWithAWarning() {
        assertTrue(site.page(PAGE).select("script").stream().noneMatch(s -> s.data().contains("alert")));
        assertFalse(site.body(PAGE).html().contains("alert('x')"));
        assertWarned(6, "<script>");
    }

    @Test
    void iframeIsRemovedWithAWarning() {
        assertTrue(site.body(PAGE).select("iframe").isEmpty());
        assertEquals("S2: framed.", site.labelled(PAGE, "S2:").text());
        assertWarned(8, "<iframe>");
    }

    @Test
    void eventHandlerIsRemovedButTheElementKept() {
        Element bold = site.labelled(PAGE, "S3:").selectFirst("b");
        assertNotNull(bold);
        assertEquals("clicky", bold.text());
        assertFalse(bold.hasAttr("onclick"));
        assertWarned(10, "onclick");
    }

    @Test
    void javascriptHrefIsRemoved() {
        Element link = site.labelled(PAGE, "S4:").selectFirst("a");
        assertTrue(link == null || !link.hasAttr("href"), () -> link.outerHtml());
        assertWarned(12, "href");
    }

    @Test
    void dataUrlOnALinkIsRemoved() {
        Element link = site.labelled(PAGE, "S5:").selectFirst("a");
        assertTrue(link == null || !link.hasAttr("href"), () -> link.outerHtml());
        assertWarned(14, "href");
    }

    @Test
    void styleAttributeIsRemoved() {
        Element span = site.labelled(PAGE, "S6:").selectFirst("span");
        assertTrue(span == null || !span.hasAttr("style"), () -> span.outerHtml());
        assertWarned(16, "style");
    }

    @Test
    void ordinaryFormattingIsKept() {
        Element paragraph = site.labelled(PAGE, "S7:");
        assertEquals("bold", paragraph.selectFirst("b").text());
        assertEquals("Ctrl", paragraph.selectFirst("kbd").text());
        assertEquals("2", paragraph.selectFirst("sup").text());
        Element details = site.body(PAGE).selectFirst("details");
        assertNotNull(details);
        assertEquals("S8: more", details.selectFirst("summary").text());
        assertTrue(site.diagnostics(FILE).stream().noneMatch(line -> line.startsWith(FILE + ":18:")
                || line.startsWith(FILE + ":20:")), () -> String.join("\n", site.diagnostics(FILE)));
    }

    @Test
    void dataUrlOnAnImageIsKept() {
        Element image = site.labelled(PAGE, "S10:").selectFirst("img");
        assertNotNull(image);
        assertTrue(image.attr("src").startsWith("data:image/png;base64,"), image::outerHtml);
        assertTrue(site.diagnostics(FILE).stream().noneMatch(line -> line.startsWith(FILE + ":24:")),
                () -> String.join("\n", site.diagnostics(FILE)));
    }

    @Test
    void markdownJavascriptLinkIsRemovedWithAWarning(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\nFine.\n\nA [trap](javascript:alert(1)) link and ![pic](javascript:alert(2)).\n"));
        assertEquals(0, small.exitCode(), small::transcript);
        Element body = small.body("a/");
        assertTrue(body.select("[href^=javascript], [src^=javascript]").isEmpty(), body::outerHtml);
        assertTrue(body.text().contains("trap"), "the link text stays: " + body.outerHtml());
        assertTrue(small.diagnostics("content/A.md").stream()
                .anyMatch(line -> line.startsWith("content/A.md:6:") && line.contains("javascript")), small::transcript);
    }

    @Test
    void markdownDataLinkIsRemoved(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\nA [trap](data:text/html;base64,PHNjcmlwdD4=) link.\n"));
        Element body = small.body("a/");
        assertTrue(body.select("[href^=data]").isEmpty(), body::outerHtml);
        assertTrue(small.diagnostics("content/A.md").stream().anyMatch(line -> line.startsWith("content/A.md:4:")),
                small::transcript);
    }

    @Test
    void autolinkWithJavascriptSchemeIsRemoved(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\nSee <javascript:alert(1)> now.\n"));
        Element body = small.body("a/");
        assertTrue(body.select("[href^=javascript]").isEmpty(), body::outerHtml);
    }

    @Test
    void embeddedNoteIsSanitisedToo(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Host.md", "---\ntitle: Host\n---\nNo HTML of its own.\n\n![[Guest]]\n",
                "content/Guest.md", "---\ntitle: Guest\n---\nGuest text <img src=x onerror=alert(1)>.\n\n"
                        + "<script>alert(2)</script>\n"));
        Element body = small.body("host/");
        assertTrue(body.text().contains("Guest text"), body::outerHtml);
        assertTrue(body.select("script").isEmpty(), body::outerHtml);
        assertTrue(body.select("[onerror]").isEmpty(), body::outerHtml);
    }

    @Test
    void markStyleOtherThanAHexBackgroundIsWarned(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n<mark style=\"background: #FF5582A6;\">fine</mark>\n\n"
                        + "<mark style=\"background: url(x)\">odd</mark>\n"));
        List<String> lines = small.diagnostics("content/A.md");
        assertEquals(1, lines.size(), small::transcript);
        assertTrue(lines.get(0).startsWith("content/A.md:6:1: warning:") && lines.get(0).contains("style"),
                lines.get(0));
        assertFalse(small.body("a/").select("mark").get(1).hasAttr("style"));
    }

    @Test
    void scriptAfterAnHtmlCommentOnTheSameLineIsRemoved(@TempDir Path temp) {
        // An HTML comment block runs to the end of the line that closes it, whatever else that line holds.
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n<!-- reviewer notes --><script>alert(1)</script><img src=x onerror=alert(2)>\n"));
        Element body = small.body("a/");
        assertTrue(body.select("script, [onerror]").isEmpty(), body::outerHtml);
        assertTrue(small.diagnostics("content/A.md").stream()
                .anyMatch(line -> line.startsWith("content/A.md:4:1: warning:") && line.contains("<script>")),
                small::transcript);
    }

    @Test
    void encodedJavascriptHrefIsRemoved(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n<a href=\"jav&#x09;ascript:alert(1)\">tab</a> "
                        + "<a href=\" JaVaScRiPt:alert(1)\">case</a> <a href=\"&#106;avascript:alert(1)\">entity</a>\n"));
        Element body = small.body("a/");
        for (Element link : body.select("a")) {
            String href = link.attr("href").replaceAll("[\\s\\x00-\\x20]", "").toLowerCase();
            assertFalse(href.startsWith("javascript:"), link::outerHtml);
        }
    }
}
