package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the sample handbook passes the Nu HTML checker (the W3C's validator), run in-process
 * from its Maven Central jar with its bundled schemas, so no request leaves the machine. Errors fail;
 * warnings are allowed.
 */
@ExtendWith(SampleHandbook.Resolver.class)
class HtmlValidityTest {

    /** The schema vnu uses for HTML documents; the jar maps it to a bundled copy. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects the errors of the file being checked. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException exception) {
            // Warnings (language detection, advisories) are allowed.
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(file + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": "
                    + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }

    /** One line per kind of error (ids and numbers folded), with its count and first places. */
    private static String summary(List<String> errors) {
        Map<String, List<String>> byMessage = new TreeMap<>();
        for (String error : errors) {
            int at = error.indexOf(": ");
            String message = error.substring(at + 2).replaceAll("“[^”]*\\d[^”]*”", "“…”");
            byMessage.computeIfAbsent(message, key -> new ArrayList<>()).add(error.substring(0, at));
        }
        StringBuilder text = new StringBuilder();
        byMessage.forEach((message, places) -> text.append(places.size()).append(" × ").append(message)
                .append("\n    e.g. ").append(String.join(", ", places.stream().limit(4).toList())).append('\n'));
        return text.toString();
    }

    @Test
    void everyPageOfTheSampleHandbookIsValidHtml(SampleHandbook handbook) throws Exception {
        List<String> pages = handbook.htmlPages();
        assertTrue(pages.size() > 20, "the sample handbook has its pages: " + pages.size());
        assertValid(handbook.folder(), pages);
    }

    /** What only a big handbook draws: a cut sidebar with its "… N more" links, and a paged question index. */
    @Test
    void theSidebarAndPagerOfABigHandbookAreValidHtml(@TempDir Path dir) throws Exception {
        Path site = TestSites.newSite(dir, "Big Handbook");
        for (int i = 0; i < 560; i++) {
            TestSites.write(site.resolve(String.format("content/questions/Note %03d.md", i)),
                    "- Which trade-off did note " + i + " weigh?\n");
        }
        Path out = TestSites.built(site, dir.resolve("out"));
        assertValid(out, List.of("index.html", "questions/index.html", "questions/note-300/index.html",
                "index/questions/index.html", "index/questions/page/2/index.html", "index/questions/page/3/index.html"));
        assertTrue(Files.readString(out.resolve("questions/note-300/index.html")).contains("nav-more"));
        assertTrue(Files.readString(out.resolve("index/questions/page/2/index.html")).contains("class=\"pager\""));
    }

    private static void assertValid(Path folder, List<String> pages) throws Exception {
        Collector collector = new Collector();
        // One validator for every page: reading the schema is the slow part.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        for (String page : pages) {
            collector.file = page;
            validator.checkHtmlFile(folder.resolve(page).toFile(), true);
        }
        assertTrue(collector.errors.isEmpty(), () -> collector.errors.size() + " HTML errors in " + pages.size()
                + " pages:\n" + summary(collector.errors));
    }
}
