/**
 * The render stage: draws each page of the site model with Pebble through the theme chain (the site's theme,
 * then the built-in default), autoescaping on. It decides nothing about which pages exist or what they hold.
 */
package dev.handbook.render;
