package dev.handbook.interview;

import java.util.List;

/**
 * An interview question found in the notes, with everything an interviewer needs to ask it well.
 *
 * @param id a stable id made from the question's words, the same from build to build
 * @param text the question as written (the first variant when it has several)
 * @param variants other ways the note words the same question ({@code A?/B?}); empty when none
 * @param probes follow-up questions nested under it
 * @param exampleAnswer an example answer (STAR items) kept with it, as label and text; empty when none
 * @param lookFor the "Look for:" guidance, or empty
 * @param section the heading it sits under, or empty
 * @param themes the palette names of the marks in it
 * @param competencies the competencies it probes, by name
 * @param sources every place the question appears
 */
public record Question(String id, String text, List<String> variants, List<String> probes,
                       List<AnswerPart> exampleAnswer, String lookFor, String section, List<String> themes,
                       List<String> competencies, List<QuestionSource> sources) {

    /** One labelled part of an example answer: Situation, Task, Action, Result... */
    public record AnswerPart(String label, String text) {
    }

    /** The first place the question appears. */
    public QuestionSource source() {
        return sources.get(0);
    }
}
