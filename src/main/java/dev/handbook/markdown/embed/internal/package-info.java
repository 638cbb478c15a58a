/** The renderer of {@link dev.handbook.markdown.embed.EmbedExtension} and its per-page state; nothing outside the embed package uses it. */
package dev.handbook.markdown.embed.internal;
