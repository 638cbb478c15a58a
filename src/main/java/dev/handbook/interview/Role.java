package dev.handbook.interview;

import dev.handbook.vault.Note;
import java.util.List;
import java.util.Map;

/**
 * A role being hired for, as a scorecard describes it: mission, outcomes, competencies and the loop.
 *
 * @param scale the label of each score, lowest first
 * @param coverage the number of loop questions probing each competency, by competency key
 */
public record Role(Note note, String mission, List<String> outcomes, List<Competency> competencies,
                   List<String> scale, List<LoopStep> loop, Map<String, Integer> coverage) {

    /** The role's name. */
    public String name() {
        return note.title();
    }

    /** Every question asked in the loop, in loop order, each once. */
    public List<Question> questions() {
        return loop.stream().flatMap(step -> step.stage().questions().stream()).distinct().toList();
    }
}
