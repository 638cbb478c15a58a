package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.BrandFiles;
import dev.handbook.TestSites;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser draws the brand: the accent from site.yml and a team's stylesheet reach the default theme's variables. */
class BrandBrowserTest {

    @TempDir
    static Path temp;

    private static Chromium browser;
    private static Path out;

    @BeforeAll
    static void build() {
        browser = Chromium.startIfInstalled();
        Path site = TestSites.copy("basic", temp);
        BrandFiles.png(site.resolve("brand/logo.png"), Color.RED);
        TestSites.write(site.resolve("brand/acme.css"), ":root { --hb-font: Georgia, serif; }\n");
        TestSites.write(site.resolve("site.yml"), "title: Acme\nbrand:\n  logo: brand/logo.png\n  accent: \"#C8102E\"\n"
                + "  stylesheet: brand/acme.css\n");
        out = TestSites.built(site, temp.resolve("out"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.colorScheme("light");
            browser.close();
        }
    }

    @Test
    void theAccentAndTheTeamsStylesheetSetTheThemesVariables() {
        Chromium.assumeRunning(browser);
        browser.colorScheme("light");
        browser.open(out.resolve("index.html").toUri().toString());
        assertEquals("#C8102E", browser.script(
                "return getComputedStyle(document.documentElement).getPropertyValue('--hb-accent').trim()"));
        assertEquals("rgb(200, 16, 46)", browser.script(
                "return getComputedStyle(document.querySelector('.site-footer a')).color"), "a link has the accent");
        assertTrue(String.valueOf(browser.script("return getComputedStyle(document.body).fontFamily")).startsWith("Georgia"));
        assertEquals(Boolean.TRUE, browser.script("var i = document.querySelector('img.site-logo');"
                + " return i.complete && i.naturalWidth === 120"), "the logo loads");
    }

    @Test
    void theDarkSchemeKeepsItsOwnReadableAccent() {
        Chromium.assumeRunning(browser);
        browser.colorScheme("dark");
        browser.open(out.resolve("index.html").toUri().toString());
        assertEquals("#7cb7ff", browser.script(
                "return getComputedStyle(document.documentElement).getPropertyValue('--hb-accent').trim()"));
        browser.colorScheme("light");
    }
}
