package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the links stage found each link of every note to go, by the note's path: each wiki-link's
 * {@link LinkResolution} and each Markdown link's or image's address, by node identity, and the addresses written
 * in the note's raw HTML, by the address as written. The parse is left as it was made; the renderer reads this.
 */
public final class LinkTable {

    /** A table that resolves nothing: every wiki-link draws as unresolved, every Markdown link as written. */
    public static final LinkTable EMPTY = new LinkTable(Map.of());

    // The table a renderer draws with, among its options (see MarkdownEngine#renderer).
    static final DataKey<LinkTable> KEY = new DataKey<>("HANDBOOK_LINK_TABLE", EMPTY);

    /**
     * One note's entries.
     *
     * @param wikiLinks where each wiki-link goes, by node identity
     * @param addresses the address each Markdown link or image leads to ({@link MarkdownEngine#MISSING_URL} for
     *                  nothing in the vault), by node identity; a link left out keeps the address written
     * @param rawAddresses where each address written in the note's raw HTML leads, by the address as written
     */
    public record NoteLinks(Map<WikiLink, LinkResolution> wikiLinks, Map<Node, String> addresses,
                            Map<String, String> rawAddresses) {

        /** Copies the maps, keeping nodes by identity. */
        public NoteLinks {
            wikiLinks = Collections.unmodifiableMap(new IdentityHashMap<>(wikiLinks));
            addresses = Collections.unmodifiableMap(new IdentityHashMap<>(addresses));
            rawAddresses = Map.copyOf(rawAddresses);
        }
    }

    private final Map<String, NoteLinks> byNote;

    /** A table of these notes' entries, by note path. */
    public LinkTable(Map<String, NoteLinks> byNote) {
        this.byNote = Map.copyOf(byNote);
    }

    /** The table a renderer was built with, from its options. */
    public static LinkTable in(DataHolder options) {
        return KEY.get(options);
    }

    /** Where a wiki-link goes, or null when the links stage did not resolve it. */
    public LinkResolution resolution(WikiLink link) {
        NoteLinks note = byNote.get(MarkdownEngine.notePath(link));
        return note == null ? null : note.wikiLinks().get(link);
    }

    /**
     * The address a Markdown link or image leads to in the site ({@link MarkdownEngine#MISSING_URL} for nothing in
     * the vault), or null when it keeps the address written (a web address, an anchor of the page itself).
     */
    public String address(Node link) {
        NoteLinks note = byNote.get(MarkdownEngine.notePath(link));
        return note == null ? null : note.addresses().get(link);
    }

    /** Where the addresses written in a note's raw HTML lead, by the address as written. */
    public Map<String, String> rawAddresses(String notePath) {
        NoteLinks note = byNote.get(notePath);
        return note == null ? Map.of() : note.rawAddresses();
    }

    /** A new table: this one's notes, with those {@code changed} holds in their place. */
    public LinkTable replacing(LinkTable changed) {
        Map<String, NoteLinks> merged = new HashMap<>(byNote);
        merged.putAll(changed.byNote);
        return new LinkTable(merged);
    }
}
