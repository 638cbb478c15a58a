package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every site.yml value that reaches a page arrives as text: none can add markup or script to any page. */
class ConfigValuesInPagesTest {

    private static final String ATTACK = "x\\\"><img src=x onerror=alert(1)><script>alert(2)</script>";

    @TempDir
    Path dir;

    @Test
    void hostileValuesInEveryTextKeyStayText() {
        Path site = dir.resolve("site");
        TestSites.write(site.resolve("site.yml"), String.join("\n",
                "title: \"T " + ATTACK + "\"",
                "description: \"D " + ATTACK + "\"",
                "version: \"V " + ATTACK + "\"",
                "highlights:",
                "  defaultLabel: \"L " + ATTACK + "\"",
                "  palette:",
                "    - { color: \"#FF5582\", name: setback, label: \"P " + ATTACK + "\" }",
                "scorecard:",
                "  scale: [\"S " + ATTACK + "\", Two, Three]",
                "  recommendations: [\"R " + ATTACK + "\", Yes]",
                ""));
        TestSites.write(site.resolve("content/competencies/Craft.md"), "# Craft\n");
        TestSites.write(site.resolve("content/stages/Screen.md"), "---\ncompetencies: [\"[[Craft]]\"]\n---\n# Screen\n\n"
                + "- What did you <mark style=\"background: #FF5582A6;\">build</mark> last? ==Key== part\n");
        TestSites.write(site.resolve("content/roles/Maker.md"), "---\ncompetencies: [\"[[Craft]]\"]\nloop:\n"
                + "  - stage: \"[[Screen]]\"\n---\n# Maker\n");

        TestSites.Run run = TestSites.build(site, dir.resolve("out"));

        assertEquals(0, run.exitCode(), run::transcript);
        List<String> injected = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> file : TestSites.tree(dir.resolve("out")).entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            for (Element element : Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)).getAllElements()) {
                boolean handler = element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"));
                boolean planted = element.normalName().equals("img") && element.attr("src").equals("x")
                        || element.normalName().equals("script") && element.data().contains("alert(2)");
                if (handler || planted) {
                    injected.add(file.getKey() + ": " + element.outerHtml());
                }
            }
        }
        assertTrue(pages > 10, "the sheets, role and index pages were all read");
        assertEquals(List.of(), injected);
    }
}
