package dev.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import java.util.HashMap;
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
     * One note's entries. A node is named by where it stands in its note ({@link #at}), not held: a table that
     * held the nodes would keep every note's syntax tree alive to the end of a build, which a build that writes
     * lets go note by note (at 10,000 notes that was the difference between 768 MiB of heap and more).
     *
     * @param wikiLinks where each wiki-link goes, by its place
     * @param addresses the address each Markdown link or image leads to ({@link MarkdownEngine#MISSING_URL} for
     *                  nothing in the vault), by its place; a link left out keeps the address written
     * @param rawAddresses where each address written in the note's raw HTML leads, by the address as written
     */
    public record NoteLinks(Map<String, LinkResolution> wikiLinks, Map<String, String> addresses,
                            Map<String, String> rawAddresses) {

        /** Copies the maps. */
        public NoteLinks {
            wikiLinks = Map.copyOf(wikiLinks);
            addresses = Map.copyOf(addresses);
            rawAddresses = Map.copyOf(rawAddresses);
        }

        /** One note's entries from maps by node. */
        public static NoteLinks of(Map<WikiLink, LinkResolution> wikiLinks, Map<? extends Node, String> addresses,
                                   Map<String, String> rawAddresses) {
            Map<String, LinkResolution> links = new HashMap<>();
            wikiLinks.forEach((link, resolution) -> links.put(at(link), resolution));
            Map<String, String> urls = new HashMap<>();
            addresses.forEach((node, url) -> urls.put(at(node), url));
            return new NoteLinks(links, urls, rawAddresses);
        }
    }

    /** Where a node stands in its note: its offset and its kind, which no two nodes of one note share. */
    static String at(Node node) {
        return node.getStartOffset() + ":" + node.getEndOffset() + ":" + node.getClass().getSimpleName();
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
        return note == null ? null : note.wikiLinks().get(at(link));
    }

    /**
     * The address a Markdown link or image leads to in the site ({@link MarkdownEngine#MISSING_URL} for nothing in
     * the vault), or null when it keeps the address written (a web address, an anchor of the page itself).
     */
    public String address(Node link) {
        NoteLinks note = byNote.get(MarkdownEngine.notePath(link));
        return note == null ? null : note.addresses().get(at(link));
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
