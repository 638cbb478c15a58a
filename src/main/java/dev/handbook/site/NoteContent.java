package dev.handbook.site;

import dev.handbook.links.Backlink;
import dev.handbook.markdown.Heading;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.PlainText;
import dev.handbook.vault.Note;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A note as the site sees it: rendered to HTML whose internal links start with the root token, its headings,
 * the opening of its text for the search index, the notes that link to it and all its tags (front matter and
 * inline). It keeps nothing of the syntax tree, so a big build can let each tree go once its note is drawn.
 *
 * @param text the note's text without markup, cut after {@link SearchIndex#bodyLimit} characters
 */
public record NoteContent(Note note, String html, String titleHtml, List<Heading> headings, String text,
                          List<Backlink> backlinks, List<String> tags) {

    /**
     * The content of a parsed note, given its HTML, its title as HTML when links are written in it (else null),
     * its backlinks and how much of its text to keep.
     */
    public static NoteContent of(ParsedNote parsed, String html, String titleHtml, List<Backlink> backlinks,
                                 int textLimit) {
        return new NoteContent(parsed.note(), html, titleHtml, parsed.headings(),
                PlainText.of(parsed.document(), textLimit), backlinks, tags(parsed));
    }

    /** A note's tags: those of its front matter first, then the inline #tags not already among them. */
    public static List<String> tags(ParsedNote parsed) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : parsed.note().tags()) {
            tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        for (String tag : parsed.inlineTags()) {
            tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return List.copyOf(tags.values());
    }
}
