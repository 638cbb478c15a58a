/**
 * The local preview beside the pipeline: server, source watcher, live reload and the quick render of an edited
 * note. It runs the same build in memory and never touches the output folder; it answers loopback requests only.
 */
package dev.handbook.serve;
