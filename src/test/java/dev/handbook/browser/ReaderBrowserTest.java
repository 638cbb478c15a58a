package dev.handbook.browser;

import static dev.handbook.browser.SampleHandbook.COMPETENCY;
import static dev.handbook.browser.SampleHandbook.HOME;
import static dev.handbook.browser.SampleHandbook.QUESTION_INDEX;
import static dev.handbook.browser.SampleHandbook.ROLE;
import static dev.handbook.browser.SampleHandbook.SCORECARD;
import static dev.handbook.browser.SampleHandbook.STAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.SampleHandbook.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;

/**
 * The sample handbook in headless Chromium, served over HTTP on 127.0.0.1 and opened from disk, read
 * as an interviewer would: search, links, the sidebar, a phone, the printer, and no request that
 * leaves the machine.
 */
class ReaderBrowserTest extends SampleInChromium {

    /** The pages whose console must stay clean and that must fit a phone. */
    private static final List<String> READER_PAGES = List.of(HOME, ROLE, STAGE, QUESTION_INDEX, SCORECARD);

    /** Where the screenshots (and the printed scorecard) go, for people to look at. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A question of a stage note and a word of it that no other page contains, so it must rank first. */
    record Target(String page, String title, String question, String anchor, String word) {
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void slashOpensSearchAndEnterLandsOnTheQuestionsAnchor(Origin origin) {
        Target target = searchTarget();
        browser.open(handbook.url(origin, HOME));
        new Actions(browser.driver()).sendKeys("/").perform();
        browser.waitFor(Duration.ofSeconds(5), "the search dialog to open on /",
                () -> Boolean.TRUE.equals(browser.script("return document.getElementById('search').open")));
        assertEquals("search-input", browser.script("return document.activeElement.id"),
                "the search box has the focus");

        new Actions(browser.driver()).sendKeys(target.word()).perform();
        browser.waitFor(Duration.ofSeconds(5), "results for '" + target.word() + "'",
                () -> !browser.driver().findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results [role=option]"));
        assertEquals("true", first.getAttribute("aria-selected"), "the first result is selected");
        assertEquals(target.title(), first.findElement(By.className("result-title")).getText(),
                () -> "the first result for '" + target.word() + "' is the stage " + target.title());
        assertEquals(target.question(), first.findElement(By.className("result-question")).getText(),
                "the first result shows the question");
        assertEquals(target.word(), first.findElement(By.cssSelector(".result-question mark")).getText()
                .toLowerCase(Locale.ROOT), "the matching word is marked");

        // Arrow keys move the selection and come back; the focus stays in the search box.
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        String second = String.valueOf(browser.script("var o = document.querySelectorAll('#search-results [role=option]');"
                + " return o.length > 1 ? o[1].id : o[0].id"));
        assertEquals(second, browser.driver().findElement(By.id("search-input")).getAttribute("aria-activedescendant"),
                "ArrowDown selects the next result");
        assertEquals("true", browser.driver().findElement(By.id(second)).getAttribute("aria-selected"));
        new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
        assertEquals("true", first.getAttribute("aria-selected"), "ArrowUp goes back to the first result");
        assertEquals("search-input", browser.script("return document.activeElement.id"), "the focus stays in the box");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor(Duration.ofSeconds(10), "Enter to open the question",
                () -> browser.driver().getCurrentUrl().endsWith("#" + target.anchor()));
        String url = browser.driver().getCurrentUrl();
        String expected = handbook.url(origin, target.page()) + "#" + target.anchor();
        assertEquals(expected, url, "Enter opens the question's page at its anchor");
        browser.waitFor(Duration.ofSeconds(5), "the page to load", () -> "complete".equals(
                browser.script("return document.readyState")));
        assertNotNull(browser.script("return document.getElementById(arguments[0])", target.anchor()),
                () -> "the page has an element with the anchor's id " + target.anchor());
        assertEquals(target.anchor(), browser.script("var t = document.querySelector(':target'); return t && t.id"),
                "the question is the page's :target");
        String landed = String.valueOf(browser.script("return document.getElementById(arguments[0]).textContent",
                target.anchor())).replaceAll("\\s+", " ");
        assertTrue(landed.contains(target.question().substring(0, Math.min(20, target.question().length()))),
                () -> "the anchored element is the question: " + landed);
    }

    @Test
    void searchMarksWordsInTheTextNotInItsEscapedHtml() {
        // "am" was looked for in the escaped title, found in "&amp;", and the result showed "Chats &amp; Reference".
        browser.open(handbook.url(Origin.HTTP, HOME));
        new Actions(browser.driver()).sendKeys("/").perform();
        browser.waitFor(Duration.ofSeconds(5), "the search dialog to open on /",
                () -> Boolean.TRUE.equals(browser.script("return document.getElementById('search').open")));
        new Actions(browser.driver()).sendKeys("chats am").perform();
        browser.waitFor(Duration.ofSeconds(5), "results for 'chats am'",
                () -> !browser.driver().findElements(By.cssSelector("#search-results .result-title")).isEmpty());
        List<String> titles = browser.driver().findElements(By.cssSelector("#search-results .result-title")).stream()
                .map(WebElement::getText).toList();
        assertTrue(titles.contains("Café Chats & Reference Checks"), titles::toString);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aWikiLinkOnAStagePageOpensTheNoteItNames(Origin origin) {
        browser.open(handbook.url(origin, STAGE));
        WebElement link = browser.driver().findElements(By.cssSelector(".note-body a.internal")).stream()
                .filter(a -> !a.getAttribute("href").contains("#") && a.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the stage page has a wiki-link to another note"));
        String href = link.getAttribute("href");
        String before = browser.driver().getCurrentUrl();
        if (origin == Origin.FILE) {
            assertTrue(href.endsWith("/index.html"), () -> "from disk a folder link points at its index.html: " + href);
        }
        link.click();
        browser.waitFor(Duration.ofSeconds(10), "the link to navigate",
                () -> !browser.driver().getCurrentUrl().equals(before));
        assertEquals(href, browser.driver().getCurrentUrl(), "the browser is on the linked note");
        browser.waitFor(Duration.ofSeconds(5), "the note to load",
                () -> "complete".equals(browser.script("return document.readyState")));
        assertFalse(browser.driver().findElement(By.tagName("h1")).getText().isBlank(), "the note has a title");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void theSidebarMarksTheCurrentPage(Origin origin) {
        for (String page : List.of(STAGE, ROLE, COMPETENCY)) {
            browser.open(handbook.url(origin, page));
            List<WebElement> current = browser.driver()
                    .findElements(By.cssSelector("nav.sidebar a[aria-current='page']"));
            assertEquals(1, current.size(), () -> "one sidebar link is marked current on " + page);
            assertEquals(handbook.url(origin, page), current.get(0).getAttribute("href"),
                    () -> "the marked link is the page being viewed: " + page);
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void readerPagesLogNoConsoleErrors(Origin origin) {
        List<String> problems = new ArrayList<>();
        for (String page : READER_PAGES) {
            browser.clearLogs();
            browser.open(handbook.url(origin, page));
            // Opening the search loads the index script and exercises the page's own script.
            if (!page.startsWith("scorecards/")) {
                new Actions(browser.driver()).sendKeys("/").perform();
                new Actions(browser.driver()).sendKeys("interview").perform();
                browser.waitFor(Duration.ofSeconds(5), "search results on " + page,
                        () -> !browser.driver().findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            }
            for (String error : browser.consoleErrors()) {
                problems.add("/" + page + ": " + error);
            }
        }
        assertTrue(problems.isEmpty(), () -> "console errors:\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void nothingOverflowsAPhoneScreen(Origin origin) {
        browser.viewport(375, 812, true);
        List<String> problems = new ArrayList<>();
        for (String page : READER_PAGES) {
            browser.open(handbook.url(origin, page));
            long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
            if (scrollWidth > clientWidth) {
                problems.add("/" + page + ": " + scrollWidth + " px wide in a " + clientWidth + " px screen; too wide: "
                        + browser.script(WIDEST_ELEMENTS));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Names the outermost elements that reach past the right edge, to point at the culprit. */
    private static final String WIDEST_ELEMENTS = """
            var width = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('body *').forEach(function (el) {
              var box = el.getBoundingClientRect();
              if (box.right > width + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5)) {
                out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                  + ' (right edge ' + Math.round(box.right) + ')');
              }
            });
            return out.slice(0, 8).join(', ');
            """;

    @Test
    void everyStageScorecardPrintsOnOnePage() throws IOException {
        List<String> sheets = handbook.htmlPages().stream()
                .filter(path -> path.matches("scorecards/[^/]+/[^/]+/index\\.html"))
                .map(path -> path.substring(0, path.length() - "index.html".length()))
                .toList();
        assertFalse(sheets.isEmpty(), "the sample has stage scorecards");
        List<String> problems = new ArrayList<>();
        for (String sheet : sheets) {
            browser.open(handbook.url(Origin.HTTP, sheet));
            byte[] printed = browser.printToPdf();
            if (sheet.equals(SCORECARD)) {
                // Beside the screenshots: what the printer gets, for people to look at.
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve("scorecard-print.pdf"), printed);
            }
            try (PDDocument pdf = Loader.loadPDF(printed)) {
                if (pdf.getNumberOfPages() != 1) {
                    problems.add("/" + sheet + " prints on " + pdf.getNumberOfPages() + " pages");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "a stage sheet is one A4 page:\n" + String.join("\n", problems));
    }

    @Test
    void wholeLoopScorecardsPrintOnTwoPagesAtMost() throws IOException {
        List<String> sheets = handbook.htmlPages().stream()
                .filter(path -> path.matches("scorecards/[^/]+/index\\.html"))
                .map(path -> path.substring(0, path.length() - "index.html".length()))
                .toList();
        assertFalse(sheets.isEmpty(), "the sample has whole-loop scorecards");
        for (String sheet : sheets) {
            browser.open(handbook.url(Origin.HTTP, sheet));
            try (PDDocument pdf = Loader.loadPDF(browser.printToPdf())) {
                // The whole-loop sheet adds each competency's rubric, so it may take a second page.
                assertTrue(pdf.getNumberOfPages() <= 2, () -> "/" + sheet + " prints on " + pdf.getNumberOfPages()
                        + " pages");
            }
        }
    }

    @Test
    void printingAPageLeavesOutTheSiteChrome() {
        browser.open(handbook.url(Origin.HTTP, STAGE));
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String chrome : List.of(".sidebar", ".site-header", ".site-footer", "dialog.search")) {
                assertEquals("none", browser.script(
                        "var el = document.querySelector(arguments[0]); return el && getComputedStyle(el).display", chrome),
                        () -> chrome + " is not printed");
            }
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void noRequestLeavesTheMachine(Origin origin) {
        List<String> urls = new ArrayList<>();
        for (String page : List.of(HOME, ROLE, STAGE, COMPETENCY, QUESTION_INDEX, SCORECARD)) {
            browser.open(handbook.url(origin, page));
            if (!page.startsWith("scorecards/")) {
                new Actions(browser.driver()).sendKeys("/").perform();
                new Actions(browser.driver()).sendKeys("design").perform();
                browser.waitFor(Duration.ofSeconds(5), "search results",
                        () -> !browser.driver().findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
                new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                // Hover a link so a preview loads, if the page offers one.
                browser.driver().findElements(By.cssSelector("main a[href]")).stream().filter(WebElement::isDisplayed)
                        .findFirst().ifPresent(a -> new Actions(browser.driver()).moveToElement(a).pause(500).perform());
            }
            urls.addAll(browser.requestedUrls());
        }
        assertFalse(urls.isEmpty(), "the network log saw the pages load");
        List<String> remote = urls.stream().filter(url -> !isLocal(url)).distinct().toList();
        assertTrue(remote.isEmpty(), () -> "requests that leave the machine:\n" + String.join("\n", remote));
        assertTrue(urls.stream().anyMatch(url -> url.endsWith("/search-index.js")), "the search index was loaded");
    }

    private static boolean isLocal(String url) {
        URI uri = URI.create(url.replace(" ", "%20"));
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "file", "data", "blob", "about" -> true;
            case "http", "https", "ws", "wss" -> List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost());
            default -> false;
        };
    }

    @Test
    void screenshotsOfTheMainPagesForPeopleToLookAt() throws IOException {
        Path folder = SCREENSHOTS;
        Map<String, String> shots = Map.of("home", HOME, "role", ROLE, "stage", STAGE, "scorecard", SCORECARD);
        for (Map.Entry<String, String> shot : shots.entrySet()) {
            browser.open(handbook.url(Origin.HTTP, shot.getValue()));
            browser.screenshot(folder.resolve(shot.getKey() + ".png"));
            browser.viewport(375, 812, true);
            browser.open(handbook.url(Origin.HTTP, shot.getValue()));
            browser.screenshot(folder.resolve(shot.getKey() + "-phone.png"));
            browser.resetViewport();
        }
        // The kit as an interviewer meets it: a question in its place in the stage's text, with its chips.
        browser.open(handbook.url(Origin.HTTP, STAGE));
        browser.script("var q = document.querySelector('.kit-question'); window.scrollTo(0,"
                + " q.getBoundingClientRect().top + window.scrollY - 160)");
        browser.screenshot(folder.resolve("stage-kit.png"));
        browser.colorScheme("dark");
        try {
            browser.open(handbook.url(Origin.HTTP, HOME));
            browser.screenshot(folder.resolve("home-dark.png"));
            browser.open(handbook.url(Origin.HTTP, STAGE));
            browser.screenshot(folder.resolve("stage-dark.png"));
        } finally {
            browser.colorScheme("light");
        }
        for (String name : shots.keySet()) {
            Path file = folder.resolve(name + ".png");
            byte[] png = Files.readAllBytes(file);
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', () -> file + " is a PNG");
        }
    }

    // --- choosing what to search for, from the built index ---

    @SuppressWarnings("unchecked")
    private static Target searchTarget() {
        List<Map<String, Object>> docs;
        try {
            String script = Files.readString(handbook.folder().resolve("search-index.js"), StandardCharsets.UTF_8);
            String array = script.substring(script.indexOf('['), script.lastIndexOf(']') + 1);
            docs = new Json().toType(array, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> stages = new ArrayList<>();
        docs.stream().filter(doc -> STAGE.equals(doc.get("u"))).forEach(stages::add);
        docs.stream().filter(doc -> ((String) doc.get("u")).startsWith("stages/") && !STAGE.equals(doc.get("u")))
                .forEach(stages::add);
        Pattern word = Pattern.compile("\\p{L}{6,}");
        for (Map<String, Object> stage : stages) {
            for (List<String> question : (List<List<String>>) stage.get("q")) {
                Matcher matcher = word.matcher(question.get(0).toLowerCase(Locale.ROOT));
                while (matcher.find()) {
                    String candidate = matcher.group();
                    boolean unique = docs.stream().filter(doc -> doc != stage)
                            .noneMatch(doc -> searchableText(doc).contains(candidate));
                    List<String> firstWithWord = ((List<List<String>>) stage.get("q")).stream()
                            .filter(q -> q.get(0).toLowerCase(Locale.ROOT).contains(candidate))
                            .findFirst().orElseThrow();
                    if (unique && firstWithWord == question && question.size() > 1 && question.get(1) != null) {
                        return new Target((String) stage.get("u"), (String) stage.get("t"), question.get(0),
                                question.get(1), candidate);
                    }
                }
            }
        }
        throw new AssertionError("no stage question has a word that no other page uses");
    }

    @SuppressWarnings("unchecked")
    private static String searchableText(Map<String, Object> doc) {
        StringBuilder text = new StringBuilder().append(doc.get("t")).append('\n').append(doc.get("b"));
        ((List<String>) doc.get("a")).forEach(alias -> text.append('\n').append(alias));
        ((List<String>) doc.get("h")).forEach(heading -> text.append('\n').append(heading));
        ((List<List<String>>) doc.get("q")).forEach(q -> text.append('\n').append(q.get(0)));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
