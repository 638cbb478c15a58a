package dev.handbook.pipeline;

/**
 * What a build did.
 *
 * @param pages how many HTML pages the site has
 * @param files how many files the site has in all
 * @param written true when the site was written to the output folder
 */
public record BuildResult(int pages, int files, boolean written) {
}
