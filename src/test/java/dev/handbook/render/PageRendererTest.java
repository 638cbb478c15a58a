package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.site.NavEntry;
import dev.handbook.site.Page;
import dev.handbook.site.PageModel;
import dev.handbook.site.Sidebar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page comes out as UTF-8 with every root token swapped for the page's own way to the site root, and a
 * sidebar drawn once for many pages marks each page's own link.
 */
class PageRendererTest {

    @TempDir
    Path dir;

    @Test
    void swapsTheRootTokenInEveryPieceAndKeepsEveryCharacter() throws Exception {
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        TestSites.write(dir.resolve("themes/plain/templates/folder.peb"),
                "<p>{{ intro | raw }}|{{ breadcrumbs[0].title }}|é · 😀|{{ breadcrumbs[0].url | raw }}</p>");
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        PageRenderer renderer = new PageRenderer(Theme.load(config, new dev.handbook.diagnostics.Diagnostics()), Map.of());
        String token = MarkdownEngine.ROOT_TOKEN;
        Page page = new Page("a/b/", "Probe", "content/A.md", new PageModel.FolderPage(
                "<a href=\"" + token + "x/\">x</a><a href=\"" + token + "y/\">ü</a>", List.of(), List.of(),
                List.of(new NavEntry("plain ✓ < text", token + "z/" + token, List.of())), null));

        String html = new String(renderer.render(page), StandardCharsets.UTF_8);

        assertEquals("<p><a href=\"../../x/\">x</a><a href=\"../../y/\">ü</a>|plain ✓ &lt; text|é · 😀|"
                + "../../z/../../</p>", html);
    }

    @Test
    void aSharedSidebarMarksEachPagesOwnLinkWithItsOwnRoot() throws Exception {
        PageRenderer renderer = renderer("{{ sidebar }}", "{% for entry in navigation %}<a href=\"{{ root }}{{ entry.url }}\""
                + "{{ ariaCurrent(entry.url) }}>{{ entry.title }}</a>{% endfor %}");
        Sidebar shared = new Sidebar(List.of(new NavEntry("One", "f/one/", List.of()),
                new NavEntry("Two & co", "f/two/", List.of()), new NavEntry("Top", "top/", List.of())), true);

        assertEquals("<a href=\"../../f/one/\" aria-current=\"page\">One</a><a href=\"../../f/two/\">Two &amp; co</a>"
                + "<a href=\"../../top/\">Top</a>", draw(renderer, "f/one/", shared));
        assertEquals("<a href=\"../../f/one/\">One</a><a href=\"../../f/two/\" aria-current=\"page\">Two &amp; co</a>"
                + "<a href=\"../../top/\">Top</a>", draw(renderer, "f/two/", shared));
        assertEquals("<a href=\"../f/one/\">One</a><a href=\"../f/two/\">Two &amp; co</a>"
                + "<a href=\"../top/\" aria-current=\"page\">Top</a>", draw(renderer, "top/", shared));
        assertEquals("<a href=\"./f/one/\">One</a><a href=\"./f/two/\">Two &amp; co</a><a href=\"./top/\">Top</a>",
                draw(renderer, "", shared), "a page not in the tree marks nothing");
    }

    @Test
    void anAddressCannotEndItsTokenEarlyAndTextThatLooksLikeATokenStays() throws Exception {
        PageRenderer renderer = renderer("{{ intro }}|{{ sidebar }}", "{% for entry in navigation %}"
                + "<a{{ ariaCurrent(entry.url) }}>{{ entry.title }}</a>{% endfor %}");
        String odd = "a__/\"x\" onclick=\"y__/";
        Sidebar sidebar = new Sidebar(List.of(new NavEntry("Odd", odd, List.of()), new NavEntry("B", "b/", List.of())),
                false);
        String lookalikes = "__HB __HBCURRENT_61__ __HBCURRENT_ __HBROOT_";
        Page page = folder(odd, lookalikes, sidebar);

        assertEquals(lookalikes + "|<a aria-current=\"page\">Odd</a><a>B</a>",
                new String(renderer.render(page), StandardCharsets.UTF_8));
    }

