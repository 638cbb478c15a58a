package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Assertions over a whole built site. */
public final class SiteAssertions {

    private SiteAssertions() {
    }

    /**
     * Every href and src in every page is relative (no leading '/', no absolute address of the site itself,
     * except on 404.html) and points at a file that exists in the output.
     *
     * @param siteAddress the site's own absolute address, or null when it has none
     */
    public static void assertInternalLinksAreRelativeAndResolve(Path out, String siteAddress) {
        List<String> problems = new ArrayList<>();
        for (String page : TestSites.htmlFiles(out)) {
            Path file = out.resolve(page);
            Document document = TestSites.html(file);
            for (Element element : document.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = page + ": <" + element.normalName() + "> " + url;
                if (url.startsWith("/")) {
                    problems.add(where + " starts with '/'");
                    continue;
                }
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    // 404.html is served at any missing address, so with a known baseUrl it links absolutely.
                    if (siteAddress != null && url.startsWith(siteAddress) && !page.equals("404.html")) {
                        problems.add(where + " is an absolute address of the site itself");
                    }
                    continue;
                }
                if (url.startsWith("#") || url.startsWith("mailto:")) {
                    continue;
                }
                String path = url.replaceFirst("[?#].*$", "");
                Path target = file.getParent().resolve(path).normalize();
                if (path.isEmpty() || path.endsWith("/") || Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                if (!target.startsWith(out)) {
                    problems.add(where + " leaves the site");
                } else if (!Files.isRegularFile(target)) {
                    problems.add(where + " points at a missing file " + out.relativize(target));
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("bad internal links:\n" + String.join("\n", problems));
        }
    }

    /** Two folders hold the same files with the same bytes. */
    public static void assertSameTree(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            fail("different files:\nexpected " + expected.keySet() + "\nactual   " + actual.keySet());
        }
        List<String> different = expected.keySet().stream()
                .filter(path -> !java.util.Arrays.equals(expected.get(path), actual.get(path))).toList();
        assertTrue(different.isEmpty(), () -> "files with different bytes: " + different);
    }

    /** The command printed no stack trace and no exception class. */
    public static void assertNoStackTrace(TestSites.Run run) {
        assertFalse(run.err().contains("Exception"), run::transcript);
        assertFalse(run.err().contains("\tat "), run::transcript);
        assertFalse(run.out().contains("\tat "), run::transcript);
    }
}
