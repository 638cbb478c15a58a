package dev.handbook.interview;

import dev.handbook.vault.Note;
import java.util.List;
import java.util.Map;

/**
 * A role being hired for, as a scorecard describes it: mission, outcomes, competencies and the loop.
 *
 * @param scale the label of each score, lowest first
 * @param coverage the number of loop questions probing each competency, by competency key
 * @param unwritten the loop's stages that name no note, as written with their duration ("Panel (60m)"): not in
 *     {@code loop}, so that the page can say what is missing rather than drop it silently
 */
public record Role(Note note, String mission, List<String> outcomes, List<Competency> competencies,
                   List<String> scale, List<LoopStep> loop, Map<String, Integer> coverage, List<String> unwritten) {

    /** The role's name. */
    public String name() {
        return note.title();
    }

    /** Every question asked in the loop, in loop order, each once. */
    public List<Question> questions() {
        return loop.stream().flatMap(step -> questionsAt(step).stream()).distinct().toList();
    }

    /**
     * The questions of a stage in this role's loop that the role asks: all of them but those that probe only
     * competencies the role does not assess, such as a stage's "for managers" question tagged
     * #people-leadership, which stays off an engineer's page and scorecard.
     */
    public List<Question> questionsAt(LoopStep step) {
        return step.stage().questions().stream().filter(this::asks).toList();
    }

    /** False for a question that probes only competencies this role does not assess. */
    public boolean asks(Question question) {
        return question.competencies().isEmpty() || competencies.isEmpty() || question.competencies().stream()
                .anyMatch(name -> competencies.stream().anyMatch(c -> c.name().equalsIgnoreCase(name)));
    }
}