    @Test
    void aNoteCannotWriteTheCurrentPageMarkIntoItsOwnAttributes() throws Exception {
        PageRenderer renderer = renderer("{{ intro | raw }}{{ sidebar }}", "{% for entry in navigation %}"
                + "<a{{ ariaCurrent(entry.url) }}>{{ entry.title }}</a>{% endfor %}");
        // What a token for this page would be without the renderer's random part, written into a title.
        String hex = java.util.HexFormat.of().formatHex("evil/".getBytes(StandardCharsets.UTF_8));
        String content = "<a href=\"x\" title=\"t__HBCURRENT_" + hex + "__ onmouseover=alert(1) x\">link</a>";
        Sidebar sidebar = new Sidebar(List.of(new NavEntry("Evil", "evil/", List.of())), true);
        Page page = folder("evil/", content, sidebar);

        assertEquals(content + "<a aria-current=\"page\">Evil</a>",
                new String(renderer.render(page), StandardCharsets.UTF_8), "the note's text stays as it was");
    }

    @Test
    void aTreeTemplateThatDrawsNothingIsNamed() throws Exception {
        PageRenderer renderer = renderer("{{ sidebar }}", "{% macro navTree(entries) %}<ul></ul>{% endmacro %}");
        Sidebar sidebar = new Sidebar(List.of(new NavEntry("One", "one/", List.of())), true);

        assertEquals("", draw(renderer, "one/", sidebar));
        assertTrue(renderer.blankSidebarTemplate().endsWith("nav-tree.peb"), renderer.blankSidebarTemplate());
        assertNull(renderer("{{ sidebar }}", "x").blankSidebarTemplate(), "nothing drawn yet");
    }

    @Test
    void theNotFoundPagesAbsoluteRootIsEscapedWhereverItIsSwappedIn() throws Exception {
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\nbaseUrl: https://example.org/a&b/\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        // Any page written to 404.html (here a folder's page, whose intro is HTML) links from the absolute root.
        TestSites.write(dir.resolve("themes/plain/templates/folder.peb"), "<a href=\"{{ root }}x/\">{{ intro | raw }}");
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        PageRenderer renderer = new PageRenderer(Theme.load(config, new dev.handbook.diagnostics.Diagnostics()), Map.of("site", config), config.notFoundRoot());
        Page page = new Page("404.html", "Not found", "", new PageModel.FolderPage(
                "<a href=\"" + MarkdownEngine.ROOT_TOKEN + "y/\">y</a>", List.of(), List.of(), List.of(), null));

        assertEquals("<a href=\"https://example.org/a&amp;b/x/\"><a href=\"https://example.org/a&amp;b/y/\">y</a>",
                new String(renderer.render(page), StandardCharsets.UTF_8));
    }

    @Test
    void theNotFoundPageLinksFromAPathBaseUrlToo() throws Exception {
        // GitHub Pages serves 404.html at /handbook/a/b/missing too, where "./theme/handbook.css" is not the theme.
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\nbaseUrl: /handbook\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        TestSites.write(dir.resolve("themes/plain/templates/404.peb"), "<a href=\"{{ root }}x/\">");
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        PageRenderer renderer = new PageRenderer(Theme.load(config, new dev.handbook.diagnostics.Diagnostics()), Map.of("site", config), config.notFoundRoot());
        assertEquals("<a href=\"/handbook/x/\">", new String(renderer.render(new Page("404.html", "Not found",
                "", new PageModel.NotFoundPage())), StandardCharsets.UTF_8));
    }

    private PageRenderer renderer(String probe, String navTree) throws Exception {
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        TestSites.write(dir.resolve("themes/plain/templates/folder.peb"), probe); // the probe draws folder pages
        TestSites.write(dir.resolve("themes/plain/templates/nav-tree.peb"), navTree);
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        return new PageRenderer(Theme.load(config, new dev.handbook.diagnostics.Diagnostics()), Map.of());
    }

    private static String draw(PageRenderer renderer, String url, Sidebar sidebar) throws Exception {
        return new String(renderer.render(folder(url, "", sidebar)), StandardCharsets.UTF_8);
    }

    // A folder's page with an intro and a sidebar of its own, which the probe template draws.
    private static Page folder(String url, String intro, Sidebar sidebar) {
        return new Page(url, "Probe", "", new PageModel.FolderPage(intro, List.of(), List.of(), List.of(),
                PageModel.PageSidebar.of(sidebar)));
    }

    @Test
    void cssEscapingWritesABackslashAsAHexEscapeTheSheetRendererReads() {
        assertEquals("R\\5C D\\ \\\"x\\\"", PageRenderer.escapeCss("R\\D \"x\""));
        assertEquals("\\5C \\5C a", PageRenderer.escapeCss("\\\\a"));
        assertEquals("plain", PageRenderer.escapeCss("plain"));
    }
}
