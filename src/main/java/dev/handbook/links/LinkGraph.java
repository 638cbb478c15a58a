package dev.handbook.links;

import java.util.List;
import java.util.Map;

/**
 * Who links to whom once every link is resolved.
 *
 * @param backlinks by note path: the notes linking to it, each once, in path order
 * @param missing the link targets that name no note, by name
 */
public record LinkGraph(Map<String, List<Backlink>> backlinks, List<MissingNote> missing) {

    /** The notes linking to the note at a path. */
    public List<Backlink> backlinksOf(String path) {
        return backlinks.getOrDefault(path, List.of());
    }
}
