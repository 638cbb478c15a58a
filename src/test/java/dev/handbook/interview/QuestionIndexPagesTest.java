package dev.handbook.interview;

import static dev.handbook.SiteAssertions.assertInternalLinksAreRelativeAndResolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question bank longer than a page is cut into pages: every question once, groups findable, pages linked. */
class QuestionIndexPagesTest {

    private static final int PER_PAGE = 250; // InterviewPages.QUESTIONS_PER_PAGE
    private static final int QUESTIONS = 600; // three pages: 250, 250, 100

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSites.newSite(dir, "Big Bank");
        TestSites.write(site.resolve("content/competencies/Judgement.md"), "---\ntype: competency\n---\nJudgement.\n");
        // Six notes of 100 questions each, starting with A, B or C: groups of 200 cut across pages.
        for (int note = 0; note < 6; note++) {
            StringBuilder text = new StringBuilder("---\ncompetencies: [\"[[Judgement]]\"]\n---\n\n");
            for (int i = 0; i < QUESTIONS / 6; i++) {
                text.append("- ").append((char) ('A' + note / 2)).append("sk number ").append(note * 1000 + i)
                        .append("?\n");
            }
            TestSites.write(site.resolve("content/questions/Bank " + note + ".md"), text.toString());
        }
        out = TestSites.built(site, dir.resolve("out"));
    }

    private static Document page(String path) {
        return TestSites.html(out.resolve(path + "index.html"));
    }

    private static final List<String> A_TO_Z = List.of("index/questions/", "index/questions/page/2/",
            "index/questions/page/3/");

    @Test
    void everyQuestionIsListedOnceAcrossThePages() {
        List<String> listed = new ArrayList<>();
        for (String path : A_TO_Z) {
            List<String> here = page(path).select("main a.question-text").eachText();
            assertTrue(here.size() <= PER_PAGE, path + " lists " + here.size());
            listed.addAll(here);
        }
        assertEquals(QUESTIONS, listed.size());
        assertEquals(QUESTIONS, new HashSet<>(listed).size(), "no question twice");
        assertTrue(!out.resolve("index/questions/page/4").toFile().exists(), "no empty page");
        assertEquals("Questions · A–Z · page 2 of 3 · Big Bank", page(A_TO_Z.get(1)).title());
    }

    @Test
    void aGroupCutAcrossPagesGoesOnUnderItsTitleWithItsWholeCount() {
        Document second = page(A_TO_Z.get(1));
        Element continued = second.selectFirst("main section");
        assertEquals("B continued 200", continued.selectFirst("h2").text());
        assertEquals("", continued.selectFirst("h2").id(), "the anchor stays where the group begins");
        Element begins = second.getElementById("group-c");
        assertNotNull(begins, "C begins on page 2");
    }

    @Test
    void theGroupListOnEveryPageLinksToThePageEachGroupBeginsOn() {
        for (String path : A_TO_Z) {
            for (Element link : page(path).select("main ul.group-index a")) {
                String href = link.attr("href");
                String id = href.substring(href.indexOf('#') + 1);
                Path target = out.resolve(path).resolve(href.substring(0, href.indexOf('#'))).normalize();
                Document on = TestSites.html(target.resolve("index.html"));
                assertNotNull(on.getElementById(id), path + ": " + href + " has no #" + id);
            }
        }
    }

    @Test
    void thePagerMarksThisPageAndLinksItsNeighbours() {
        Element pager = page(A_TO_Z.get(1)).selectFirst("main nav.pager");
        assertEquals("2", pager.selectFirst("a[aria-current=page]").text());
        assertEquals("../../../../index/questions/", pager.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../../../../index/questions/page/3/", pager.selectFirst("a[rel=next]").attr("href"));
        assertEquals(List.of("Previous", "1", "2", "3", "Next"), pager.select("a").eachText());
        assertTrue(page(A_TO_Z.get(0)).select("main nav.pager a[rel=prev]").isEmpty());
    }

    @Test
    void aLongCompetencyPageShowsAPageOfQuestionsAndLinksToAllOfThem() {
        Document competency = page("competencies/judgement/");
        assertEquals(PER_PAGE, competency.select("main a.question-text").size());
        assertEquals("Questions that probe it " + QUESTIONS, competency.getElementById("probing").text());
        Element all = competency.selectFirst("main p.more-questions a");
        assertEquals("../../index/questions/competencies/#group-judgement", all.attr("href"));
    }

    @Test
    void groupsWhoseNamesSlugAlikeEachLinkToTheirOwnGroup() {
        // "E" and "É" make the same slug; with E cut across pages, a shared anchor sent E's link to É.
        Path site = TestSites.newSite(dir.resolve("collide"), "Collide");
        writeQuestions(site, "E", "E", 100);
        writeQuestions(site, "F", "F", 200);
        writeQuestions(site, "Eacute", "É", 10);
        Path built = TestSites.built(site, dir.resolve("collide/out"));
        for (String path : List.of("index/questions/", "index/questions/page/2/")) {
            for (Element link : TestSites.html(built.resolve(path + "index.html")).select("main ul.group-index a")) {
                String href = link.attr("href");
                Path target = built.resolve(path).resolve(href.substring(0, href.indexOf('#'))).normalize();
                Element heading = TestSites.html(target.resolve("index.html"))
                        .getElementById(href.substring(href.indexOf('#') + 1));
                assertNotNull(heading, path + ": " + href);
                assertTrue(heading.text().startsWith(link.text() + " "),
                        path + ": '" + link.text() + "' lands on '" + heading.text() + "'");
            }
        }
    }

    private static void writeQuestions(Path site, String note, String initial, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("- ").append(initial).append("sk number ").append(note).append(' ').append(i).append("?\n");
        }
        TestSites.write(site.resolve("content/questions/" + note + ".md"), text.toString());
    }

    @Test
    void everyLinkResolves() {
        assertInternalLinksAreRelativeAndResolve(out, null);
        Set<String> views = new HashSet<>(page("index/questions/competencies/").select("nav.tabs a").eachText());
        assertEquals(6, views.size());
    }
}
