package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every question has an anchor on its source page, and the question index jumps to it. */
class QuestionPagesTest {

    @Test
    void eachSourceHasAnAnchorTheIndexLinksTo(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp), out);
        InterviewFixtures.Loaded harbour = InterviewFixtures.load("harbour");
        Document index = Jsoup.parse(out.resolve("index/questions/index.html").toFile(), "UTF-8");
        for (Question question : harbour.model().questions()) {
            for (QuestionSource source : question.sources()) {
                Document page = Jsoup.parse(out.resolve(source.note().url() + "index.html").toFile(), "UTF-8");
                Element anchored = page.getElementById(source.anchor());
                assertNotNull(anchored, () -> "no #" + source.anchor() + " on " + source.note().url());
                assertTrue(anchored.text().contains(question.text().substring(0, 12)), anchored::outerHtml);
            }
            String href = "../../" + question.source().url();
            assertTrue(index.select("a.question-text").eachAttr("href").contains(href),
                    () -> "the A–Z index does not link " + href);
        }
    }

    @Test
    void questionsListedInFrontMatterAreShownOnTheirPageInTheirOrder(@TempDir Path temp) throws IOException {
        Path site = InterviewFixtures.copy("harbour", temp);
        // The second question is also written in the text: it is shown and anchored once, where the text has it.
        InterviewFixtures.edit(site.resolve("content/notes/Extra.md"), "Questions listed in front matter",
                "- Which of our values would you change?\n\nQuestions listed in front matter");
        Path out = temp.resolve("out");
        InterviewFixtures.build(site, out);
        Document page = Jsoup.parse(out.resolve("notes/extra/index.html").toFile(), "UTF-8");
        List<String> listed = page.select(".listed-questions li.question").eachAttr("id");
        assertEquals(List.of(QuestionIds.of("What would make you turn this offer down?")), listed);
        assertEquals(1, page.select("[id=" + QuestionIds.of("Which of our values would you change?") + "]").size());

        Path original = temp.resolve("original");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp.resolve("copy")), original);
        Document shown = Jsoup.parse(original.resolve("notes/extra/index.html").toFile(), "UTF-8");
        assertEquals(List.of("What would make you turn this offer down?", "Which of our values would you change?"),
                shown.select(".listed-questions .question-text").eachText(), "in the order the front matter lists them");
        assertEquals("Look for: Honesty, and a reason tied to their own experience.",
                shown.select(".listed-questions .look-for").text());
    }

    @Test
    void theQuestionIndexLinksTheExports(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp), out);
        Document index = Jsoup.parse(out.resolve("index/questions/index.html").toFile(), "UTF-8");
        List<String> hrefs = index.select("a[href]").eachAttr("href");
        assertTrue(hrefs.contains("../../questions.json"), hrefs::toString);
        assertTrue(hrefs.contains("../../questions.csv"), hrefs::toString);
        assertEquals(2, index.select("a[href$=.json], a[href$=.csv]").size());
        // A question's theme chip showed the category's name ("setback") where the legend gives a label.
        Element setback = index.selectFirst("span.theme.hl-setback");
        assertNotNull(setback, "the fixture's red mark");
        assertEquals("Setbacks and conflict", setback.text());
    }
}
