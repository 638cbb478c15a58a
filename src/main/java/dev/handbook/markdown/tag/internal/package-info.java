/** The parser and renderer parts of {@link dev.handbook.markdown.tag.TagExtension}; nothing outside it uses them. */
package dev.handbook.markdown.tag.internal;
