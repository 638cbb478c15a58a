package dev.handbook.markdown.embed;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.markdown.ObsidianSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embeds as Obsidian's "Embed files" help page describes them: {@code ![[Note]]} shows the note,
 * {@code ![[Note#Heading]]} that section, {@code ![[Note#^id]]} that block, {@code ![[image.png|W]]} or
 * {@code |WxH} an image of that size; on the fixture note {@code syntax/Embeds.md}.
 */
class EmbedTest {

    private static final String PAGE = "syntax/embeds/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    // The embed sits right after the paragraph that announces it.
    private static Element embedAfter(String label) {
        Element embed = site.labelled(PAGE, label).nextElementSibling();
        assertNotNull(embed, "nothing after " + label);
        assertTrue(embed.hasClass("embed"), () -> "no embed after " + label + ": " + embed.outerHtml());
        return embed;
    }

    private static Element source(Element embed) {
        Element link = embed.selectFirst(".embed-source a");
        assertNotNull(link, () -> "embed without a link to its source: " + embed.outerHtml());
        return link;
    }

    @Test
    void wholeNoteEmbedShowsEveryBlockOfTheNote() {
        Element embed = embedAfter("E0:");
        assertTrue(embed.text().contains("The onsite loop has four interviews."), embed::outerHtml);
        assertTrue(embed.text().contains("Everyone writes scores before the meeting."), embed::outerHtml);
    }

    @Test
    void wholeNoteEmbedLinksToItsSource() {
        assertEquals("stages/onsite-loop/", target(source(embedAfter("E0:"))));
    }

    @Test
    void sectionEmbedShowsTheHeadingWithItsSubsectionsOnly() {
        Element embed = embedAfter("E1:");
        String text = embed.text();
        assertTrue(text.contains("Opening Questions"), text);
        assertTrue(text.contains("Start with the role the candidate holds today."), text);
        assertTrue(text.contains("Pick one project"), "subsections belong to the section: " + text);
        assertFalse(text.contains("Confirm the loop dates"), "the next section is not embedded: " + text);
        assertFalse(text.contains("first real conversation"), "text before the heading is not embedded: " + text);
    }

    @Test
    void sectionEmbedLinksToTheHeading() {
        assertEquals("stages/phone-screen/#opening-questions", target(source(embedAfter("E1:"))));
    }

    @Test
    void blockEmbedShowsOnlyThatParagraph() {
        Element embed = embedAfter("E2:");
        String text = embed.select(":root > :not(.embed-source)").text();
        assertEquals("The phone screen is the first real conversation with a candidate.", text);
        assertEquals("stages/phone-screen/#%5Efirst-call", target(source(embed)));
    }

    @Test
    void listItemBlockEmbedShowsOnlyThatItemAsAListItem() {
        Element embed = embedAfter("E3:");
        List<Element> items = embed.select("li");
        assertEquals(1, items.size(), embed::outerHtml);
        assertEquals("Thank the candidate for their time", items.get(0).text());
        assertFalse(embed.text().contains("Explain what happens next"), embed::outerHtml);
    }

    @Test
    void imageEmbedIsAnImage() {
        Element image = site.labelled(PAGE, "E4:").selectFirst("img");
        assertNotNull(image);
        assertEquals("attachments/diagram.png", target(image));
        assertFalse(image.hasAttr("width"));
        assertTrue(site.exists("attachments/diagram.png"));
    }

    @Test
    void imageEmbedWithOneNumberSetsTheWidth() {
        Element image = site.labelled(PAGE, "E5:").selectFirst("img");
        assertNotNull(image);
        assertEquals("300", image.attr("width"));
        assertFalse(image.hasAttr("height"), "the height follows the aspect ratio");
    }

    @Test
    void imageEmbedWithWidthAndHeightSetsBoth() {
        Element image = site.labelled(PAGE, "E6:").selectFirst("img");
        assertNotNull(image);
        assertEquals("300", image.attr("width"));
        assertEquals("200", image.attr("height"));
    }

    @Test
    void sectionOfTheSameNoteCanBeEmbedded() {
        Element embed = embedAfter("E7:");
        assertTrue(embed.text().contains("Local section text."), embed::outerHtml);
        assertTrue(embed.select(".embed-stopped").isEmpty(), "not a cycle: " + embed.outerHtml());
        assertTrue(site.diagnostics("content/syntax/Embeds.md").isEmpty(), () -> String.join("\n", site.diagnostics()));
    }

    @Test
    void embedCycleIsReportedOnBothNotes() {
        assertTrue(site.diagnostics("content/cycle/Alpha.md").stream().anyMatch(line -> line.contains("embed cycle")),
                site::transcript);
        assertTrue(site.diagnostics("content/cycle/Beta.md").stream().anyMatch(line -> line.contains("embed cycle")),
                site::transcript);
    }

    @Test
    void embedCycleStopsBeforeThePageRepeatsItself() {
        Element body = site.body("cycle/alpha/");
        assertEquals(1, count(body.text(), "Alpha text."), body::outerHtml);
        assertEquals(1, count(body.text(), "Beta text."), body::outerHtml);
        assertEquals(1, body.select(".embed-stopped").size(), body::outerHtml);
    }

    @Test
    void markdownImageTakesItsSizeFromTheEndOfItsDescription(@TempDir Path temp) throws IOException {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/Pics.md", """
                ![Panel layout|300x200](https://example.com/a.png)
                ![Whiteboard|240](https://example.com/b.png)
                ![120](https://example.com/c.png)
                ![Plain alt](https://example.com/d.png)
                ![A | B](https://example.com/e.png)
                ![By reference|90x60][fig]

                [fig]: https://example.com/f.png
                """));
        assertEquals(0, small.exitCode(), small::transcript);
        List<Element> images = small.body("pics/").select("img");
        assertEquals(6, images.size(), small.body("pics/")::outerHtml);
        assertImage(images.get(0), "Panel layout", "300", "200");
        assertImage(images.get(1), "Whiteboard", "240", "");
        assertImage(images.get(2), "", "120", "");
        assertImage(images.get(3), "Plain alt", "", "");
        assertImage(images.get(4), "A | B", "", "");
        assertImage(images.get(5), "By reference", "90", "60");
        // The size is not text: search finds the images by their descriptions only.
        String search = Files.readString(small.out().resolve("search-index.js"));
        assertTrue(search.contains("Panel layout Whiteboard Plain alt A | B By reference"), search);
        assertFalse(search.contains("300") || search.contains("240") || search.contains("120"), search);
    }

    private static void assertImage(Element image, String alt, String width, String height) {
        assertEquals(alt, image.attr("alt"), image::outerHtml);
        assertEquals(width, image.attr("width"), image::outerHtml);
        assertEquals(height, image.attr("height"), image::outerHtml);
    }

    @Test
    void buildWithAnEmbedCycleStillFinishes(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nA says hello.\n\n![[B]]\n",
                "content/B.md", "---\ntitle: B\n---\nB says hello.\n\n![[A]]\n"));
        assertEquals(0, small.exitCode(), small::transcript);
        assertTrue(small.exists("a/index.html") && small.exists("b/index.html"), small::transcript);
        assertTrue(small.diagnostics("content/A.md").get(0).startsWith("content/A.md:6:1: warning: embed cycle"),
                small::transcript);
    }

    @Test
    void noteEmbeddingItselfIsStopped(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Self.md", "---\ntitle: Self\n---\nOnly once.\n\n![[Self]]\n"));
        assertEquals(0, small.exitCode(), small::transcript);
        assertEquals(1, count(small.body("self/").text(), "Only once."), small.body("self/")::outerHtml);
        assertFalse(small.diagnostics("content/Self.md").isEmpty(), small::transcript);
    }

    @Test
    void anEmbedsFootnotesAreItsOwnNotThePages(@TempDir Path temp) {
        // The embedded reference linked to the page's #fn-1, which is the page's footnote, and repeated its id.
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Policy.md", "Kept a year.[^keep] Then deleted.[^gone]\n\n[^keep]: By law.\n[^gone]: By us.\n",
                "content/Host.md", "Host says.[^1]\n\n![[Policy]]\n\n[^1]: Host footnote.\n"));
        Element body = small.body("host/");
        Element embed = body.selectFirst(".embed");
        assertEquals(List.of("1", "2"), embed.select("sup.footnote-ref").eachText());
        assertTrue(embed.select("sup a, sup[id]").isEmpty(), embed::outerHtml);
        assertEquals(List.of("By law.", "By us."), embed.select("ol.embed-footnotes > li").eachText());
        assertEquals(List.of("Host footnote."), body.select(".footnotes li p").eachText(), "the page's own stay its own");
        assertEquals(1, body.select("[id=fnref-1]").size());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void anEmbedOnALineOfItsOwnInsideAParagraphACalloutOrAListItemShowsTheNote(@TempDir Path dir) {
        // Only an embed alone in its paragraph was shown; these were links, without a word.
        Path vault = TestSites.newSite(dir, "Embeds");
        TestSites.write(vault.resolve("content/Rubric.md"), "# Rubric\n\n## Levels\n\nLevel one is weak.\n");
        TestSites.write(vault.resolve("content/Host.md"), "# Host\n\n> [!tip] Scoring\n> ![[Rubric#Levels]]\n\n"
                + "Lead-in line:\n![[Rubric]]\nafter line.\n\n- item\n  ![[Rubric#Levels]]\n\n## Levels\n\nOurs.\n");
        Path out = dir.resolve("out");
        TestSites.Run run = TestSites.build(vault, out);
        Document page = TestSites.html(out.resolve("host/index.html"));
        Element callout = page.selectFirst(".callout-tip");
        assertEquals("Scoring", callout.selectFirst(".callout-title").text());
        assertNotNull(callout.selectFirst(".callout-content > .embed"), callout::outerHtml);
        Element lead = page.select(".note-body > p").stream().filter(p -> p.text().equals("Lead-in line:"))
                .findFirst().orElseThrow(() -> new AssertionError(page.outerHtml()));
        assertTrue(lead.nextElementSibling().hasClass("embed"), lead.nextElementSibling()::outerHtml);
        assertEquals("after line.", lead.nextElementSibling().nextElementSibling().text());
        assertNotNull(page.selectFirst(".note-body li > .embed"), "the list item's embed");
        assertEquals(List.of(), page.select(".embed-link").eachText(), "no embed is left a link");
        assertFalse(run.err().contains("shown as a link"), run.transcript());
        // The embedded headings keep their ids on their own page: the page's own "Levels" is the only one here.
        assertEquals(1, page.select("[id=levels]").size(), page.select("[id=levels]").outerHtml());
        assertEquals("Levels", page.selectFirst("[id=levels]").text());
    }

    @Test
    void anEmbedBesideOtherTextOrInATableIsALinkAndAWarning(@TempDir Path dir) {
        Path vault = TestSites.newSite(dir, "Embeds");
        TestSites.write(vault.resolve("content/Rubric.md"), "# Rubric\n\nLevels.\n");
        TestSites.write(vault.resolve("content/Host.md"), "# Host\n\n- See: ![[Rubric]]\n\n| a |\n|---|\n| ![[Rubric]] |\n");
        TestSites.Run run = TestSites.build(vault, dir.resolve("out"));
        assertTrue(run.err().contains("content/Host.md:3:8: warning: the embed ![[Rubric]] is shown as a link: a note is"
                + " embedded only from a line of its own"), run.transcript());
        assertTrue(run.err().contains("content/Host.md:7:3: warning: the embed ![[Rubric]]"), run.transcript());
    }

    @Test
    void anEmbedOfANotesTitleHeadingStopsAtItsNextH1(@TempDir Path dir) {
        Path vault = TestSites.newSite(dir, "Embeds");
        TestSites.write(vault.resolve("content/Guide.md"), "# Guide\n\nThe part to reuse.\n\n# Footer\n\nContact us.\n");
        TestSites.write(vault.resolve("content/Host.md"), "# Host\n\n![[Guide#Guide]]\n\nEnd.\n");
        TestSites.Run run = TestSites.build(vault, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        org.jsoup.nodes.Element embed = TestSites.html(dir.resolve("out/host/index.html")).selectFirst(".embed");
        assertNotNull(embed);
        assertTrue(embed.text().contains("The part to reuse."), embed.outerHtml());
        assertFalse(embed.text().contains("Contact us."), "the footer is the note's next part: " + embed.outerHtml());
    }

    @Test
    void anEmbeddedNotesReferenceLinksAndABlockIdBeforeAContinuationLineDraw(@TempDir Path dir) {
        Path vault = TestSites.newSite(dir, "Embeds");
        TestSites.write(vault.resolve("content/Logo.md"), "# Logo\n\nRead [the docs][d].\n\n[d]: https://example.com/docs\n");
        TestSites.write(vault.resolve("content/Host.md"), "# Host\n\nPress enter. ^abc123\n\t![[Logo]]\n\n"
                + "Back to [[#^abc123]].\n");
        TestSites.Run run = TestSites.build(vault, dir.resolve("out"));
        assertEquals(0, run.exitCode(), "a reference link of an embedded note stopped the page: " + run.transcript());
        org.jsoup.nodes.Document page = TestSites.html(dir.resolve("out/host/index.html"));
        assertEquals("https://example.com/docs", page.selectFirst(".embed a[href^=https]").attr("href"));
        assertNotNull(page.getElementById("^abc123"), "the block id names its paragraph");
        assertFalse(page.selectFirst("main").text().contains("^abc123 "), page.selectFirst("main").text());
    }

    @Test
    void rawHtmlLinksOfAnEmbeddedPartLeadWhereTheyDoOnTheirOwnPage(@TempDir Path dir) {
        Path vault = TestSites.newSite(dir, "Embeds");
        TestSites.write(vault.resolve("content/team/Other.md"), "# Other\n");
        TestSites.write(vault.resolve("content/team/Part.md"), "# Part\n\n## Section\n\n"
                + "<p><a href=\"Other.md\">other</a> and <a href=\"Gone.md\">gone</a></p>\n");
        TestSites.write(vault.resolve("content/index.md"), "# Home\n\n![[Part#Section]]\n");
        TestSites.Run run = TestSites.build(vault, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        org.jsoup.nodes.Element embed = TestSites.html(dir.resolve("out/index.html")).selectFirst(".embed");
        assertEquals("./team/other/", embed.selectFirst("a:contains(other)").attr("href"), embed.outerHtml());
        assertEquals("gone", embed.selectFirst("span.unresolved").text(), embed.outerHtml());
    }
}
