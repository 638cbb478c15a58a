/**
 * Bounds on what one note may cost to read: a note nested deeper than the engine allows is found from its lines
 * before flexmark parses it ({@link dev.handbook.markdown.limits.NestingScan}), and a paragraph of thousands of raw
 * tags is read as plain text ({@link dev.handbook.markdown.limits.LimitsExtension}). It only refuses or simplifies
 * input; the engine reports each case where it happens.
 */
package dev.handbook.markdown.limits;
