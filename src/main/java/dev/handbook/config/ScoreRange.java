package dev.handbook.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scale of scores written as a range ({@code scale: 0-4}, {@code 1-5}) rather than as one label per score. */
public final class ScoreRange {

    /** The most scores a range may give: a sheet has a box per score. */
    public static final int MAX_SCORES = 11;

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})\\s*(?:-|–|—|\\.\\.|to)\\s*(\\d{1,2})\\s*");

    private ScoreRange() {
    }

    /**
     * The scores of a range, lowest first, as their labels ("0-4" gives 0, 1, 2, 3, 4); null when the text is
     * not a range, or one of more than {@link #MAX_SCORES} scores.
     */
    public static List<String> labels(String text) {
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            return null;
        }
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (to <= from || to - from + 1 > MAX_SCORES) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (int score = from; score <= to; score++) {
            labels.add(Integer.toString(score));
        }
        return List.copyOf(labels);
    }
}
