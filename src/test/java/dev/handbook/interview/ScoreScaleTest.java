package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score scales as people write them: labels, a range, and a rubric that must match the scale. */
class ScoreScaleTest {

    @TempDir
    Path dir;

    private Path site(String siteYml, String roleScale, String levels) {
        Path site = dir.resolve("site");
        TestSites.write(site.resolve("site.yml"), "title: Scales\n" + siteYml);
        TestSites.write(site.resolve("content/competencies/Craft.md"), "---\nlevels:\n" + levels + "---\n# Craft\n");
        TestSites.write(site.resolve("content/stages/Screen.md"), "---\ncompetencies: [\"[[Craft]]\"]\n---\n# Screen\n\n"
                + "- What did you build last?\n");
        TestSites.write(site.resolve("content/roles/Maker.md"), "---\n" + roleScale + "competencies: [\"[[Craft]]\"]\n"
                + "loop:\n  - stage: \"[[Screen]]\"\n---\n# Maker\n");
        return site;
    }

    private static List<String> messages(InterviewFixtures.Loaded loaded) {
        return loaded.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aRangeOnARoleGivesItsScoresAndTheRecommendationsStayWords() {
        Path site = site("scorecard:\n  recommendations: [Strong No, No, Yes, Strong Yes]\n", "scale: 0-4\n",
                "  0: None\n  1: Some\n  2: Solid\n  3: Strong\n  4: Leading\n");
        InterviewFixtures.Loaded loaded = InterviewFixtures.load(site);
        assertEquals(List.of("0", "1", "2", "3", "4"), loaded.role("Maker").scale());
        assertEquals(List.of(), messages(loaded));
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        Element sheet = TestSites.html(dir.resolve("out/scorecards/maker/screen/index.html")).body();
        String text = sheet.text();
        assertTrue(text.contains("Strong No") && text.contains("Strong Yes") && !text.contains("false")
                && !text.contains("true"), text);
    }

    @Test
    void aRangeInSiteYmlIsTheDefaultScale() {
        Path site = site("scorecard:\n  scale: 1-5\n", "", "  1: None\n  2: Some\n  3: Solid\n  4: Strong\n  5: Leading\n");
        InterviewFixtures.Loaded loaded = InterviewFixtures.load(site);
        assertEquals(List.of("1", "2", "3", "4", "5"), loaded.role("Maker").scale());
        assertEquals(List.of(), messages(loaded), "levels 1 to 5 are the scores of a 1-5 scale");
    }

    @Test
    void aRubricThatDoesNotMatchTheScaleIsAWarningNamingBoth() {
        Path site = site("", "scale: [Weak, Mixed, Strong, Exceptional]\n",
                "  0: None\n  1: Some\n  2: Solid\n  3: Strong\n  4: Leading\n");
        List<String> messages = messages(InterviewFixtures.load(site));
        assertEquals(List.of("content/roles/Maker.md:2:1: warning: role Maker scores on 4 levels (Weak, Mixed, Strong,"
                + " Exceptional) but competency Craft describes 5 in its levels:; give both the same number"), messages);
    }

    @Test
    void levelsOutsideTheScaleOrNotScoresAreNamed() {
        Path site = site("", "", "  0: None\n  1: Some\n  99: Legend\n  -1: Below\n  4: Top\n  a: Other\n");
        List<String> messages = messages(InterviewFixtures.load(site));
        assertTrue(messages.contains("content/competencies/Craft.md:2:1: warning: level 99 of Craft is not a score of"
                + " role Maker's scale (0 to 4); its rubric line has no box there"), messages::toString);
        assertTrue(messages.contains("content/competencies/Craft.md:2:1: warning: level -1 of Craft is not a score of"
                + " role Maker's scale (0 to 4); its rubric line has no box there"), messages::toString);
        assertTrue(messages.contains("content/competencies/Craft.md:2:1: warning: level 'a' of Craft is not a score;"
                + " write the score it describes as a number; it is left out"), messages::toString);
    }

    @Test
    void aOneToFiveRubricKeepsItsFifthLevelOnARoleScoredOneToFive() {
        Path site = site("", "scale: 1-5\n", "  1: None\n  2: Some\n  3: Solid\n  4: Strong\n  5: Great\n");
        InterviewFixtures.Loaded loaded = InterviewFixtures.load(site);
        assertEquals(List.of(), messages(loaded));
        assertEquals("Great", loaded.role("Maker").competencies().get(0).levels().get(4));
    }
}
