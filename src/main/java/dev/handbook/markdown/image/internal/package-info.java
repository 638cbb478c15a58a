/** The attribute provider of {@link dev.handbook.markdown.image.ImageSizeExtension}; nothing outside it uses it. */
package dev.handbook.markdown.image.internal;
