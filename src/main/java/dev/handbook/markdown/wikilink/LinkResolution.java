package dev.handbook.markdown.wikilink;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * Where a wiki-link goes, decided by the links stage.
 *
 * @param href the address, starting with {@link dev.handbook.markdown.MarkdownEngine#ROOT_TOKEN} or {@code #};
 *             null when unresolved
 * @param kind what the link points at
 * @param title the title of the note linked to, or the file name of an attachment
 * @param embedded the nodes an embed shows (a whole note, a section or a block); empty for other links
 * @param embedSource the note an embed comes from, for the embed's heading and cycle checks
 */
public record LinkResolution(String href, Kind kind, String title, List<Node> embedded, String embedSource) {

    /** What a link points at. */
    public enum Kind { NOTE, ASSET, IMAGE, MISSING }

    /** A link to nothing: rendered as visibly unresolved text. */
    public static LinkResolution missing() {
        return new LinkResolution(null, Kind.MISSING, null, List.of(), null);
    }
}
