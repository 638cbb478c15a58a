package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.markdown.anchor.AnchorExtension;
import dev.handbook.markdown.anchor.BlockIds;
import dev.handbook.markdown.anchor.HeadingIds;
import dev.handbook.markdown.callout.CalloutExtension;
import dev.handbook.markdown.comment.Comments;
import dev.handbook.markdown.embed.EmbedBlock;
import dev.handbook.markdown.embed.EmbedExtension;
import dev.handbook.markdown.embed.Embeds;
import dev.handbook.markdown.gfm.QuickAutolinks;
import dev.handbook.markdown.gfm.QuickTables;
import dev.handbook.markdown.highlight.HighlightExtension;
import dev.handbook.markdown.image.ImageSizeExtension;
import dev.handbook.markdown.limits.LimitsExtension;
import dev.handbook.markdown.limits.NestingScan;
import dev.handbook.markdown.limits.TextParagraph;
import dev.handbook.markdown.sanitize.HtmlSanitizer;
import dev.handbook.markdown.tag.InlineTag;
import dev.handbook.markdown.tag.TagExtension;
import dev.handbook.markdown.wikilink.WikiLink;
import dev.handbook.markdown.wikilink.WikiLinkExtension;
import dev.handbook.vault.Note;
import dev.handbook.vault.VaultLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one configured flexmark parser, shared by all threads, and the renderers made from its options: CommonMark plus GFM tables,
 * strikethrough, task lists, autolinks and footnotes, and the handbook's own extensions (highlights, image
 * sizes, wiki-links, tags, embeds, callouts, anchors), with stable heading ids. It parses a note into a
 * {@link ParsedNote}, final once made, and draws it with the tables later stages return ({@link #renderer}); it
 * records links and never resolves them.
 */
public final class MarkdownEngine {

    /** Internal links are written with this prefix; each page swaps it for its own way back to the root. */
    public static final String ROOT_TOKEN = "__HBROOT__/";

    /** The address the links stage gives a Markdown link to no note or file: it is drawn as text, not a link. */
    public static final String MISSING_URL = "__HBMISSING__";

    /** What the text shown for an address nothing in the vault has says when pointed at. */
    public static String missingTitle(String written) {
        return "Nothing at \"" + written + "\" in this handbook yet";
    }

    /** How deep a note's tree may go (a list level is two: list and item): far beyond any real note. */
    public static final int MAX_DEPTH = 100;

    // The anchor id of each heading and of each block with a ^block-id, read by the attribute provider.
    private static final DataKey<Map<Node, String>> ANCHORS = new DataKey<>("HANDBOOK_ANCHORS",
            new IdentityHashMap<>());

    // The vault path of the note a document was parsed from (see notePath).
    private static final DataKey<String> NOTE_PATH = new DataKey<>("HANDBOOK_NOTE_PATH", "");

    // Where the lines of the parsed body start, for the line of a diagnostic or a question.
    static final NullableDataKey<LineIndex> LINES = new NullableDataKey<>("HANDBOOK_LINES");

    // The H1 dropped as the page's title, kept so the links written in it ("# Using [[QuickAdd]]") still count.
    static final NullableDataKey<com.vladsch.flexmark.ast.Heading> TITLE_NODE = new NullableDataKey<>("HANDBOOK_TITLE_NODE");

    // True when the note's first H1 only repeated its title and was dropped; links to it go to the page top.
    static final DataKey<Boolean> TITLE_HEADING = new DataKey<>("HANDBOOK_TITLE_HEADING", false);

    private final MutableDataSet options;
    private final Parser parser;
    private final HtmlSanitizer sanitizer;

    /** Configures the parser and the renderers' options once. */
    public MarkdownEngine(SiteConfig config) {
        MutableDataSet options = new MutableDataSet();
        // Ours come after flexmark's: of two renderers of one node the later registered draws it (and may hand it
        // on), so an embed numbers its own footnotes before the footnote extension sees them.
        List<Extension> extensions = List.of(QuickTables.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), QuickAutolinks.create(), FootnoteExtension.create(),
                LimitsExtension.create(), HighlightExtension.create("hl-" + config.highlights().defaultName()),
                ImageSizeExtension.create(), WikiLinkExtension.create(), TagExtension.create(),
                EmbedExtension.create(), CalloutExtension.create(), AnchorExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        // flexmark's default marker adds readonly, which HTML does not allow on a checkbox.
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>&nbsp;");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>&nbsp;");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        if (config.markdown().hardLineBreaks()) {
            options.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        }
        // CommonMark's <…> link destination may hold spaces: [text](<Other Note.md>) is a link in Obsidian.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.options = options;
        this.parser = Parser.builder(options).build();
        this.sanitizer = new HtmlSanitizer(config.highlights(), config.remoteResources());
    }

    /**
     * Parses a note: comments dropped, headings given ids, block ids found, note embeds lifted out of
     * their paragraphs, and a leading H1 that only repeats the title removed.
     */
    public ParsedNote parse(Note note, Diagnostics diagnostics) {
        String body = Comments.strip(note.body());
        QuickTables.reportWide(body, note, diagnostics);
        int tooDeep = NestingScan.tooDeep(body, MAX_DEPTH);
        if (tooDeep >= 0) {
            // Found from the lines, before flexmark, whose work grows with lines times levels (13 s for 1,000).
            LineIndex lines = LineIndex.of(body);
            diagnostics.error(note.displayPath(), note.bodyLine() + lines.line(tooDeep), lines.column(tooDeep),
                    tooDeepMessage());
            body = "";
        }
        try {
            return parse(note, body, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser failure must not stop the build with a stack trace: the note is named, and left empty.
            diagnostics.error(note.displayPath(), note.bodyLine(), 1, libraryFailure("cannot parse this note's"
                    + " Markdown", e));
            return parse(note, "", diagnostics);
        }
    }

    private static String tooDeepMessage() {
        return "lists or quotes nest too deeply here to be read (over " + MAX_DEPTH / 2 + " levels); flatten"
                + " them (the note is left empty until then)";
    }

    private ParsedNote parse(Note note, String body, Diagnostics diagnostics) {
        Document document = parser.parse(body);
        Node deepest = Descendants.deeperThan(document, MAX_DEPTH);
        if (deepest != null) {
            // Drawing a tree recurses once per level: a note nested a thousand levels deep would overflow the
            // stack and stop the build with a trace naming no note.
            int offset = deepest.getStartOffset();
            LineIndex lines = LineIndex.of(body);
            diagnostics.error(note.displayPath(), note.bodyLine() + lines.line(offset), lines.column(offset),
                    tooDeepMessage());
            body = "";
            document = parser.parse(body);
        }
        mendParents(document);
        document.set(LINES, LineIndex.of(body));
        sanitizer.takeMarks(document);
        dropTitleHeading(note, document);
        HeadingIds ids = new HeadingIds(note.path().equals("index.md") ? "home" : note.type());
        Map<Node, String> anchors = new IdentityHashMap<>();
        List<Heading> headings = new ArrayList<>();
        List<com.vladsch.flexmark.ast.Heading> headingNodes = new ArrayList<>();
        List<WikiLink> links = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node node : Descendants.of(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String written = HeadingIds.takeWritten(heading);
                String text = PlainText.of(heading);
                String id = ids.next(text, written);
                anchors.put(heading, id);
                headings.add(new Heading(heading.getLevel(), text, id));
                headingNodes.add(heading);
            } else if (node instanceof WikiLink link) {
                links.add(link);
            } else if (node instanceof InlineTag tag) {
                tags.add(tag.tag());
            } else if (node instanceof TextParagraph text) {
                int offset = text.getStartOffset();
                diagnostics.warning(note.displayPath(), note.bodyLine() + LINES.get(document).line(offset), 1,
                        "this paragraph holds " + text.markup() + " raw tags and entities ('<', '&'), more than "
                                + TextParagraph.MAX_MARKUP + "; it is shown as plain text; split it");
            } else if (node instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        com.vladsch.flexmark.ast.Heading title = TITLE_NODE.get(document);
        if (title != null) {
            List<WikiLink> inTitle = new ArrayList<>();
            for (Node node : Descendants.of(title)) {
                if (node instanceof WikiLink link) {
                    inTitle.add(link);
                }
            }
            links.addAll(0, inTitle);
        }
        Map<String, Node> blocks = new LinkedHashMap<>();
        for (Paragraph paragraph : paragraphs) {
            BlockIds.take(paragraph, blocks, anchors);
            Node lifted = Embeds.lift(paragraph);
            if (lifted != null && anchors.containsKey(paragraph)) {
                // "![[Note]] ^id": the id names the embed block now, not the paragraph it replaced.
                anchors.put(lifted, anchors.remove(paragraph));
                blocks.replaceAll((id, block) -> block == paragraph ? lifted : block);
            }
        }
        // Every key later stages read is set here: reading an absent key stores its default in the document,
        // a write that pages drawn side by side (through embeds) must not race on.
        document.set(ANCHORS, anchors);
        document.set(NOTE_PATH, note.path());
        // flexmark's renderer reads this one, and would store its default in the document it draws.
        document.set(HtmlRenderer.TRACKED_OFFSETS, Collections.emptyList());
        if (!document.contains(TITLE_NODE)) {
            document.set(TITLE_NODE, null);
        }
        if (!document.contains(TITLE_HEADING)) {
            document.set(TITLE_HEADING, false);
        }
        if (title != null) {
            // Outside the page's tree, but in a document of its own that shares the page's data (anchors, lines,
            // note path), so its links resolve and draw as the page's do.
            new Document(document, document.getChars()).appendChild(title);
        }
        ParsedNote parsed = new ParsedNote(note, document, List.copyOf(headings), List.copyOf(headingNodes),
                Collections.unmodifiableMap(blocks), List.copyOf(links), List.copyOf(tags));
        sanitizer.reportUnsafeHtml(parsed, diagnostics);
        sanitizer.reportRemoteImages(parsed, diagnostics);
        for (WikiLink link : parsed.links()) {
            if (Embeds.isNoteEmbed(link) && !(link.getParent() instanceof EmbedBlock)) {
                int offset = link.getStartOffset();
                diagnostics.warning(note.displayPath(), parsed.line(offset), parsed.column(offset), "the embed "
                        + link.getChars() + " is shown as a link: a note is embedded only from a line of its own,"
                        + " not beside other text, in a table or in a heading; give it a line of its own");
            }
        }
        return parsed;
    }

    /**
     * The message for a note that flexmark fails on: what failed, why, and what its author can do meanwhile.
     * flexmark throws on some odd input (see {@link #mendParents}); the note is named instead of the build
     * stopping with a stack trace.
     */
    public static String libraryFailure(String what, Throwable e) {
        if (e instanceof StackOverflowError) {
            return what + ": it nests or repeats too deeply for the Markdown library (it ran out of stack); break up"
                    + " the part that was last edited";
        }
        return what + " (" + e + "); this is a bug in the handbook generator or its Markdown library: please"
                + " report it, with the note; until then, rewrite the part of the note that was last edited";
    }

    // flexmark's Node.takeChildren points only the first and last of the children it moves at their new
    // parent. A task list item is made that way, so in one with three or more blocks (its text, a nested list,
    // another list or paragraph) the middle blocks still point at the list item it replaced: they have no
    // document, and cannot be drawn. Moving such a block out and back in sets its parent; it is never first or
    // last, so moving it out touches only its siblings.
    static void mendParents(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Node previous = child.getPrevious();
            if (child.getParent() != node && previous != null && child.getNext() != null) {
                child.unlink();
                previous.insertAfter(child);
            }
            mendParents(child);
        }
    }

    /** The vault path of the note a node was parsed from, so an embed can tell when it leads back to it. */
    public static String notePath(Node node) {
        return node.getDocument().get(NOTE_PATH);
    }

    /** The anchor id a node renders with (a heading, a block id, a question), or null. */
    public static String anchor(Node node) {
        return node.getDocument().get(ANCHORS).get(node);
    }

    /**
     * The attribute and value a node's anchor is drawn with, or null: its id on its own page; inside an embed a
     * question is marked {@code data-question} (the stage page draws its kit onto it) and other anchors are left
     * off, since the same id twice on a page sends a link to the first.
     */
    public static Map.Entry<String, String> drawnAnchor(Node node, QuestionAnchors questions) {
        if (!Embeds.drawingEmbed()) {
            String id = node.getDocument().get(ANCHORS).get(node);
            if (id == null) {
                id = questions.of(node);
            }
            return id == null ? null : Map.entry("id", id);
        }
        String question = questions.of(node);
        return question == null ? null : Map.entry("data-question", question);
    }

    // The anchors the parse gave its headings and blocks, by node.
    static Map<Node, String> anchors(Document document) {
        return document.get(ANCHORS);
    }

    /**
     * A renderer that draws with this run's link table and question anchors: the links stage's and the
     * interview stage's answers, read where flexmark draws a node, so the parses stay as they were made.
     */
    public NoteRenderer renderer(LinkTable links, QuestionAnchors questions) {
        MutableDataSet drawing = new MutableDataSet(options);
        drawing.set(LinkTable.KEY, links);
        drawing.set(QuestionAnchors.KEY, questions);
        HtmlRenderer renderer = HtmlRenderer.builder(drawing)
                .nodeRendererFactory(new MarkdownLinkRenderer.Factory())
                .nodeRendererFactory(new TextRenderer.Factory())
                .build();
        return new NoteRenderer(renderer, sanitizer, links, questions);
    }

    /** The nodes a note's links are found in: its tree, and the H1 dropped as its title. */
    public static List<Node> linkRoots(ParsedNote parsed) {
        com.vladsch.flexmark.ast.Heading title = TITLE_NODE.get(parsed.document());
        return title == null ? List.of(parsed.document()) : List.of(title, parsed.document());
    }

    // The page template shows the title as its H1, so an H1 that merely repeats it would show twice.
    private static void dropTitleHeading(Note note, Document document) {
        Node first = document.getFirstChild();
        for (Node node = first; node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading && heading.getLevel() == 1) {
                // Compared without a kramdown id block ("# The Plan {#plan}"), which the title never holds.
                boolean repeatsTitle = VaultLoader.withoutIdBlock(PlainText.of(heading)).equalsIgnoreCase(note.title());
                if ((note.titleFromHeading() || node == first) && repeatsTitle) {
                    heading.unlink();
                    document.set(TITLE_HEADING, true);
                    document.set(TITLE_NODE, heading);
                }
                return;
            }
        }
    }
}
