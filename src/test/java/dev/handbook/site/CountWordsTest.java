package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that counts says "1 role", "1 question", "1 note": never "1 roles". */
class CountWordsTest {

    @TempDir
    Path dir;

    @Test
    void oneOfAThingIsSingular() {
        Path site = TestSites.newSite(dir, "One");
        TestSites.write(site.resolve("content/roles/Engineer.md"), "---\nloop: []\n---\n# Engineer\n\n"
                + "- What brought you here?\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        assertEquals("1 role, each with its mission, competencies and interview loop.",
                TestSites.html(dir.resolve("out/index/roles/index.html")).selectFirst("main p").text());
        assertEquals("1 question in the handbook, each linked to where it is asked.",
                TestSites.html(dir.resolve("out/index/questions/index.html")).selectFirst("main p").text());
        TestSites.write(site.resolve("content/guides/Onboarding/Day One.md"), "# Day One\n");
        TestSites.build(site, dir.resolve("out"));
        assertEquals("1 note", TestSites.html(dir.resolve("out/guides/index.html")).selectFirst(".count").text());
    }
}
