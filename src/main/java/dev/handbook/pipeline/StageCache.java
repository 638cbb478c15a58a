package dev.handbook.pipeline;

import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.FoundQuestions;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.NoteRenderer;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.render.PageRenderer;
import dev.handbook.site.Page;
import dev.handbook.vault.Note;
import dev.handbook.vault.Vault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one preview build keeps for the next, so each stage redoes only the work whose inputs changed. Each
 * product is kept with what it was made from, and taken again only when that reads the same:
 * <ul>
 * <li>a note's parse and what parsing reported, by the note as read (its file's text and front matter);</li>
 * <li>the questions found in a parse ({@link FoundQuestions}), by the parse itself and what embeds show of it;</li>
 * <li>a note's HTML, by its parse and what the links and interview stages gave it
 * ({@link NoteRenderer#renderInputs}: what the link table and question anchors say of it);</li>
 * <li>a page's bytes, by its {@link Page} (its model is a record of values, with no parsed tree, so it compares by
 * value), as long as the templates and what every template sees besides its page are the same.</li>
 * </ul>
 * The whole cache is dropped when the configuration changes (the palette and line-break options shape a parse).
 * A build that writes or checks keeps none: it starts from nothing, and lets each syntax tree go once drawn.
 */
public final class StageCache {

    /** A note's HTML with the parse and the inputs it was drawn from. */
    record NoteHtml(ParsedNote parsed, Object inputs, String html) {
    }

    /** A page and the bytes it was drawn as. */
    public record DrawnPage(Page page, byte[] bytes) {
    }

    /**
     * What the last build made that the edited-pages route draws from: the notes and their parses, the engine,
     * the note renderer (with the link table and question anchors) and page renderer they were drawn with, and
     * every page by its address.
     */
    record Products(Vault vault, List<ParsedNote> parsed, MarkdownEngine markdown, NoteRenderer notes,
                    PageRenderer renderer, Map<String, Page> pages) {
    }

    private final SiteConfig config;
    private final Map<String, ParsedNote> parses = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> parseReports = new ConcurrentHashMap<>();
    private final FoundQuestions questions = new FoundQuestions();
    private final Map<String, NoteHtml> html = new ConcurrentHashMap<>();
    private final Map<String, DrawnPage> pages = new ConcurrentHashMap<>();
    private Map<String, Object> globals = Map.of();
    private String templates = "";
    private Products products;

    StageCache(SiteConfig config) {
        this.config = config;
    }

    /** Whether this cache was made under the given configuration, so its products may be taken. */
    boolean serves(SiteConfig other) {
        return config.equals(other) && products != null;
    }

    /**
     * A note's parse, taken from this cache when the note reads the same; what parsing reported goes to the
     * diagnostics either way, and both are kept in {@code next}.
     */
    static ParsedNote parse(StageCache last, StageCache next, MarkdownEngine markdown, Note note,
                            Diagnostics diagnostics) {
        ParsedNote reused = last == null ? null : last.parses.get(note.path());
        ParsedNote parsed;
        List<Diagnostic> reported;
        if (reused != null && reused.note().equals(note)) {
            parsed = reused;
            reported = last.parseReports.getOrDefault(note.path(), List.of());
        } else {
            Diagnostics own = new Diagnostics();
            parsed = markdown.parse(note, own);
            reported = own.sorted();
        }
        reported.forEach(d -> diagnostics.report(d.severity(), d.file(), d.line(), d.column(), d.message()));
        next.parses.put(note.path(), parsed);
        if (!reported.isEmpty()) {
            next.parseReports.put(note.path(), reported);
        }
        return parsed;
    }

    /**
     * A note's HTML, taken from this cache when the note kept its parse and everything later stages gave it
     * reads the same; kept in {@code next} when it can be compared at all.
     */
    static String html(StageCache last, StageCache next, ParsedNote note, NoteRenderer renderer,
                       Supplier<String> render) {
        Object inputs = renderer.renderInputs(note);
        NoteHtml before = last == null ? null : last.html.get(note.note().path());
        String drawn = inputs != null && before != null && before.parsed() == note && before.inputs().equals(inputs)
                ? before.html() : render.get();
        if (inputs != null && drawn != null) { // a note that failed is drawn, and reported, again next time
            next.html.put(note.note().path(), new NoteHtml(note, inputs, drawn));
        }
        return drawn;
    }

    /** The questions found in this cache's parses, for the interview stage to take again. */
    public FoundQuestions questions() {
        return questions;
    }

    /** The pages drawn last time, when the templates and globals are the same; else none. */
    Map<String, DrawnPage> reusablePages(String templates, Map<String, Object> globals) {
        return this.templates.equals(templates) && this.globals.equals(globals) ? pages : Map.of();
    }

    /** Keeps a page as it was drawn. */
    void drawn(Page page, byte[] bytes) {
        pages.put(page.outputPath(), new DrawnPage(page, bytes));
    }

    /** Every page this cache holds with the bytes it was drawn as, by output path. */
    public Map<String, DrawnPage> pages() {
        return Map.copyOf(pages);
    }

    /** Ends the build that filled this cache: what every page saw, and what the edited-pages route needs. */
    void seal(String templates, Map<String, Object> globals, Vault vault, List<ParsedNote> parsed,
              MarkdownEngine markdown, NoteRenderer notes, PageRenderer renderer, List<Page> pages) {
        this.templates = templates;
        this.globals = globals;
        Map<String, Page> byUrl = new HashMap<>();
        pages.forEach(page -> byUrl.put(page.url(), page));
        this.products = new Products(vault, parsed, markdown, notes, renderer, Map.copyOf(byUrl));
    }

    Products products() {
        return products;
    }

    /** Every note's parse as the build that filled this cache left it. */
    public List<ParsedNote> parsed() {
        return products.parsed();
    }

    /** A note's HTML as kept for the next build, or null when it is not kept (it embeds, or it failed). */
    public String htmlOf(String notePath) {
        NoteHtml kept = html.get(notePath);
        return kept == null ? null : kept.html();
    }

    SiteConfig config() {
        return config;
    }
}
