/**
 * Wiki-links and embeds as written ({@code [[Note#Heading|text]]}, {@code ![[Note]]}): their syntax, their node, and
 * how they are drawn once resolved. Markdown never resolves a link; it records it, and the links stage decides each
 * link's {@link dev.handbook.markdown.wikilink.LinkResolution} in its {@link dev.handbook.markdown.LinkTable}.
 */
package dev.handbook.markdown.wikilink;
