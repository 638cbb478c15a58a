package dev.handbook.interview;

import dev.handbook.markdown.QuestionAnchors;

/**
 * What the interview stage returns: the interview model, and the anchor it gave each question in the note it was
 * found in, which the renderer draws as the question's id (the parses are left as they were).
 */
public record Interview(InterviewModel model, QuestionAnchors questionAnchors) {
}
