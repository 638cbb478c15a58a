package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.site.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page comes out as UTF-8 with every root token swapped for the page's own way to the site root. */
class PageRendererTest {

    @TempDir
    Path dir;

    @Test
    void swapsTheRootTokenInEveryPieceAndKeepsEveryCharacter() throws Exception {
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        TestSites.write(dir.resolve("themes/plain/templates/probe.peb"),
                "<p>{{ first | raw }}|{{ second }}|é · 😀|{{ third | raw }}</p>");
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        PageRenderer renderer = new PageRenderer(Theme.load(config), Map.of());
        String token = MarkdownEngine.ROOT_TOKEN;
        Page page = new Page("a/b/", "probe", "Probe", "content/A.md", Map.of(
                "first", "<a href=\"" + token + "x/\">x</a><a href=\"" + token + "y/\">ü</a>",
                "second", "plain ✓ < text",
                "third", token + "z/" + token));

        String html = new String(renderer.render(page), StandardCharsets.UTF_8);

        assertEquals("<p><a href=\"../../x/\">x</a><a href=\"../../y/\">ü</a>|plain ✓ &lt; text|é · 😀|"
                + "../../z/../../</p>", html);
    }
}
