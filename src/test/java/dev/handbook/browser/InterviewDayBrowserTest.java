package dev.handbook.browser;

import static dev.handbook.browser.SampleHandbook.COVERAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.SampleHandbook.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;

/**
 * The sample handbook read by an interviewer ten minutes before a stage, on a laptop and on a phone: every
 * stage page is its kit read once and in order, wide tables scroll in their box, coloured marks come with their
 * legend, and search finds the page that asks a question before a page that only mentions its words.
 */
class InterviewDayBrowserTest extends SampleInChromium {

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void aStagePageReadsEachQuestionOnceAfterItsIntro(int width) {
        browser.viewport(width, 900, width < 600);
        List<String> stages = handbook.htmlPages().stream().filter(page -> page.startsWith("stages/")).toList();
        assertFalse(stages.isEmpty());
        List<String> problems = new ArrayList<>();
        int asked = 0;
        for (String stage : stages) {
            browser.open(handbook.url(Origin.HTTP, stage.replace("index.html", "")));
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.script("""
                    var kit = [...document.querySelectorAll('.kit-question')];
                    var ids = kit.map(q => q.id);
                    var body = document.querySelector('.note-body');
                    var intro = body && body.querySelector(':scope > p, :scope > .callout');
                    var count = [...document.querySelectorAll('.facts dt')].find(dt => dt.textContent == 'Questions');
                    var link = count && count.nextElementSibling.querySelector('a');
                    var texts = [...document.querySelectorAll('.kit-question, section.kit .question')]
                      .map(q => q.firstChild.textContent.trim().slice(0, 40));
                    return {ids: ids, unique: new Set(ids).size, anchored: ids.filter(id => id && document.getElementById(id)).length,
                      introTop: intro ? intro.getBoundingClientRect().top : -1,
                      firstTop: kit.length ? kit[0].getBoundingClientRect().top : -1,
                      chips: kit.filter(q => q.querySelector('.question-meta')).length,
                      count: link ? link.textContent : '', target: link ? link.getAttribute('href') : '',
                      texts: texts, distinctTexts: new Set(texts).size,
                      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
                    """);
            List<?> ids = (List<?>) found.get("ids");
            long kit = ids.size();
            asked += kit;
            if (((Number) found.get("unique")).longValue() != kit || ((Number) found.get("anchored")).longValue() != kit) {
                problems.add(stage + ": a kit question without an anchor of its own, or twice: " + ids);
            }
            if (((Number) found.get("distinctTexts")).longValue() != ((List<?>) found.get("texts")).size()) {
                problems.add(stage + ": a question reads twice: " + found.get("texts"));
            }
            if (kit > 0 && ((Number) found.get("introTop")).doubleValue() > ((Number) found.get("firstTop")).doubleValue()) {
                problems.add(stage + ": the first question comes before the stage's own intro");
            }
            if (((Number) found.get("chips")).longValue() != kit) {
                problems.add(stage + ": a question without its competency chips");
            }
            if (kit > 0 && !found.get("count").equals(kit + (kit == 1 ? " question" : " questions"))) {
                problems.add(stage + ": the header counts '" + found.get("count") + "' for " + kit + " questions");
            }
            if (kit > 0 && !found.get("target").equals("#" + ids.get(0))) {
                problems.add(stage + ": the count leads to " + found.get("target") + ", not the first question");
            }
            if (((Number) found.get("overflow")).longValue() > 0) {
                problems.add(stage + ": wider than the " + width + " px screen");
            }
        }
        assertTrue(asked > 10, "the sample's stages ask questions: " + asked);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void theCoverageTableScrollsInItsBoxAndEveryColumnCanBeReached(int width) {
        browser.viewport(width, 900, width < 600);
        browser.open(handbook.url(Origin.HTTP, COVERAGE));
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.script("""
                var table = document.querySelector('table.coverage');
                var last = table.querySelector('thead th:last-child');
                // Whichever box scrolls (the wrapper, or the table drawn as a block) is scrolled to its end.
                var scroller = [table.parentElement, table].find(e => e.scrollWidth > e.clientWidth) || table;
                scroller.scrollLeft = scroller.scrollWidth;
                var inside = last.getBoundingClientRect(), frame = scroller.getBoundingClientRect();
                return {page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                  reached: inside.right <= frame.right + 1 && inside.right <= document.documentElement.clientWidth + 1,
                  columns: table.querySelectorAll('thead th').length};
                """);
        assertEquals(0L, ((Number) box.get("page")).longValue(), "the page itself does not scroll sideways");
        assertEquals(true, box.get("reached"), "the last competency's column scrolls into the box: " + box);
        assertTrue(((Number) box.get("columns")).longValue() >= 8, "every competency is a column: " + box);
    }

    @Test
    void aPageWithColouredMarksExplainsThemBesideThePage() {
        List<String> marked = new ArrayList<>();
        for (String page : handbook.htmlPages()) {
            String html = read(page);
            if (Pattern.compile("<mark class=\"hl-(?!highlight\")").matcher(html).find() && !page.startsWith("scorecards/") && !page.startsWith("index/")) {
                marked.add(page);
            }
        }
        assertFalse(marked.isEmpty(), "the sample marks text in colour somewhere");
        for (String page : marked) {
            browser.open(handbook.url(Origin.HTTP, page.replace("index.html", "")));
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) browser.script("""
                    var legend = document.querySelector('.mark-legend');
                    var colours = new Map();
                    if (legend && legend.offsetHeight > 0) {
                      legend.querySelectorAll('mark').forEach(m => colours.set(m.className, getComputedStyle(m).backgroundColor));
                    }
                    // A plain ==mark== (hl-highlight, the sample sets no label for it) is emphasis, not a category.
                    return [...document.querySelectorAll('.note-body mark[class^=hl-]:not(.hl-highlight)')]
                      .filter(m => colours.get(m.className) !== getComputedStyle(m).backgroundColor)
                      .map(m => m.className + ': ' + m.textContent.slice(0, 30));
                    """);
            assertEquals(List.of(), missing, page + ": a coloured mark the visible legend does not explain");
        }
    }

