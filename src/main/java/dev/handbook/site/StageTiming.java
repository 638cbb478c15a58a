package dev.handbook.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time plan a stage sheet prints: a fixed intro and close, and the minutes left between them shared evenly
 * among the stage's questions.
 *
 * @param minutes the stage's length in minutes
 * @param intro the minutes for the opening (introductions, the plan of the interview)
 * @param close the minutes for the close (the candidate's questions, next steps)
 * @param perQuestion the minutes each question block gets, rounded down
 */
public record StageTiming(int minutes, int intro, int close, int perQuestion) {

    /** The minutes an intro and a close each take: five, or a sixth of a stage shorter than half an hour. */
    static final int OPENING = 5;

    // "45m", "45 min", "45 minutes", "1h", "1 hour 30 min", "1h30", "90": hours, then minutes.
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,2})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,3})\\s*(?:m|mins?|minutes?)?)?");

    /**
     * The plan for a stage of a written duration and a number of questions; null when the duration is not one
     * this reads, or leaves less than a minute per question.
     */
    public static StageTiming of(String duration, int questions) {
        int minutes = minutes(duration);
        if (minutes <= 0 || questions <= 0) {
            return null;
        }
        int opening = Math.min(OPENING, minutes / 6);
        int perQuestion = (minutes - 2 * opening) / questions;
        return perQuestion < 1 ? null : new StageTiming(minutes, opening, opening, perQuestion);
    }

    /** The minutes a written duration stands for, or 0 when it is not one this reads. */
    static int minutes(String duration) {
        if (duration == null) {
            return 0;
        }
        Matcher m = DURATION.matcher(duration.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            return 0;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hours * 60 + minutes;
    }
}
