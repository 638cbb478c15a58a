/**
 * The links stage: resolves every wiki-link, embed and Markdown link the markdown stage recorded to a note,
 * heading, block or file the way Obsidian does, builds the link graph (backlinks, missing notes) and reports
 * each link that leads nowhere at its line. Markdown records links; links decides where they go, in a
 * {@link dev.handbook.markdown.LinkTable} it returns beside the graph (the parses are only read), and never draws
 * them.
 */
package dev.handbook.links;
