package dev.handbook.config;

import java.util.Collection;
import java.util.Locale;

/** Finds the known word nearest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest by edit distance, or null when none is close enough to be a typo. */
    public static String nearest(String word, Collection<String> candidates) {
        String best = null;
        String lower = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, word.length() / 3);
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            // Only a closer candidate matters, so the count stops as soon as it cannot be one.
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Levenshtein distance when it is at most max, else max + 1. Only the cells within max of the diagonal can
    // stay within max, and once a whole row is over it the rest can only grow: a vault's thousands of names
    // are mostly given up on after a few characters.
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = (int) Math.min(b.length(), (long) i + max);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < b.length()) {
                current[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], over);
    }
}
