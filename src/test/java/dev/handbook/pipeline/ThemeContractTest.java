package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.render.ModelVariables;
import dev.handbook.render.Theme;
import dev.handbook.site.PageModel;
import dev.handbook.site.PageModelTest;
import dev.handbook.site.Sidebar;
import dev.handbook.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme contract in docs/themes.md ("What each template sees") names exactly the variables each template
 * gets: its page model's components, parts flattened, and the globals every template sees. A component added to
 * a model without a line in the docs fails here, and so does a line naming a variable its templates do not get.
 */
class ThemeContractTest {

    private static final Pattern TEMPLATE = Pattern.compile("`([\\w-]+)\\.peb`");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");
    private static final String EVERY_TEMPLATE = "Every template";

    /** One section of the contract: the templates its heading names (none for the globals) and its variables. */
    private record Section(String heading, List<String> templates, Set<String> variables) {
    }

    private static List<Section> sections() throws Exception {
        String docs = Files.readString(Path.of("docs/themes.md"));
        String contract = docs.substring(docs.indexOf("## What each template sees"));
        List<Section> sections = new ArrayList<>();
        for (String text : contract.split("\n### ")) {
            String heading = text.lines().findFirst().orElse("");
            Set<String> names = new TreeSet<>();
            text.lines().filter(line -> line.startsWith("| `")).forEach(line -> {
                Matcher name = NAME.matcher(line.substring(1, line.indexOf(" |", 1)));
                while (name.find()) {
                    names.add(name.group(1));
                }
            });
            List<String> templates = TEMPLATE.matcher(heading).results().map(m -> m.group(1)).toList();
            sections.add(new Section(heading, templates, names));
        }
        return sections;
    }

    @Test
    void eachTemplatesVariablesAreThoseItsModelGives() throws Exception {
        Map<String, Set<String>> given = new TreeMap<>();
        for (Class<? extends PageModel> kind : PageModelTest.kinds()) {
            given.put(PageModel.templateOf(kind), new TreeSet<>(ModelVariables.names(kind)));
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        for (Section section : sections()) {
            // A section of several templates (tag.peb, tags.peb) names what they get between them.
            Set<String> theirs = new TreeSet<>();
            for (String template : section.templates()) {
                assertTrue(given.containsKey(template), "docs/themes.md names " + template
                        + ".peb, which draws no kind of page");
                theirs.addAll(given.get(template));
                documented.computeIfAbsent(template, key -> new TreeSet<>()).addAll(section.variables());
            }
            Set<String> unknown = new TreeSet<>(section.variables());
            unknown.removeAll(theirs);
            if (!section.templates().isEmpty()) {
                assertEquals(Set.of(), unknown, "'" + section.heading() + "' names what no model of it gives");
            }
        }
        for (Map.Entry<String, Set<String>> template : given.entrySet()) {
            assertTrue(documented.containsKey(template.getKey()), template.getKey() + ".peb has no section");
            Set<String> undocumented = new TreeSet<>(template.getValue());
            undocumented.removeAll(documented.get(template.getKey()));
            assertEquals(Set.of(), undocumented, template.getKey() + ".peb gets these, which docs/themes.md "
                    + "does not name");
        }
    }

    @Test
    void everyTemplatesGlobalsAreThoseTheBuildGives(@TempDir Path dir) throws Exception {
        Path site = TestSites.newSite(dir, "Globals");
        TestSites.write(site.resolve("content/A.md"), "# A\n");
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader(diagnostics).load(site.resolve("site.yml"));
        Map<String, Object> globals = SiteFiles.globals(config,
                new Site(List.of(), new Sidebar(List.of(), true), List.of()), Theme.load(config, diagnostics));
        Set<String> given = new TreeSet<>(globals.keySet());
        given.addAll(List.of("page", "root")); // the renderer's own, after the model's

        Set<String> documented = sections().stream().filter(section -> section.heading().equals(EVERY_TEMPLATE))
                .findFirst().orElseThrow().variables();
        assertEquals(given, documented);
    }
}
