package dev.handbook.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with the console and network logs the tests
 * read. DevTools calls go through {@link ChromeDriver#executeCdpCommand}, which needs no Selenium
 * module matched to the browser's version.
 */
final class Chromium implements AutoCloseable {

    /** Where Debian's packages put the browser and its driver; CHROMIUM and CHROMEDRIVER override. */
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium() throws IOException {
        profile = Files.createTempDirectory("handbook-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // As the machine's notes say: without the background-networking flags Chromium tries to reach
        // Google's hosts at start, which this closed network refuses; a fresh profile keeps runs apart.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=en-US", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Network events only: the performance log lists every request the page makes.
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "handbook-chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Why the browser tests cannot run here, or null when Chromium and chromedriver are installed. */
    static String missing() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return null;
        }
        return "Browser tests skipped: " + (Files.isExecutable(BROWSER) ? "" : "Chromium (" + BROWSER + ") ")
                + (Files.isExecutable(BROWSER) || Files.isExecutable(DRIVER) ? "" : "and ")
                + (Files.isExecutable(DRIVER) ? "" : "chromedriver (" + DRIVER + ") ")
                + "not installed. Install Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run does) to run them.";
    }

    /**
     * Starts the browser for a test class, or returns null and says why on the console when Chromium is not
     * installed; each test then calls {@link #assumeRunning} so it is reported as skipped, with the reason.
     */
    static Chromium startIfInstalled() {
        String reason = missing();
        if (reason != null) {
            System.err.println("[WARNING] " + reason);
            return null;
        }
        try {
            return new Chromium();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the calling test, with the reason, when the browser could not be started. */
    static void assumeRunning(Chromium browser) {
        Assumptions.assumeTrue(browser != null, Chromium::missing);
    }

    /** The Selenium driver, for finding elements and sending keys. */
    ChromeDriver driver() {
        return driver;
    }

    /** Opens an address and waits until the page and its deferred scripts have run. */
    void open(String url) {
        driver.get(url);
        waitFor(Duration.ofSeconds(10), "the page to load: " + url,
                () -> "complete".equals(script("return document.readyState")));
    }

    /** Runs JavaScript in the page and returns its result. */
    Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    /** Runs asynchronous JavaScript whose last argument is the callback. */
    Object asyncScript(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(source, args);
    }

    /** Calls a DevTools method on the current page. */
    Map<String, Object> cdp(String method, Map<String, Object> params) {
        return driver.executeCdpCommand(method, params);
    }

    /** Waits until a condition holds, failing with what was awaited. */
    void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
    }

    /** Lays the page out as a phone or desktop of the given CSS width. */
    void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the window's own size. */
    void resetViewport() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Emulates {@code prefers-color-scheme} (light or dark) for every page opened next. */
    void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The console messages of level SEVERE since the last call (errors, failed loads, exceptions). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Forgets the console and network logs gathered so far. */
    void clearLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Every address the page asked for since the last call, from the DevTools network events. */
    @SuppressWarnings("unchecked")
    List<String> requestedUrls() {
        Json json = new Json();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> envelope = json.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) envelope.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    /** Prints the current page as DevTools' print preview would, on A4 without backgrounds. */
    byte[] printToPdf() {
        Map<String, Object> result = cdp("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false, "preferCSSPageSize", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Saves a screenshot of the viewport as PNG. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Map<String, Object> result = cdp("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // Chromium may still be writing its profile as it exits; the temp folder is harmless.
            }
        }
    }
}
