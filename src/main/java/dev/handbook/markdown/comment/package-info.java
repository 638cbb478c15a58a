/**
 * Obsidian comments ({@code %% … %%}): blanked out of a note's text before flexmark reads it, every line break
 * kept so positions still point at the right line. It is a pass over the text, not a flexmark extension, because
 * a comment may run across blocks; it never changes what is outside a comment.
 */
package dev.handbook.markdown.comment;
