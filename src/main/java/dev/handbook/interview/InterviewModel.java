package dev.handbook.interview;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handbook's interview model: roles, their competencies and loops, stages and every question.
 *
 * @param questions every question, merged across notes, sorted A–Z
 * @param byNote the roles, stages and competencies by the path of the note that declares them
 * @param listed the questions of a note's front matter {@code questions:} list, in its order, by the note's path
 */
public record InterviewModel(List<Role> roles, List<Stage> stages, List<Competency> competencies,
                             List<Question> questions, Map<String, Object> byNote,
                             Map<String, List<Question>> listed) {

    /** The roles whose loop includes the stage. */
    public List<Role> rolesOf(Stage stage) {
        return roles.stream().filter(role -> role.loop().stream().anyMatch(step -> step.stage() == stage)).toList();
    }

    /** The roles assessing the competency. */
    public List<Role> rolesOf(Competency competency) {
        return roles.stream().filter(role -> role.competencies().stream()
                .anyMatch(c -> c.key().equals(competency.key()))).toList();
    }

    /** The questions probing the competency. */
    public List<Question> questionsOf(Competency competency) {
        return questions.stream().filter(q -> q.competencies().stream()
                .anyMatch(name -> name.equalsIgnoreCase(competency.name()))).toList();
    }

    /** The stages whose notes ask the question, in stage order. */
    public List<Stage> stagesOf(Question question) {
        Set<String> paths = sourcePaths(question);
        return stages.stream().filter(stage -> asks(stage, question, paths)).toList();
    }

    // A stage asks the questions written in it and those it shows through an embed.
    private static boolean asks(Stage stage, Question question, Set<String> paths) {
        return paths.contains(stage.note().path()) || stage.questions().stream().anyMatch(asked -> asked == question);
    }

    /** The roles that ask the question: in a stage of their loop, or in the role's own note; in role order. */
    public List<Role> rolesOf(Question question) {
        Set<String> paths = sourcePaths(question);
        return roles.stream().filter(role -> paths.contains(role.note().path()) || role.asks(question)
                && role.loop().stream().anyMatch(step -> asks(step.stage(), question, paths))).toList();
    }

    private static Set<String> sourcePaths(Question question) {
        return question.sources().stream().map(source -> source.note().path()).collect(Collectors.toSet());
    }
}
