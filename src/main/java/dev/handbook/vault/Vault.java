package dev.handbook.vault;

import java.util.List;

/**
 * Everything read from the content folder.
 *
 * @param notes the published notes, sorted by path
 * @param hidden drafts and unpublished notes left out of this build, sorted by path
 * @param assets the other files, sorted by path
 */
public record Vault(List<Note> notes, List<Note> hidden, List<Asset> assets) {
}
