/**
 * The command line ({@code init}, {@code build}, {@code check}, {@code serve}) with picocli: options, messages and
 * exit codes. The work itself is the build's, the preview's and init's; a command only calls it.
 */
package dev.handbook.cli;
