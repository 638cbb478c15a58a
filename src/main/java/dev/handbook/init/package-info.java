/**
 * {@code handbook init}: turns a clone of the project into a team's own handbook, moving the Larkspur sample to
 * {@code examples/larkspur/} and writing a starter handbook. It moves what is in the way aside and never
 * deletes a file.
 */
package dev.handbook.init;
