package dev.handbook.markdown;

/** A heading of a note: its level (1–6), plain text and anchor id. */
public record Heading(int level, String text, String id) {
}
