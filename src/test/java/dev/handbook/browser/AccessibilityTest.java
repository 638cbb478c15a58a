package dev.handbook.browser;

import static dev.handbook.browser.SampleHandbook.COMPETENCY;
import static dev.handbook.browser.SampleHandbook.COVERAGE;
import static dev.handbook.browser.SampleHandbook.HOME;
import static dev.handbook.browser.SampleHandbook.QUESTION_INDEX;
import static dev.handbook.browser.SampleHandbook.ROLE;
import static dev.handbook.browser.SampleHandbook.SCORECARD;
import static dev.handbook.browser.SampleHandbook.STAGE;
import static dev.handbook.browser.SampleHandbook.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.SampleHandbook.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;

/**
 * axe-core, from npm, run in Chromium on one page of each kind in the light and the dark colour
 * scheme: no serious or critical violation (contrast, names, landmarks, ARIA) is allowed.
 */
@ExtendWith(SampleHandbook.Resolver.class)
class AccessibilityTest {

    /** Installed by {@code npm ci --prefix src/test/js} (.ci/run does it); AXE_CORE overrides. */
    static final Path AXE = Path.of(System.getenv().getOrDefault("AXE_CORE",
            "src/test/js/node_modules/axe-core/axe.min.js"));

    /** One page of each kind, plus the theme index and a note whose marks use the highlight palette. */
    private static final List<String> PAGES = List.of(HOME, ROLE, STAGE, COMPETENCY, QUESTION_INDEX, COVERAGE, TAG,
            SCORECARD, "index/questions/themes/", "questions/behavioural-question-bank/");

    private static SampleHandbook handbook;
    private static Chromium browser;
    private static String axe;

    @BeforeAll
    static void start(SampleHandbook sample) throws IOException {
        handbook = sample;
        if (!Files.isRegularFile(AXE)) {
            System.err.println("[WARNING] " + AXE_MISSING.get());
            return;
        }
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        browser = Chromium.startIfInstalled();
    }

    private static final Supplier<String> AXE_MISSING = () -> "Accessibility tests skipped: axe-core is not installed at "
            + AXE.toAbsolutePath() + ". Run `npm ci --prefix src/test/js` (.ci/run does) to install it.";

    @BeforeEach
    void skipWithoutBrowserOrAxe() {
        Assumptions.assumeTrue(axe != null, AXE_MISSING);
        Chromium.assumeRunning(browser);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void noSeriousOrCriticalViolations(String scheme) {
        browser.colorScheme(scheme);
        List<String> problems = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.open(handbook.url(Origin.HTTP, page));
                assertEquals(scheme.equals("dark"),
                        browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"),
                        "the colour scheme is emulated");
                problems.addAll(violations(page));
            }
            // The search dialog, open with results and their marked words.
            browser.open(handbook.url(Origin.HTTP, HOME));
            new Actions(browser.driver()).sendKeys("/").perform();
            new Actions(browser.driver()).sendKeys("design").perform();
            browser.waitFor(Duration.ofSeconds(5), "search results",
                    () -> !browser.driver().findElements(By.cssSelector("#search-results [role=option] mark")).isEmpty());
            problems.addAll(violations("#search"));
        } finally {
            browser.colorScheme("light");
        }
        assertTrue(problems.isEmpty(), () -> "axe-core in the " + scheme + " scheme:\n" + String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(String page) {
        browser.script(axe);
        Object result = browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(function (r) { done(JSON.stringify({ passes: r.passes.length, violations: r.violations })); })
                  .catch(function (e) { done('error: ' + e); });
                """);
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed on /" + page + ": " + json);
        }
        Map<String, Object> results = new Json().toType(json, Map.class);
        assertTrue(((Number) results.get("passes")).intValue() > 0, () -> "axe-core checked /" + page);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            String impact = String.valueOf(violation.get("impact"));
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            StringBuilder line = new StringBuilder("/" + page + ": " + impact + " " + violation.get("id") + ": "
                    + violation.get("help"));
            for (Map<String, Object> node : ((List<Map<String, Object>>) violation.get("nodes")).stream().limit(5)
                    .toList()) {
                line.append("\n    ").append(node.get("target")).append(" ")
                        .append(String.valueOf(node.get("failureSummary")).replace('\n', ' '));
            }
            problems.add(line.toString());
        }
        return problems;
    }
}
