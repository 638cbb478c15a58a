package dev.handbook.markdown.wikilink;

/**
 * Reads Obsidian's {@code [[target#anchor|display]]} and {@code ![[…]]} in Obsidian's order (target first), with
 * {@code \|} accepted as the separator so links work inside table cells: for the inline parser, and for the
 * front-matter values that name a note as a link ({@code loop: ["[[Phone Screen]]"]}).
 */
public final class WikiLinkSyntax {

    private WikiLinkSyntax() {
    }

    /**
     * A wiki-link as written.
     *
     * @param embed true for {@code ![[…]]}
     * @param target the note or file named, trimmed; empty for {@code [[#Heading]]}
     * @param anchor what follows the first {@code #}, trimmed; empty if none
     * @param display the text after the separator, trimmed, or null when there is none
     * @param end the index just after the closing {@code ]]}
     */
    public record Parts(boolean embed, String target, String anchor, String display, int end) {
    }

    /**
     * The wiki-link that starts at {@code start}, or null: it ends at the first {@code ]]} of its line, holds no
     * {@code [}, and names a target or an anchor.
     */
    public static Parts at(CharSequence input, int start) {
        boolean embed = input.charAt(start) == '!';
        int open = embed ? start + 1 : start;
        if (open + 1 >= input.length() || input.charAt(open) != '[' || input.charAt(open + 1) != '[') {
            return null;
        }
        int close = -1;
        for (int i = open + 2; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '[') {
                return null;
            }
            if (c == ']') {
                if (input.charAt(i + 1) == ']') {
                    close = i;
                }
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        String inner = input.subSequence(open + 2, close).toString();
        String display = null;
        int pipe = inner.indexOf("\\|");
        int pipeLength = 2;
        if (pipe < 0) {
            pipe = inner.indexOf('|');
            pipeLength = 1;
        }
        if (pipe >= 0) {
            display = inner.substring(pipe + pipeLength).trim();
            inner = inner.substring(0, pipe);
        }
        int hash = inner.indexOf('#');
        String target = (hash < 0 ? inner : inner.substring(0, hash)).trim();
        String anchor = hash < 0 ? "" : inner.substring(hash + 1).trim();
        if (target.isEmpty() && anchor.isEmpty()) {
            return null;
        }
        return new Parts(embed, target, anchor, display, close + 2);
    }

    /** The wiki-link a whole value is, white space around it allowed ({@code " [[Phone Screen]] "}), or null. */
    public static Parts whole(String value) {
        String stripped = value.strip();
        Parts link = stripped.isEmpty() ? null : at(stripped, 0);
        return link != null && link.end() == stripped.length() ? link : null;
    }
}
