package dev.handbook.config;

import static dev.handbook.SiteAssertions.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.BrandFiles;
import dev.handbook.TestSites;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brand keys' diagnostics: a file that cannot be used stops the build (exit 2); a weak accent warns. */
class BrandConfigTest {

    @TempDir
    Path dir;

    private TestSites.Run build(String siteYml) {
        Path site = TestSites.copy("basic", dir);
        TestSites.write(site.resolve("site.yml"), siteYml);
        BrandFiles.png(site.resolve("brand/logo.png"), Color.BLUE);
        return TestSites.build(site, dir.resolve("out"));
    }

    private static String firstLine(TestSites.Run run) {
        return run.err().lines().findFirst().orElse("");
    }

    @Test
    void aMissingLogoIsAConfigErrorAtItsKey() {
        TestSites.Run run = build("title: Acme\nbrand:\n  logo: brand/acme.png\n");
        assertEquals(2, run.exitCode(), run::transcript);
        assertEquals("site.yml:3:3: error: 'brand.logo': the logo 'brand/acme.png' is not found (paths are relative"
                + " to the folder of site.yml); put the file there or correct the path", firstLine(run));
        assertFalse(Files.exists(dir.resolve("out")), "nothing is built");
        assertNoStackTrace(run);
    }

    @Test
    void aLogoOutsideTheSitesFolderIsAConfigError() {
        BrandFiles.png(dir.resolve("elsewhere.png"), Color.BLUE);
        TestSites.Run run = build("brand:\n  favicon: brand/logo.png\n  logo: ../elsewhere.png\n");
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(firstLine(run).startsWith("site.yml:3:3: error: 'brand.logo' must be a file in the folder of"
                + " site.yml or below it, not '../elsewhere.png'"), run::transcript);
    }

    @Test
    void aLogoThatIsNoImageBothReadersShowIsAConfigErrorNamingItsFormat() {
        Path site = TestSites.copy("basic", dir);
        TestSites.writeBytes(site.resolve("logo.png"), "RIFF\0\0\0\0WEBPVP8 ".getBytes());
        TestSites.write(site.resolve("site.yml"), "brand:\n  logo: logo.png\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(2, run.exitCode(), run::transcript);
        assertEquals("site.yml:2:3: error: 'brand.logo' must be a PNG, JPEG, GIF or SVG image (what both browsers"
                + " and the PDF renderer of the scorecards read); logo.png is a WebP image: save it as PNG",
                firstLine(run));
    }

    @Test
    void anUnquotedAccentIsAConfigErrorThatSaysToQuoteIt() {
        TestSites.Run run = build("brand:\n  accent: #C8102E\n");
        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(firstLine(run).startsWith("site.yml:2:3: error: 'brand.accent' must be a hex colour in quotes"),
                run::transcript);
    }

    @Test
    void aLowContrastAccentIsAWarningWithItsRatioAtItsLine() {
        TestSites.Run run = build("title: Acme\nbrand:\n  logo: brand/logo.png\n  accent: \"#ffb86c\"\n");
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("site.yml:4:3: warning: 'brand.accent' #FFB86C has a contrast of only 1.70:1"
                + " with white (links on the page, and white text on the accent): WCAG AA asks for 4.5:1"),
                run::transcript);
    }

    @Test
    void anAccentReadableOnWhiteButNotOnTheGreySurfaceWarnsToo() {
        // #767676 is the lightest grey with 4.5:1 on white; on #F6F8FA it falls below.
        TestSites.Run run = build("brand:\n  accent: \"#767676\"\n");
        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("site.yml:2:3: warning: 'brand.accent' #767676 has a contrast of only 4.2"),
                run::transcript);
    }

    @Test
    void anAccessibleAccentIsQuiet() {
        TestSites.Run run = build("brand:\n  accent: \"#0B5CAD\"\n");
        assertEquals(0, run.exitCode(), run::transcript);
        assertFalse(run.err().contains("brand"), run::transcript);
    }
}
