package dev.handbook.links;

import dev.handbook.markdown.LinkTable;

/**
 * What the links stage returns: the link graph (backlinks, missing notes) and where each link goes (the table the
 * renderer draws with).
 */
public record ResolvedLinks(LinkGraph graph, LinkTable table) {
}
