package dev.handbook.markdown.tag;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline tags as Obsidian's "Tags" help page describes them: letters, digits, {@code _ - /} with at least
 * one non-digit ({@code #1984} is no tag), nested with {@code /}; each a link to its tag page; on the
 * fixture note {@code syntax/Tags.md}.
 */
class InlineTagTest {

    private static final String PAGE = "syntax/tags/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static Element tag(String label) {
        Element tag = site.labelled(PAGE, label).selectFirst("a.tag");
        assertNotNull(tag, () -> "no tag link in " + site.labelled(PAGE, label).outerHtml());
        return tag;
    }

    @Test
    void inlineTagLinksToItsTagPage() {
        Element tag = tag("T1:");
        assertEquals("#interviewing", tag.text());
        assertEquals("tags/interviewing/", target(tag));
    }

    @Test
    void tagPageListsTheNote() {
        Element list = site.page("tags/interviewing/").selectFirst("main");
        assertNotNull(list);
        assertTrue(list.select("a").stream().anyMatch(a -> target(a).equals("syntax/tags/")), list::outerHtml);
    }

    @Test
    void nestedTagLinksToTheNestedPage() {
        Element tag = tag("T2:");
        assertEquals("#process/stage-one", tag.text());
        assertEquals("tags/process/stage-one/", target(tag));
    }

    @Test
    void nestedTagHasAPageForItAndForItsParent() {
        assertTrue(site.exists("tags/process/stage-one/index.html"));
        assertTrue(site.exists("tags/process/index.html"));
        Element parent = site.page("tags/process/").selectFirst("main");
        assertTrue(parent.select("a").stream().anyMatch(a -> target(a).equals("syntax/tags/")), parent::outerHtml);
    }

    @Test
    void hashInsideAUrlIsNoTag() {
        Element paragraph = site.labelled(PAGE, "T3:");
        assertNull(paragraph.selectFirst("a.tag"), paragraph::outerHtml);
        assertEquals("https://example.com/#anchor", paragraph.selectFirst("a").attr("href"));
    }

    @Test
    void hashInsideCodeIsNoTag() {
        Element paragraph = site.labelled(PAGE, "T4:");
        assertNull(paragraph.selectFirst("a.tag"), paragraph::outerHtml);
        assertEquals("#not-a-tag", paragraph.selectFirst("code").text());
    }

    @Test
    void digitsOnlyIsNoTag() {
        Element paragraph = site.labelled(PAGE, "T5:");
        assertNull(paragraph.selectFirst("a.tag"), paragraph::outerHtml);
        assertTrue(paragraph.text().contains("#123"));
        assertFalse(site.exists("tags/123/index.html"));
    }

    @Test
    void hashInsideAWordIsNoTag() {
        Element paragraph = site.labelled(PAGE, "T6:");
        assertNull(paragraph.selectFirst("a.tag"), paragraph::outerHtml);
        assertFalse(site.exists("tags/inside/index.html"));
    }

    @Test
    void headingIsNoTag() {
        Element heading = site.body(PAGE).selectFirst("h1, h2");
        assertNotNull(heading);
        assertEquals("Heading Not A Tag", heading.text());
        assertNull(heading.selectFirst("a.tag"));
    }

    @Test
    void tagStartingWithDigitsIsATag() {
        assertEquals("tags/2024plan/", target(tag("T7:")));
    }

    @Test
    void notePageListsItsInlineTagsWithItsFrontMatterTags() {
        Element meta = site.page(PAGE).selectFirst(".note-meta");
        assertNotNull(meta);
        String text = meta.text();
        assertTrue(text.contains("#interviewing") && text.contains("#process/stage-one"), text);
    }

    @Test
    void tagsAndWikiLinksInsideAMarkdownLinksTextAreItsTextNotLinksInALink(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Nest.md", "See [the #screening notes and [[Other]]](https://example.com/x) now.\n\n"
                        + "Or [pick #hiring and [[Other]]] in brackets, no link.\n",
                "content/Other.md", "# Other\n",
                "content/Logo.md", "[![[logo.png]]](https://example.com/)\n",
                "content/logo.png", "png"));
        assertEquals(0, small.exitCode(), small::transcript);
        Element link = small.body("nest/").selectFirst("a[href=https://example.com/x]");
        assertNotNull(link, () -> small.body("nest/").outerHtml());
        assertEquals("the #screening notes and Other", link.text());
        assertTrue(link.children().isEmpty(), link::outerHtml);
        Element brackets = small.body("nest/").select("p").get(1);
        assertEquals(2, brackets.select("a.tag, a.internal").size(), brackets::outerHtml);
        assertNotNull(small.body("logo/").selectFirst("a[href=https://example.com/] > img"),
                "a linked image stays an image");
    }
}
