package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
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
 * A template sees its page model's components as variables of the same names: a part's components as the page's
 * own, no variable for a null component (so a global of that name shows through), and the records inside read
 * through their accessors.
 */
class ModelVariablesTest {

    @TempDir
    Path dir;

    private String render(String template, String body, Map<String, Object> globals, Page page) throws Exception {
        TestSites.write(dir.resolve("site.yml"), "title: T\ntheme: plain\n");
        TestSites.write(dir.resolve("content/A.md"), "# A\n");
        TestSites.write(dir.resolve("themes/plain/templates/" + template + ".peb"), body);
        SiteConfig config = new ConfigLoader(new Diagnostics()).load(dir.resolve("site.yml"));
        PageRenderer renderer = new PageRenderer(Theme.load(config, new Diagnostics()), globals);
        return new String(renderer.render(page), StandardCharsets.UTF_8);
    }

    @Test
    void aNullPartLeavesTheGlobalOfTheSameNameAndAPartShowsItsOwn() throws Exception {
        String body = "{% for entry in navigation %}{{ entry.title }} {% endfor %}|{{ intro }}";
        Map<String, Object> globals = Map.of("navigation", List.of(new NavEntry("Site-wide", "x/", List.of())));
        PageModel.FolderPage plain = new PageModel.FolderPage("Intro", List.of(), List.of(), List.of(), null);
        Sidebar own = new Sidebar(List.of(new NavEntry("Own", "y/", List.of())), false);

        assertEquals("Site-wide |Intro", render("folder", body, globals, new Page("f/", "F", "", plain)));
        assertEquals("Own |Intro", render("folder", body, globals, new Page("f/", "F", "",
                new PageModel.FolderPage("Intro", List.of(), List.of(), List.of(), PageModel.PageSidebar.of(own)))));
    }

    @Test
    void aTemplateReadsTheRecordsInsideItsModelThroughTheirAccessors() throws Exception {
        String body = "{% for tab in tabs %}<a href=\"{{ root }}{{ tab.url }}\"{% if tab.title == view %} class=\"on\""
                + "{% endif %}>{{ tab.title }}</a>{% endfor %}|{{ index[0].title }} {{ index[0].count }}"
                + "|{% for link in pager %}{% if link.gap %}…{% else %}{{ link.number }}{% endif %}{% endfor %}"
                + "|{{ previous }}|{{ next }}|{{ total }}|{{ page.template }}";
        PageModel.QuestionsPage questions = new PageModel.QuestionsPage(
                List.of(new PageModel.QuestionsPage.Tab("A–Z", "q/"), new PageModel.QuestionsPage.Tab("By role", "q/r/")),
                List.of(), List.of(new PageModel.QuestionsPage.GroupLink("B", "group-b", 3, "")),
                new PageModel.Paging(List.of(new PageModel.Paging.PageLink(1, "q/r/", false, false),
                        new PageModel.Paging.PageLink(0, "", false, true),
                        new PageModel.Paging.PageLink(9, "q/r/page/9/", true, false)), "q/r/page/8/", ""),
                40, "By role");

        assertEquals("<a href=\"../../../../q/\">A–Z</a><a href=\"../../../../q/r/\" class=\"on\">By role</a>"
                + "|B 3|1…9|q/r/page/8/||40|questions",
                render("questions", body, Map.of(), new Page("q/r/page/9/", "Q", "", questions)));
    }
}
