/**
 * The markdown stage: {@link dev.handbook.markdown.MarkdownEngine} parses each note into a
 * {@link dev.handbook.markdown.ParsedNote} and draws it as safe HTML, with one feature of Obsidian's syntax per
 * sub-package, each a flexmark extension with its internals beside it. The helpers every feature shares sit here
 * (plain text, tree walks, escaping). A parse is final once made. Markdown never resolves a link; it records it,
 * and draws it where the links stage's {@link dev.handbook.markdown.LinkTable} says it goes, with the interview
 * stage's {@link dev.handbook.markdown.QuestionAnchors} (see {@link dev.handbook.markdown.NoteRenderer}).
 */
package dev.handbook.markdown;
