/**
 * Runs the pipeline: {@link dev.handbook.pipeline.Pipeline} takes a {@link dev.handbook.pipeline.BuildRequest}
 * (write, check or preview) through the stages in order, each timed (vault, markdown, links, interview, site,
 * render, output), and decides from the diagnostics whether the site is written. Each stage's work stays in its
 * own package; this one orders the stages, runs them on the build's workers and keeps the preview's
 * {@link dev.handbook.pipeline.StageCache}. It never parses, resolves or draws anything itself.
 */
package dev.handbook.pipeline;
