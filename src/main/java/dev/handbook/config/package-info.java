/**
 * The config stage: reads and validates {@code site.yml} (SnakeYAML) into one immutable {@link
 * dev.handbook.config.SiteConfig}, with defaults and paths relative to the file; a bad value is a usage error
 * with its line. It knows nothing of notes, and reads no file but the config and the brand files it names.
 */
package dev.handbook.config;
