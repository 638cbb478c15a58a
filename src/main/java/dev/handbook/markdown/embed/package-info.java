/**
 * Note embeds: a paragraph that is only {@code ![[Note]]} becomes an {@link dev.handbook.markdown.embed.EmbedBlock},
 * drawn as the part of the other note the links stage resolved, within a budget per page and without cycles. It
 * draws what the links stage found; it never looks a note up itself.
 */
package dev.handbook.markdown.embed;
