package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

/** A node's text as a reader sees it: links as the text they show, markup left out. */
class PlainTextTest {

    private static String plain(String markdown) {
        ParsedNote parsed = new MarkdownEngine(InMemoryVault.config())
                .parse(InMemoryVault.note("Text.md", markdown), new Diagnostics());
        return PlainText.of(parsed.document());
    }

    @Test
    void linksTagsAndEntitiesReadAsTheTextTheyShow() {
        assertEquals("See Rubric > Levels and #hiring for the <role>.",
                plain("See [[Rubric#Levels]] and #hiring for the &lt;role&gt;.\n"));
    }

    @Test
    void anAddressInAngleBracketsReadsAsTheAddress() {
        assertEquals("Write to jobs@example.com or see https://example.com.",
                plain("Write to <jobs@example.com> or see <https://example.com>.\n"));
    }

    @Test
    void anImageReadsAsItsDescriptionWithoutItsSize() {
        assertEquals("The loop: Loop", plain("The loop: ![Loop|300](loop.png)\n"));
    }

    @Test
    void aCalloutsMarkerAndATablesRuleAreNotText() {
        assertEquals("Before the loop Read the kit. Stage Note Screen First", plain(
                "> [!tip]- Before the loop\n> Read the kit.\n\n| Stage | Note |\n| --- | --- |\n| Screen | First |\n"));
    }

    @Test
    void theOpeningIsCutAtTheLimitWithoutHalvingAnEmoji() {
        assertEquals("ab", PlainText.of(new MarkdownEngine(InMemoryVault.config())
                .parse(InMemoryVault.note("Text.md", "ab\uD83D\uDE00cd\n"), new Diagnostics()).document(), 3));
    }
}
