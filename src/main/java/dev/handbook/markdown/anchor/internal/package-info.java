/** The attribute provider of {@link dev.handbook.markdown.anchor.AnchorExtension}; nothing outside it uses it. */
package dev.handbook.markdown.anchor.internal;
