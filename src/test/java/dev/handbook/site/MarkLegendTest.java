package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.handbook.TestSites;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that uses coloured marks says what its colours mean, and only those. */
class MarkLegendTest {

    @TempDir
    Path dir;

    @Test
    void aPageWithMarksShowsTheLegendOfTheColoursItUses() {
        Path site = TestSites.newSite(dir, "Marks");
        TestSites.write(site.resolve("content/Bank.md"), "# Bank\n\n- A time you <mark style=\"background: #FF5582A6;\">"
                + "failed</mark>?\n- A time you <mark style=\"background: #ADCCFFA6;\">helped</mark> someone?\n");
        TestSites.write(site.resolve("content/Plain.md"), "# Plain\n\nNo colours here.\n");
        TestSites.built(site, dir.resolve("out"));
        Document bank = TestSites.html(dir.resolve("out/bank/index.html"));
        assertEquals("Setbacks and conflict People", bank.selectFirst(".mark-legend").text());
        assertNull(TestSites.html(dir.resolve("out/plain/index.html")).selectFirst(".mark-legend"));
    }
}
