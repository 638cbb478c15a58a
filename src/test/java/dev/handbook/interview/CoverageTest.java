package dev.handbook.interview;

import dev.handbook.TestSites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage matrix (role × competency → questions in the loop) and the warning for a competency left unasked. */
class CoverageTest {

    private static final String GAP = "role Dock Planner: no question in its loop probes Seamanship";

    @Test
    void countsTheLoopQuestionsProbingEachCompetency() {
        Role role = InterviewFixtures.load("harbour").role("Dock Planner");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("teamwork", 2);
        expected.put("accuracy", 2);
        expected.put("seamanship", 0);
        assertEquals(expected, role.coverage(), "questions outside the loop (the Rules bank) do not count");
    }

    @Test
    void aCompetencyNoQuestionProbesIsAWarningAtTheRolesCompetencies() {
        InterviewFixtures.Loaded harbour = InterviewFixtures.load("harbour");
        List<Diagnostic> gaps = harbour.diagnostics().sorted().stream()
                .filter(d -> d.message().contains("no question in its loop probes")).toList();
        assertEquals(1, gaps.size(), gaps.toString());
        Diagnostic gap = gaps.get(0);
        assertEquals(Severity.WARNING, gap.severity());
        assertTrue(gap.format().startsWith("content/roles/Dock Planner.md:7:1: warning: " + GAP), gap.format());
    }

    @Test
    void checkReportsTheGapAsAWarningAndAnErrorUnderStrict(@TempDir Path temp) {
        Path site = InterviewFixtures.copy("harbour", temp);
        TestSites.Run check = InterviewFixtures.cli("check", site);
        assertEquals(0, check.exitCode(), check::transcript);
        assertTrue(check.err().contains("warning: " + GAP), check::transcript);

        TestSites.Run strict = InterviewFixtures.cli("check", site, "--strict");
        assertEquals(1, strict.exitCode(), strict::transcript);
        assertTrue(strict.err().contains("error: " + GAP), strict::transcript);

        Path out = temp.resolve("out");
        TestSites.Run build = InterviewFixtures.cli("build", site, "--strict", "--out", out.toString());
        assertEquals(1, build.exitCode(), build::transcript);
        assertFalse(Files.exists(out), "a strict build with a coverage gap writes nothing");
    }

    @Test
    void askingAboutTheCompetencyClosesTheGap(@TempDir Path temp) {
        Path site = InterviewFixtures.copy("harbour", temp);
        InterviewFixtures.edit(site.resolve("content/stages/Yard Walk.md"),
                "turned to gale?", "turned to gale? #seamanship");
        assertEquals(1, InterviewFixtures.load(site).role("Dock Planner").coverage().get("seamanship"));
        TestSites.Run strict = InterviewFixtures.cli("check", site, "--strict");
        assertEquals(0, strict.exitCode(), strict::transcript);
    }

    @Test
    void theCoveragePageAndTheRolePageShowTheMatrix(@TempDir Path temp) throws Exception {
        Path site = InterviewFixtures.copy("harbour", temp);
        Path out = temp.resolve("out");
        InterviewFixtures.build(site, out);

        Document coverage = Jsoup.parse(out.resolve("index/coverage/index.html").toFile(), "UTF-8");
        List<String> columns = coverage.select("table.coverage thead th").eachText();
        Element row = coverage.selectFirst("table.coverage tbody tr:has(th:contains(Dock Planner))");
        Map<String, Element> cells = new LinkedHashMap<>();
        for (int i = 1; i < columns.size(); i++) {
            cells.put(columns.get(i), row.select("td").get(i - 1));
        }
        assertEquals(Map.of("Teamwork", "2", "Accuracy", "2", "Seamanship", "0"),
                Map.of("Teamwork", cells.get("Teamwork").text(), "Accuracy", cells.get("Accuracy").text(),
                        "Seamanship", cells.get("Seamanship").text()));
        assertTrue(cells.get("Seamanship").hasClass("gap"));

        Document role = Jsoup.parse(out.resolve("roles/dock-planner/index.html").toFile(), "UTF-8");
        List<String> gaps = role.select(".rubric .competency-card.gap h3").eachText();
        assertEquals(List.of("Seamanship no question in the loop yet"), gaps, () -> role.select(".rubric").outerHtml());
    }
}
