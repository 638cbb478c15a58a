package dev.handbook.interview;

/** One stage of a role's loop, with the time the role gives it. */
public record LoopStep(Stage stage, String duration) {
}
