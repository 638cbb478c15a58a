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
                if (source.anchor().isEmpty()) {
                    continue; // listed in front matter: the note itself is the place
                }
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
    void theQuestionIndexLinksTheExports(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp), out);
        Document index = Jsoup.parse(out.resolve("index/questions/index.html").toFile(), "UTF-8");
        List<String> hrefs = index.select("a[href]").eachAttr("href");
        assertTrue(hrefs.contains("../../questions.json"), hrefs::toString);
        assertTrue(hrefs.contains("../../questions.csv"), hrefs::toString);
        assertEquals(2, index.select("a[href$=.json], a[href$=.csv]").size());
    }
}
