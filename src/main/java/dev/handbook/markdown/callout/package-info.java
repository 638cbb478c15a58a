/**
 * Callouts ({@code > [!tip] Title}): drawn from the quotes flexmark parses, and their {@code [!type]} marker kept out
 * of a note's plain text. It only draws and reads what was written; which callouts hold questions is the interview
 * stage's to say.
 */
package dev.handbook.markdown.callout;
