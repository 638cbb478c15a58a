/**
 * Wiki-links and embeds as written ({@code [[Note#Heading|text]]}, {@code ![[Note]]}): their syntax, their node, and
 * how they are drawn once resolved. Markdown never resolves a link; it records it, and the links stage sets each
 * link's {@link dev.handbook.markdown.wikilink.LinkResolution}.
 */
package dev.handbook.markdown.wikilink;