    @Test
    void searchRanksThePageThatAsksAQuestionAboveOneThatMentionsItsWords() {
        Target target = target();
        browser.open(handbook.url(Origin.HTTP, ""));
        new Actions(browser.driver()).sendKeys("/").perform();
        browser.waitFor(Duration.ofSeconds(5), "the search dialog",
                () -> Boolean.TRUE.equals(browser.script("return document.getElementById('search').open")));
        new Actions(browser.driver()).sendKeys(target.word()).perform();
        browser.waitFor(Duration.ofSeconds(5), "results for '" + target.word() + "'",
                () -> browser.driver().findElements(By.cssSelector("#search-results [role=option]")).size() > 1);
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results [role=option]"));
        String title = first.findElement(By.className("result-title")).getText();
        assertTrue(target.askers().contains(title), () -> "'" + target.word() + "': the first result is " + title
                + ", not a page that asks it (" + target.askers() + "); " + target.mentioner() + " only mentions it");
    }

    /** A word of a question that a page which does not ask it also uses, with the pages on each side. */
    record Target(String word, List<String> askers, String mentioner) {
    }

    @SuppressWarnings("unchecked")
    private static Target target() {
        List<Map<String, Object>> docs;
        String script = read("search-index.js");
        docs = new Json().toType(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1), List.class);
        Pattern word = Pattern.compile("\\p{L}{7,}");
        for (Map<String, Object> doc : docs) {
            for (List<String> question : (List<List<String>>) doc.get("q")) {
                Matcher matcher = word.matcher(question.get(0).toLowerCase(Locale.ROOT));
                while (matcher.find()) {
                    String candidate = matcher.group();
                    List<String> askers = docs.stream().filter(other -> ((List<List<String>>) other.get("q")).stream()
                            .anyMatch(q -> q.get(0).toLowerCase(Locale.ROOT).contains(candidate)))
                            .map(other -> (String) other.get("t")).toList();
                    for (Map<String, Object> other : docs) {
                        boolean mentions = String.valueOf(other.get("b")).toLowerCase(Locale.ROOT).contains(candidate)
                                || String.valueOf(other.get("t")).toLowerCase(Locale.ROOT).contains(candidate);
                        if (mentions && !askers.contains((String) other.get("t"))) {
                            return new Target(candidate, askers, (String) other.get("t"));
                        }
                    }
                }
            }
        }
        throw new AssertionError("no question word that a page which does not ask it also uses");
    }

    private static String read(String page) {
        try {
            return Files.readString(handbook.folder().resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
