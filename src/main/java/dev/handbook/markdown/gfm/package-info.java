/**
 * GitHub-flavoured tables and autolinks: flexmark's own extensions, asked only about the paragraphs and text that
 * could hold a table or an address, since asking every one costs a tenth and a third of all parsing. They must read
 * exactly what flexmark's extensions read (their property tests compare the two).
 */
package dev.handbook.markdown.gfm;
