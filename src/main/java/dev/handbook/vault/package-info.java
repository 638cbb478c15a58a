/**
 * The vault stage: walks {@code content/}, splits and normalises each note's front matter (YAML or TOML, every
 * dialect) into one {@link dev.handbook.vault.Note} record, skips hidden folders and drafts, and lists the
 * attachments. It never parses a note's Markdown beyond the opening heading that may title it, and never
 * follows a link out of the content folder.
 */
package dev.handbook.vault;
