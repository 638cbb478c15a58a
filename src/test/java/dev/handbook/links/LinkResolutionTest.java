package dev.handbook.links;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which note a wiki-link opens, as Obsidian decides it: case-insensitive names, a bare name found anywhere
 * in the vault, paths from the vault root before paths from the linking note, aliases, a deterministic
 * pick among notes sharing a name, and heading and block anchors; on the fixture notes
 * {@code syntax/Resolution.md} and {@code roles/engineering/Engineer.md}.
 */
class LinkResolutionTest {

    private static final String PAGE = "syntax/resolution/";
    private static final String ROLE = "roles/engineering/engineer/";
    private static final String FILE = "content/syntax/Resolution.md";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    private static String target(String page, String label) {
        Element link = site.labelled(page, label).selectFirst("a");
        assertNotNull(link, () -> "no link in " + site.labelled(page, label).outerHtml());
        return ObsidianSite.target(link);
    }

    private static List<String> warningsAt(int line) {
        return site.diagnostics(FILE).stream().filter(d -> d.startsWith(FILE + ":" + line + ":")).toList();
    }

    @Test
    void nameInLowerCaseResolves() {
        assertEquals("stages/phone-screen/", target(PAGE, "N1:"));
    }

    @Test
    void nameInUpperCaseResolves() {
        assertEquals("stages/phone-screen/", target(PAGE, "N2:"));
    }

    @Test
    void bareNameFindsTheOnlyNoteWithThatNameInAnyFolder() {
        assertEquals("roles/engineering/sub/deep-dive/", target(PAGE, "N3:"));
    }

    @Test
    void fileNameWinsOverAnotherNotesAlias() {
        // "Deep Dive" is also an alias of Onsite Loop; the note whose file is called so wins.
        assertEquals("roles/engineering/sub/deep-dive/", target(PAGE, "N3:"));
        assertTrue(warningsAt(8).isEmpty(), () -> String.join("\n", warningsAt(8)));
    }

    @Test
    void aliasResolvesToItsNote() {
        assertEquals("stages/phone-screen/", target(PAGE, "N4:"));
        assertEquals("Screen Call", site.labelled(PAGE, "N4:").selectFirst("a").text());
    }

    @Test
    void aliasIsCaseInsensitive() {
        assertEquals("stages/phone-screen/", target(PAGE, "N5:"));
        assertEquals("roles/engineering/engineer/", target(PAGE, "N16:"));
    }

    @Test
    void ambiguousNamePicksTheShortestPath() {
        assertEquals("guides/checklist/", target(PAGE, "N6:"));
    }

    @Test
    void ambiguousNameWarnsNamingEveryCandidate() {
        List<String> warnings = warningsAt(14);
        assertEquals(1, warnings.size(), () -> String.join("\n", site.diagnostics(FILE)));
        String warning = warnings.get(0);
        assertTrue(warning.startsWith(FILE + ":14:25: warning:"), warning);
        assertTrue(warning.contains("guides/Checklist.md") && warning.contains("roles/engineering/Checklist.md"),
                warning);
    }

    @Test
    void ambiguousNameOfEqualLengthPicksAlphabetically() {
        assertEquals("teams/north/notes/", target(PAGE, "N7:"));
        String warning = warningsAt(16).get(0);
        assertTrue(warning.contains("teams/north/Notes.md") && warning.contains("teams/south/Notes.md"), warning);
        assertTrue(warning.contains("using teams/north/Notes.md"), warning);
    }

    @Test
    void headingMatchesInAnyCase() {
        assertEquals("stages/phone-screen/#opening-questions", target(PAGE, "N8:"));
        site.assertAnchorExists(target(PAGE, "N8:"));
    }

    @Test
    void headingMatchesWithoutItsPunctuation() {
        // The heading is "Q&A: Logistics!"; Obsidian's own links drop the colon.
        assertEquals("stages/phone-screen/#qa-logistics", target(PAGE, "N9:"));
        site.assertAnchorExists(target(PAGE, "N9:"));
    }

    @Test
    void headingMatchesWithOtherPunctuation() {
        assertEquals("stages/phone-screen/#qa-logistics", target(PAGE, "N10:"));
    }

