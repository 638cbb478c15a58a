/**
 * Inline tags ({@code #hiring}, {@code #nested/tag}) written in a note's body, and where each tag's page lives
 * ({@link dev.handbook.markdown.tag.TagPaths}). It records the tags a note holds; the site stage makes their pages.
 */
package dev.handbook.markdown.tag;
