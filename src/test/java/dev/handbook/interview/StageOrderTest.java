package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stages are listed in the order the loops run them, not A to Z, unless their notes give an order. */
class StageOrderTest {

    @TempDir
    Path dir;

    @Test
    void stagesFollowTheLoopsThatHoldThem() {
        Path site = TestSites.newSite(dir, "Order");
        for (String stage : List.of("Screen", "Onsite", "Debrief", "Bar Raiser", "Archive")) {
            TestSites.write(site.resolve("content/stages/" + stage + ".md"), "---\nquestions: false\n---\n# " + stage
                    + "\n");
        }
        TestSites.write(site.resolve("content/roles/Engineer.md"), "---\nloop:\n  - \"[[Screen]]\"\n"
                + "  - \"[[Onsite]]\"\n  - \"[[Debrief]]\"\n---\n# Engineer\n");
        TestSites.write(site.resolve("content/roles/Manager.md"), "---\nloop:\n  - \"[[Screen]]\"\n"
                + "  - \"[[Onsite]]\"\n  - \"[[Bar Raiser]]\"\n  - \"[[Debrief]]\"\n---\n# Manager\n");
        InterviewModel model = InterviewFixtures.load(site).model();
        assertEquals(List.of("Screen", "Onsite", "Bar Raiser", "Debrief", "Archive"),
                model.stages().stream().map(Stage::name).toList(),
                "in loop order; a stage no loop holds comes last");
    }

    @Test
    void anOrderInFrontMatterComesFirst() {
        Path site = TestSites.newSite(dir, "Order");
        TestSites.write(site.resolve("content/stages/Screen.md"), "---\nquestions: false\n---\n# Screen\n");
        TestSites.write(site.resolve("content/stages/Onsite.md"), "---\nquestions: false\norder: 1\n---\n# Onsite\n");
        TestSites.write(site.resolve("content/roles/Engineer.md"), "---\nloop:\n  - \"[[Screen]]\"\n"
                + "  - \"[[Onsite]]\"\n---\n# Engineer\n");
        assertEquals(List.of("Onsite", "Screen"), InterviewFixtures.load(site).model().stages().stream()
                .map(Stage::name).toList());
    }
}
