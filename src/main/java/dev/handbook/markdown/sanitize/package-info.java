/**
 * Sanitising: raw HTML in notes is kept to an allowlist of ordinary formatting (jsoup), Highlightr's coloured
 * marks become palette classes, and images from other servers follow the site's {@code remoteResources} policy.
 * It cleans and reports what the engine drew; it never resolves an address (the links stage's table says where
 * each one leads).
 */
package dev.handbook.markdown.sanitize;
