/**
 * Runs the pipeline once for a loaded config, stage after timed stage (vault, markdown, links, interview, site,
 * render, output), into a {@link dev.handbook.build.BuildResult}. Each stage's work stays in its own package;
 * the build orders the stages and decides from the diagnostics whether the site is written.
 */
package dev.handbook.build;
