package dev.handbook.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sample's site.yml, moved two folders down, reads its notes, themes and output from the right places. */
class LarkspurSampleTest {

    @Test
    void pathsAreRewrittenInPlaceAndMissingOnesAddedBesideThem() {
        String moved = LarkspurSample.relocated("""
                # The sample
                title: Larkspur
                content: content   # the notes
                output: target/handbook
                scorecard:
                  paper: A4
                """);
        assertEquals("""
                # The sample
                title: Larkspur
                content: content
                output: ../../target/larkspur
                themes: ../../themes
                scorecard:
                  paper: A4
                """, moved);
    }

    @Test
    void aConfigWithNoPathsGetsThemAtTheTopNeverInANestedBlock() {
        assertEquals("""
                ---
                content: content
                output: ../../target/larkspur
                themes: ../../themes
                title: Larkspur
                scorecard:
                  output: kept
                """, LarkspurSample.relocated("---\ntitle: Larkspur\nscorecard:\n  output: kept\n"));
    }
}
