package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The bounded edit distance behind "did you mean" agrees with the plain one wherever the bound allows. */
class SuggestionsProperties {

    // A small alphabet, so that the strings share letters and their distances vary.
    @Property(tries = 2000)
    void theBoundedDistanceIsThePlainOneCappedJustAboveTheBound(
            @ForAll @StringLength(max = 14) @CharRange(from = 'a', to = 'd') String a,
            @ForAll @StringLength(max = 14) @CharRange(from = 'a', to = 'd') String b,
            @ForAll @IntRange(min = 0, max = 8) int max) {
        assertEquals(Math.min(levenshtein(a, b), max + 1), Suggestions.distance(a, b, max),
                () -> a + " / " + b + " within " + max);
        assertEquals(levenshtein(a, b), Suggestions.distance(a, b, Integer.MAX_VALUE - 1), "unbounded");
    }

    // The textbook full table, written independently of the code under test.
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
