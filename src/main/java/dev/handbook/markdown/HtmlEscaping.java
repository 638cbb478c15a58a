package dev.handbook.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Escapes text for HTML in one pass, returning the text itself when nothing needs escaping: the escaping
 * flexmark gives plain text and Pebble's autoescape gives every value, made cheaper because a big handbook
 * escapes millions of short strings (titles and addresses in every sidebar).
 */
public final class HtmlEscaping {

    private HtmlEscaping() {
    }

    /**
     * The text escaped as flexmark's renderers escape what they write: {@code < > " &} as entities, but an entity
     * already written ({@code &amp;}, {@code &#39;}) kept as it is; null as the empty text.
     */
    public static String escapeKeepingEntities(String text) {
        return Escaping.escapeHtml(text == null ? "" : text, true);
    }

    /**
     * The text with {@code < > " &} written as entities, and {@code '} as {@code &#39;} when asked: flexmark
     * leaves apostrophes alone, Pebble's autoescape (unbescape's {@code escapeHtml4Xml}) does not.
     */
    public static String escape(String text, boolean apostrophe) {
        StringBuilder escaped = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '&' -> "&amp;";
                case '\'' -> apostrophe ? "&#39;" : null;
                default -> null;
            };
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, copied, i).append(entity);
                copied = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
    }
}
