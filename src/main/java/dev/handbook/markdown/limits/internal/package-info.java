/** The parser and renderer parts of {@link dev.handbook.markdown.limits.LimitsExtension}; nothing outside it uses them. */
package dev.handbook.markdown.limits.internal;
