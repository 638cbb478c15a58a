/** The parser and renderer parts of {@link dev.handbook.markdown.wikilink.WikiLinkExtension}; nothing outside it uses them. */
package dev.handbook.markdown.wikilink.internal;