    @Test
    void blockIdAtTheEndOfAListItemNamesTheItem() {
        String address = target(PAGE, "N11:");
        assertEquals("stages/phone-screen/#%5Ethanks", address);
        Element item = site.anchor(address);
        assertEquals("li", item.normalName());
        assertEquals("Thank the candidate for their time", item.text());
    }

    @Test
    void blockIdOnItsOwnLineAfterATableNamesTheTable() {
        Element table = site.anchor(target(PAGE, "N12:"));
        assertEquals("table", table.normalName());
    }

    @Test
    void blockIdOnItsOwnLineAfterAListNamesTheList() {
        Element list = site.anchor(target(PAGE, "N13:"));
        assertEquals("ul", list.normalName());
        assertTrue(list.text().contains("Bring a notebook"), list::outerHtml);
        assertTrue(!site.body("stages/phone-screen/").text().contains("^kit-list"), "the id line is not shown");
    }

    @Test
    void missingHeadingIsDiagnosedAndTheLinkGoesToTheNote() {
        assertEquals("stages/phone-screen/", target(PAGE, "N14:"));
        List<String> warnings = warningsAt(30);
        assertEquals(1, warnings.size(), () -> String.join("\n", site.diagnostics(FILE)));
        assertTrue(warnings.get(0).startsWith(FILE + ":30:22: warning:"), warnings.get(0));
        assertTrue(warnings.get(0).contains("No Such Heading"), warnings.get(0));
    }

    @Test
    void missingBlockIsDiagnosed() {
        List<String> warnings = warningsAt(32);
        assertEquals(1, warnings.size(), () -> String.join("\n", site.diagnostics(FILE)));
        assertTrue(warnings.get(0).startsWith(FILE + ":32:20: warning:"), warnings.get(0));
        assertTrue(warnings.get(0).contains("^no-such-block"), warnings.get(0));
    }

    @Test
    void everyOtherLinkOfTheNoteResolvesSilently() {
        List<String> lines = site.diagnostics(FILE).stream()
                .filter(d -> !d.startsWith(FILE + ":14:") && !d.startsWith(FILE + ":16:")
                        && !d.startsWith(FILE + ":30:") && !d.startsWith(FILE + ":32:"))
                .toList();
        assertTrue(lines.isEmpty(), () -> String.join("\n", lines));
    }

