package dev.handbook.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of a browser test that reads the sample handbook: one headless Chromium per test class, a fresh
 * viewport and console log for each test, and the test skipped when Chromium is not installed.
 */
@ExtendWith(SampleHandbook.Resolver.class)
abstract class SampleInChromium {

    static SampleHandbook handbook;
    static Chromium browser;

    @BeforeAll
    static void start(SampleHandbook sample) {
        browser = Chromium.startIfInstalled();
        handbook = sample;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshLogs() {
        Chromium.assumeRunning(browser);
        browser.resetViewport();
        browser.clearLogs();
    }
}
