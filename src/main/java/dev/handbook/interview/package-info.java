/**
 * The interview stage: the handbook's own domain read from parsed notes, namely roles, stages, competencies,
 * questions (with probes, guidance and example answers), scorecards and coverage. It reads notes and resolved
 * links, and returns the anchors it gives questions as data beside the model (the parses are only read); it never
 * draws pages or writes files.
 */
package dev.handbook.interview;
