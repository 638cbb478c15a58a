/**
 * The output stage: writes the drawn site into a staging folder and swaps it in whole, only when the build
 * succeeded; makes the scorecard PDFs, the sitemap and the question export, and crawls the result for broken
 * links. It writes what the earlier stages made and changes none of it.
 */
package dev.handbook.output;
