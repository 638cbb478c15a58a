/**
 * Obsidian's image sizes ({@code |300}, {@code |300x200}) on Markdown images and image embeds: read by
 * {@link dev.handbook.markdown.image.ImageSizes} and drawn as the image's width and height. It never decides
 * which file an image shows; the links stage does.
 */
package dev.handbook.markdown.image;
