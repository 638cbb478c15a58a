package dev.handbook.interview;

import dev.handbook.vault.Note;
import java.util.List;

/**
 * One interview of the loop (a screen, a deep-dive, a debrief) with its interviewer's kit.
 *
 * @param questions the stage's questions in the order its note asks them
 * @param recommendations the choices its scorecard sheets offer ("Continue", "Stop" for a screen), or empty
 *     for the site's
 * @param lines the ruled lines its sheet gives each question ({@code lines:}), or 0 to let the sheet share its
 *     page
 */
public record Stage(Note note, String duration, List<String> interviewers, String purpose,
                    List<Competency> competencies, List<Question> questions, List<String> recommendations,
                    int lines) {

    /** The most ruled lines a stage may ask for per question: more could never fit one page. */
    public static final int MAX_LINES = 20;

    /** The stage's name. */
    public String name() {
        return note.title();
    }
}