    @Test
    void nameWrittenWithASeparateAccentIsTheSameName(@TempDir Path temp) {
        // A file name from a Mac in decomposed form (NFD), linked with the composed "é" (NFC) and the other way round.
        String decomposed = "Cafe\u0301 Chat";
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/" + decomposed + ".md", "# Café Chat\n\nCoffee.\n",
                "content/Smörgåsbord.md", "Food.\n",
                "content/A.md", "[[Caf\u00e9 Chat]] and [[Smo\u0308rga\u030asbord]].\n"));
        List<Element> links = small.body("a/").select("a");
        assertTrue(small.diagnostics().isEmpty(), small::transcript);
        assertEquals(List.of("cafe-chat/", "smorgasbord/"), links.stream().map(ObsidianSite::target).toList());
    }

    @Test
    void markdownLinksToFoldersSamePageHeadingsAndMissingNotesNeverShipADeadHref(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/team/index.md", "# Team\n\n## When\n\nMondays.\n",
                "content/team/people/index.md", "# People {#people}\n",
                "content/A.md", "# A\n\n## FAQ\n\n### Plan {#plan}\n\n## Set up {#setup .unlisted}\n\n"
                        + "[1](team/) [2](team/#when) [3](team/people) [4](#FAQ) [5](#plan) [6](../gone/x.md#y)"
                        + " [7](other/index.md) [8](#nowhere) [9](#setup)\n",
                "content/B.md", "# The Plan {#plan-id}\n\nBody.\n\n[[A#setup]]\n"));
        Element body = small.body("a/");
        List<String> hrefs = body.select("a").stream().map(ObsidianSite::target).toList();
        assertEquals(List.of("team/", "team/#when", "team/people/", "a/#faq", "a/#plan", "a/#setup"),
                hrefs, small::transcript);
        for (String href : List.of("team/#when", "a/#faq", "a/#plan", "a/#setup")) {
            small.assertAnchorExists(href);
        }
        assertEquals(List.of("Plan", "Set up"), body.select("h3, h2").stream().map(Element::text)
                .filter(text -> !text.equals("FAQ")).toList(), "the attribute block is not shown");
        assertEquals(List.of("6", "7", "8"), body.select("span.unresolved").stream().map(Element::text).toList());
        assertEquals(List.of(
                "content/A.md:9:66: warning: link to ../gone/x.md#y: no such note in the vault; it is shown as text",
                "content/A.md:9:86: warning: link to other/index.md: no such note in the vault; it is shown as text",
                "content/A.md:9:106: warning: no heading 'nowhere' on this page for the link to #nowhere; it is shown"
                        + " as text"),
                small.diagnostics("content/A.md"));
        assertEquals("People", small.page("team/people/").selectFirst("h1").text(), "the id block is no part of a title");
        assertEquals(1, small.page("b/").select("h1").size(), "an H1 with an id block is the title, not shown twice");
        assertEquals("a/#setup", ObsidianSite.target(small.body("b/").selectFirst("a")), "a heading found by its own id");
        String missing = small.page("missing-notes/").text();
        assertTrue(missing.contains("gone/x") && missing.contains("other"), missing);
    }

    @Test
    void linksInTheOpeningH1AreLinksOfThePageItsBacklinksAndItsDiagnostics(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/QuickAdd.md", "# QuickAdd\n\nA plugin.\n",
                "content/Guide.md", "# How to use [[QuickAdd]] and [[Nowhere]] with [its docs](QuickAdd.md)\n\nSteps.\n"));
        org.jsoup.nodes.Element title = small.page("guide/").selectFirst("h1");
        assertEquals("How to use QuickAdd and Nowhere with its docs", title.text());
        assertEquals(List.of("quickadd/", "quickadd/"), title.select("a").stream().map(ObsidianSite::target).toList(),
                "wiki-links and Markdown links in the title are links");
        assertTrue(small.page("quickadd/").text().contains("How to use"), "the H1's link is a backlink");
        assertTrue(small.diagnostics("content/Guide.md").stream().anyMatch(d -> d.startsWith("content/Guide.md:1:")
                && d.contains("[[Nowhere]]")), small::transcript);
    }

    @Test
    void pageTopBlocksFoldersWithoutAnIndexTheRootAndDraftsAfterReview(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/index.md", "# Home\n",
                "content/sub/Child.md", "# Child\n\nA point. ^abc1\n\n[t](#top) [b](#^abc1) [y](#) [up](../) [root](/)"
                        + " [plan](../drafts/Plan.md) [pages](../pages/)\n",
                "content/pages/One.md", "# One\n",
                "content/drafts/Plan.md", "---\ndraft: true\n---\n# Secret Plan\n"));
        List<String> hrefs = small.body("sub/child/").select("a").stream().map(a -> a.attr("href")).toList();
        assertEquals(List.of("#top", "#%5Eabc1", "#", "../../", "../../", "../../pages/"), hrefs, small::transcript);
        assertEquals(List.of("plan"), small.body("sub/child/").select("span.unresolved").eachText());
        assertTrue(small.diagnostics("content/sub/Child.md").stream().anyMatch(d -> d.contains("which is a draft")),
                small::transcript);
        assertTrue(!small.page("missing-notes/").text().contains("Plan"), "a draft's name is not published");
    }

    @Test
    void headingWrittenAsItIsWinsOverOneThatMatchesOnlyWithoutPunctuation(@TempDir Path temp) {
        // "C++" and "C" have the same letters; the link says which one it means. [[C#C]] went to the "C++"
        // section of the note titled "C".
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Rubric.md", "# Rubric\n\n## C++\n\nTemplates.\n\n## C\n\nPointers.\n",
                "content/C.md", "# C\n\nPointers.\n\n## C++\n\nTemplates.\n",
                "content/A.md", "[[Rubric#C]], [[Rubric#c++]] and [[Rubric#C plus plus]]; [[C#C]] and [[C#c++]].\n"));
        List<Element> links = small.body("a/").select("a");
        assertEquals("rubric/#c-1", ObsidianSite.target(links.get(0)));
        assertEquals("rubric/#c", ObsidianSite.target(links.get(1)));
        small.assertAnchorExists(ObsidianSite.target(links.get(0)));
        assertEquals("c/", ObsidianSite.target(links.get(3)));
        assertEquals("c/#c", ObsidianSite.target(links.get(4)));
        assertEquals(1, small.diagnostics("content/A.md").size(), small::transcript);
    }

    @Test
    void aHeadingNamedLikeAPartOfThePageGetsAnIdOfItsOwn(@TempDir Path temp) {
        // "## Main" took the id of the <main> the skip link jumps to, and a role's "## Competencies" that of the
        // role page's own section; a guide's "## Competencies" keeps its id, as nothing else has it there.
        String body = "\n## Main\n\nA.\n\n## Main\n\nB.\n\n## Competencies\n\nC.\n";
        // Headings that once looped forever (every "competency-N" was the theme's) or took a theme's numbered id.
        String more = "\n## Competency\n\nD.\n\n## Competency\n\nE.\n\n## Loop 1\n\nF.\n\n## Main 3\n\nG.\n\n## Main\n\nH.\n";
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Analyst.md", "---\ntype: role\n---\n" + body + more,
                "content/Guide.md", body,
                "content/A.md", "[[Analyst#Main]], [[Analyst#Competencies]] and [[Guide#Competencies]].\n"));
        List<Element> links = small.body("a/").select("a");
        assertEquals("analyst/#main-1", ObsidianSite.target(links.get(0)));
        assertEquals("analyst/#competencies-1", ObsidianSite.target(links.get(1)));
        assertEquals("guide/#competencies", ObsidianSite.target(links.get(2)));
        assertEquals(List.of("main-1", "main-2", "competencies-1", "competency", "competency-1", "loop-1", "main-3",
                "main-4"), small.body("analyst/").select("h2").eachAttr("id"));
        List<String> ids = small.page("analyst/").select("[id]").eachAttr("id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids::toString);
    }

    @Test
    void headingThatRepeatsTheTitleLinksToTheTopOfThePage(@TempDir Path temp) {
        // The page shows that H1 as its title, so the link goes to the page; a heading path may start with it.
        ObsidianSite small = ObsidianSite.build(temp, Map.of(
                "content/Loop.md", "# Loop\n\nIntro.\n\n## Debrief\n\nScores.\n",
                "content/A.md", "---\ntitle: A\n---\n[[Loop#Loop]] and [[Loop#Loop#Debrief]] and [[A#A]].\n"));
        List<Element> links = small.body("a/").select("a");
        assertEquals("loop/", ObsidianSite.target(links.get(0)));
        assertEquals("loop/#debrief", ObsidianSite.target(links.get(1)));
        List<String> lines = small.diagnostics("content/A.md");
        assertEquals(1, lines.size(), small::transcript);
        assertTrue(lines.get(0).startsWith("content/A.md:4:45: warning:"), "A has no heading 'A': " + lines.get(0));
    }

    @Test
    void pathIsReadFromTheLinkingNotesFolderWhenTheRootHasNoSuchNote() {
        assertEquals("roles/engineering/sub/deep-dive/", target(ROLE, "R1:"));
    }

    @Test
    void pathFromTheVaultRootWinsOverThePathFromTheLinkingNote() {
        // Both shared/Rubric.md and roles/engineering/shared/Rubric.md exist.
        assertEquals("shared/rubric/", target(ROLE, "R2:"));
    }

    @Test
    void pathFromTheVaultRoot() {
        assertEquals("guides/checklist/", target(ROLE, "R3:"));
    }

    @Test
    void relativePathWithDotDot() {
        assertEquals("stages/phone-screen/", target(ROLE, "R4:"));
    }

    @Test
    void leadingSlashMeansTheVaultRoot() {
        assertEquals("roles/engineering/checklist/", target(ROLE, "R5:"));
        assertTrue(site.diagnostics("content/roles/engineering/Engineer.md").isEmpty(),
                () -> String.join("\n", site.diagnostics("content/roles/engineering/Engineer.md")));
    }
}
