/**
 * Anchors: the ids headings get (as Obsidian heading links are written, numbered when repeated, or named with
 * {@code {#id}}) and the blocks that {@code ^block-id}s name. It makes and draws ids; finding the heading or
 * block a link's anchor names is the links stage's work.
 */
package dev.handbook.markdown.anchor;
