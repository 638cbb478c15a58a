/**
 * Highlights: Obsidian's {@code ==text==} ({@link dev.handbook.markdown.highlight.HighlightExtension}) and the raw
 * {@code <mark style="background: #…">} tags Highlightr writes, read as marks of the site's palette
 * ({@link dev.handbook.markdown.highlight.HighlightrMarks}). It decides a mark's colour class; what a colour means
 * (a theme of questions) is the interview stage's to say.
 */
package dev.handbook.markdown.highlight;
