/** The parser and renderer parts of {@link dev.handbook.markdown.highlight.HighlightExtension}; nothing outside it uses them. */
package dev.handbook.markdown.highlight.internal;
