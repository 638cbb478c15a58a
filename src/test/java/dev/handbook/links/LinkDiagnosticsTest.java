package dev.handbook.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link that goes nowhere is reported like a compiler error, at the file, line and column of the
 * link: a warning by default, an error (exit code 1, nothing written) with {@code --strict} or
 * {@code strict: true}.
 */
class LinkDiagnosticsTest {

    private static final String NOTE = "---\ntitle: A\n---\nFirst line.\nSee [[Nowhere]] here.\n";

    @Test
    void unresolvedLinkIsAWarningAtItsLineAndColumn(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/A.md", NOTE));
        assertEquals(0, site.exitCode(), site::transcript);
        List<String> lines = site.diagnostics("content/A.md");
        assertEquals(1, lines.size(), site::transcript);
        assertTrue(lines.get(0).startsWith("content/A.md:5:5: warning: "), lines.get(0));
        assertTrue(lines.get(0).contains("[[Nowhere]]"), lines.get(0));
    }

    @Test
    void aLinkATypoAwayFromANoteOrItsTitleSaysWhichNoteItProbablyMeant(@TempDir Path temp) {
        // "[[Values & Collaboration]]" is the title shown everywhere, but links name files; nothing said so.
        ObsidianSite site = ObsidianSite.build(temp, Map.of(
                "content/Values and Collaboration.md", "# Values & Collaboration\n",
                "content/Communication.md", "# Communication\n",
                "content/role.md", "---\ntype: role\ncompetencies:\n  - \"[[Communication]]\"\n  - \"[[Comunication]]\"\n"
                        + "loop:\n  - stage: \"[[Communication]]\"\n  - stage: \"[[Comunication]]\"\n---\n# Role\n",
                "content/A.md", "[[Values & Collaboration]], [[comunication|talk]] and [[Zebra crossing]].\n"));
        List<String> lines = site.diagnostics("content/A.md");
        assertEquals(List.of(
                "content/A.md:1:1: warning: unresolved link [[Values & Collaboration]]: no note called 'Values &"
                        + " Collaboration'; did you mean [[Values and Collaboration]]? Otherwise create it",
                "content/A.md:1:29: warning: unresolved link [[comunication|talk]]: no note called 'comunication';"
                        + " did you mean [[Communication]]? Otherwise create it",
                "content/A.md:1:55: warning: unresolved link [[Zebra crossing]]: no note called 'Zebra crossing';"
                        + " create it, or fix the name"), lines);
        // Each at the line of its own entry, not at the list's key.
        List<String> role = site.diagnostics("content/role.md");
        assertTrue(role.contains("content/role.md:8:1: warning: loop stage '[[Comunication]]' names no note; did"
                + " you mean [[Communication]]? Otherwise create the stage note or fix the name"), role::toString);
        assertTrue(role.contains("content/role.md:5:1: warning: competency [[Comunication]] names no note; did you"
                + " mean [[Communication]]? Otherwise create it or write a plain name"), role::toString);
        assertTrue(role.stream().noneMatch(line -> line.contains("#comunication")),
                "no second warning to tag questions with the misspelt name: " + role);
        // The stage vanished from the role page without a word; the page now says what is missing.
        assertEquals("Not in the loop yet: Comunication. No stage note has that name, so it has no questions or"
                + " scorecard here; the build's warnings say where.", site.page("role/").selectFirst(".loop-gap").text());
    }

    @Test
    void strictOptionTurnsLinkWarningsIntoErrors(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/A.md", NOTE), "--strict");
        assertEquals(1, site.exitCode(), site::transcript);
        assertTrue(site.diagnostics("content/A.md").get(0).startsWith("content/A.md:5:5: error: "), site::transcript);
        assertFalse(site.exists("a/index.html"), "a failed build writes nothing");
    }

    @Test
    void strictInSiteYmlTurnsLinkWarningsIntoErrors(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/A.md", NOTE,
                "site.yml", "title: Strict\nstrict: true\n"));
        assertEquals(1, site.exitCode(), site::transcript);
        assertTrue(site.diagnostics("content/A.md").get(0).contains(": error: "), site::transcript);
    }

    @Test
    void strictBuildWithGoodLinksSucceeds(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nSee [[B#Part]] and [[B#^blk]].\n",
                "content/B.md", "---\ntitle: B\n---\n## Part\n\nText. ^blk\n"), "--strict");
        assertEquals(0, site.exitCode(), site::transcript);
    }

    @Test
    void missingHeadingAndBlockAreErrorsUnderStrict(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nSee [[B#Nope]]\nand [[B#^nope]].\n",
                "content/B.md", "---\ntitle: B\n---\n## Part\n"), "--strict");
        assertEquals(1, site.exitCode(), site::transcript);
        List<String> lines = site.diagnostics("content/A.md");
        assertEquals(2, lines.size(), site::transcript);
        assertTrue(lines.get(0).startsWith("content/A.md:4:5: error: ") && lines.get(0).contains("Nope"), lines.get(0));
        assertTrue(lines.get(1).startsWith("content/A.md:5:5: error: ") && lines.get(1).contains("^nope"), lines.get(1));
    }

    @Test
    void ambiguousNameIsAnErrorUnderStrict(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nSee [[Tips]].\n",
                "content/x/Tips.md", "---\ntitle: X Tips\n---\nx\n",
                "content/y/Tips.md", "---\ntitle: Y Tips\n---\ny\n"), "--strict");
        assertEquals(1, site.exitCode(), site::transcript);
        assertTrue(site.diagnostics("content/A.md").get(0).startsWith("content/A.md:4:5: error: "), site::transcript);
    }

    @Test
    void columnOfALinkInATableCell(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n| a | b |\n| --- | --- |\n| x | [[Gone\\|gone]] |\n"));
        assertTrue(site.diagnostics("content/A.md").get(0).startsWith("content/A.md:6:7: warning: "),
                site::transcript);
    }

    @Test
    void missingAttachmentIsDiagnosed(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n![[absent.png]] and [[absent.pdf]]\n"));
        List<String> lines = site.diagnostics("content/A.md");
        assertEquals(2, lines.size(), site::transcript);
        assertTrue(lines.get(0).startsWith("content/A.md:4:1: warning: ") && lines.get(0).contains("absent.png"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("content/A.md:4:21: warning: ") && lines.get(1).contains("absent.pdf"),
                lines.get(1));
    }

    @Test
    void linkToADraftIsDiagnosedButNotListedAsMissing(@TempDir Path temp) {
        ObsidianSite site = ObsidianSite.build(temp, Map.of(
                "content/A.md", "---\ntitle: A\n---\nSee [[Secret Plan]].\n",
                "content/Secret Plan.md", "---\ntitle: Secret Plan\ndraft: true\n---\nNot yet.\n"));
        assertEquals(0, site.exitCode(), site::transcript);
        assertTrue(site.diagnostics("content/A.md").get(0).contains("draft"), site::transcript);
        assertFalse(site.page("missing-notes/").text().contains("Secret Plan"));
        assertTrue(site.body("a/").select("a").isEmpty(), "no dead link to the unpublished page");
    }
}
