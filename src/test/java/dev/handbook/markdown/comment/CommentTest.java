package dev.handbook.markdown.comment;

import static dev.handbook.markdown.ObsidianSite.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.markdown.ObsidianSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Obsidian comments {@code %% … %%}: gone from the page, kept in code; on the fixture note {@code syntax/Comments.md}. */
class CommentTest {

    private static final String PAGE = "syntax/comments/";
    private static ObsidianSite site;

    @BeforeAll
    static void build() {
        site = ObsidianSite.fixture();
    }

    @Test
    void inlineCommentIsRemoved() {
        assertEquals("K1: before after.", site.labelled(PAGE, "K1:").text());
    }

    @Test
    void multiLineCommentIsRemoved() {
        String text = site.body(PAGE).text();
        assertFalse(text.contains("block secret"), text);
        assertFalse(text.contains("spanning lines"), text);
        String outsideCode = text.replace("%%kept in code%%", "").replace("%%kept in fence%%", "");
        assertFalse(outsideCode.contains("%%"), "only the code keeps its %%: " + outsideCode);
    }

    @Test
    void codeSpanKeepsItsComment() {
        assertEquals("%%kept in code%%", site.labelled(PAGE, "K3:").selectFirst("code").text());
    }

    @Test
    void fencedCodeKeepsItsComment() {
        Element fence = site.body(PAGE).selectFirst("pre");
        assertNotNull(fence);
        assertEquals("K4: %%kept in fence%%", fence.text().trim());
    }

    @Test
    void indentedCodeKeepsItsCommentAndTheRestOfTheNote() {
        // A %% in an indented code block opened a comment that hid the rest of the note.
        String note = "Intro.\n\n    %% MATLAB cell\n    x = 1;\n\nImportant paragraph.\n";
        assertEquals(note, Comments.strip(note));
        String tabbed = "Intro.\n\n\t%% cell\n\n\tx = 1;\nAfter %%gone%%.\n";
        assertEquals("Intro.\n\n\t%% cell\n\n\tx = 1;\nAfter         .\n", Comments.strip(tabbed));
    }

    @Test
    void aCommentIndentedUnderAListItemOrAParagraphIsStillAComment() {
        // Four columns in continue a list item, or a paragraph with no blank line before: not code.
        assertEquals("- item\n\n    visible\n", Comments.strip("- item\n\n    %% secret %% visible\n"));
        assertEquals("1. item\n   more\n\n    visible\n",
                Comments.strip("1. item\n   more\n\n    %% secret %% visible\n"));
        assertEquals("Para\n    visible\n", Comments.strip("Para\n    %% secret %% visible\n"));
        assertEquals("- item\n\nPara\n\n    %% code\n", Comments.strip("- item\n\nPara\n\n    %% code\n"),
                "a paragraph after a blank line ends the list");
    }

    @Test
    void textAfterALeadingCommentIsAParagraphNotCode() {
        Element paragraph = site.labelled(PAGE, "K5:");
        assertEquals("p", paragraph.normalName(), paragraph::outerHtml);
        assertEquals(1, site.body(PAGE).select("pre").size(), "only the fenced block is code");
        assertFalse(site.body(PAGE).text().contains("leading secret"));
    }

    @Test
    void linkInsideACommentIsNoLink() {
        assertEquals("K6: see nothing.", site.labelled(PAGE, "K6:").text());
        assertTrue(site.diagnostics().stream().noneMatch(line -> line.contains("Secret Note")), site::transcript);
        assertFalse(site.page("missing-notes/").text().contains("Secret Note"));
    }

    @Test
    void linkAfterACommentStillWorks() {
        Element link = site.labelled(PAGE, "K7:").selectFirst("a");
        assertNotNull(link);
        assertEquals("stages/onsite-loop/", target(link));
    }

    @Test
    void commentDoesNotMoveTheLineOfLaterDiagnostics(@TempDir Path temp) {
        ObsidianSite small = ObsidianSite.build(temp, Map.of("content/A.md",
                "---\ntitle: A\n---\n%%\none\ntwo\n%%\nSee %%aside%% [[Gone]] here.\n"));
        assertEquals(1, small.diagnostics("content/A.md").size(), small::transcript);
        assertTrue(small.diagnostics("content/A.md").get(0).startsWith("content/A.md:8:15: warning:"),
                small::transcript);
    }
}
