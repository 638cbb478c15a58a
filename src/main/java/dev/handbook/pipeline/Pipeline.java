package dev.handbook.pipeline;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.Interview;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.interview.InterviewModel;
import dev.handbook.links.LinkGraph;
import dev.handbook.links.LinkResolver;
import dev.handbook.links.NoteIndex;
import dev.handbook.links.ResolvedLinks;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.NoteRenderer;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.QuestionAnchors;
import dev.handbook.output.OutputFile;
import dev.handbook.output.QuestionExport;
import dev.handbook.output.ScorecardPdf;
import dev.handbook.output.SiteCrawler;
import dev.handbook.output.SiteWriter;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.Theme;
import dev.handbook.site.InterviewPages;
import dev.handbook.site.NoteContent;
import dev.handbook.site.Page;
import dev.handbook.site.ScorecardDownloads;
import dev.handbook.site.SearchIndex;
import dev.handbook.site.Site;
import dev.handbook.site.SiteBuilder;
import dev.handbook.vault.Note;
import dev.handbook.vault.Vault;
import dev.handbook.vault.VaultLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The handbook's build, one run of its stages in order: load the vault, parse each note, resolve the links,
 * find the interview model, turn each note into HTML, lay out the site, draw its pages, and make the PDFs, the
 * question export and the search index beside them. Problems in the content go to the diagnostics; a site is
 * written only when there are none. {@code build}, {@code check}, {@code serve} and the tests all run it.
 */
public final class Pipeline {

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final StageCache last;
    private final Timings timings = new Timings();
    // Set when a page fails or the build has errors: the site will not be written, so the PDFs stop early.
    private final AtomicBoolean givenUp = new AtomicBoolean();
    private BooleanSupplier superseded = () -> false;
    private int pagesDrawn;

    /** A pipeline for the configuration that takes again what {@code last} holds (null: nothing to take). */
    public Pipeline(SiteConfig config, Diagnostics diagnostics, StageCache last) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.last = last != null && last.serves(config) ? last : null;
    }

    /**
     * A site built in memory.
     *
     * @param pages how many HTML pages it has
     * @param cache what a next preview build can take again; null unless this was a preview
     */
    public record BuiltSite(int pages, List<OutputFile> files, StageCache cache) {
    }

    /**
     * Builds the site and, for a request that writes, swaps it into the output folder when it has no errors.
     *
     * @throws ConfigException when the theme or the output folder cannot be used
     * @throws IOException when the output cannot be written
     */
    public BuildResult build(BuildRequest request) throws ConfigException, IOException {
        if (!request.writes()) {
            BuiltSite site = run(request);
            return new BuildResult(site.pages(), site.files().size(), false);
        }
        SiteWriter writer = new SiteWriter(config.output());
        String refusal = writer.refusal(List.of(config.content(), config.configFile(), config.themes()));
        if (refusal != null) {
            throw new ConfigException(refusal);
        }
        // Pages go into the staging folder as soon as they are drawn, so a big handbook never sits in memory
        // whole; the output folder itself changes only at the swap, and only when there are no errors.
        AtomicInteger early = new AtomicInteger();
        boolean written = false;
        try {
            writer.begin(); // a site a stopped build left beside the output is back before anything reads it
            BuiltSite site = Workers.run(() -> stages(request, file -> {
                try {
                    writer.writeNow(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                early.incrementAndGet();
            }));
            if (!diagnostics.hasErrors()) {
                Workers.run(() -> {
                    writer.write(site.files()); // its parallel writes run on the workers, not the common pool
                    return null;
                });
                written = true;
                timings.lap("write");
            }
            return new BuildResult(site.pages(), site.files().size() + early.get(), written);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!written) {
                writer.discard(); // a failed build leaves the output folder as it was
            }
        }
    }

    /**
     * Runs every stage and returns the site's files in memory. A check also crawls the result for broken
     * links; a preview leaves out the PDFs, the slowest part, so edits show at once.
     */
    public BuiltSite run(BuildRequest request) throws ConfigException, IOException {
        return Workers.run(() -> stages(request, null));
    }

    // The stages, in order. early, when set, takes the files no later stage reads as soon as they are made
    // (they are then not returned).
    private BuiltSite stages(BuildRequest request, Consumer<OutputFile> early) throws ConfigException, IOException {
        superseded = request.superseded();
        StageCache next = request.previews() ? new StageCache(config) : null;
        Theme theme = Theme.load(config, diagnostics);
        Notes notes = notes(next);
        Vault vault = notes.vault();
        MarkdownEngine markdown = notes.markdown();
        List<ParsedNote> parsed = notes.parsed();
        LinkGraph graph = notes.graph();
        InterviewModel interview = notes.interview();
        NoteRenderer noteRenderer = notes.renderer();
        notes = null;
        // The syntax trees are the biggest part of a build's memory. A build that writes lets each one go as
        // soon as its note is drawn (an embedded note's tree stays as long as a note that embeds it is left),
        // rather than holding them all until the last note is drawn; a preview keeps them to reuse.
        ParsedNote[] pending = parsed.toArray(ParsedNote[]::new);
        if (request.writes()) {
            parsed = null;
        }
        List<NoteContent> contents = noteContents(pending, noteRenderer, graph, next, request.writes());
        lap("markdown to html");
        // The search index is made beside the site's layout, which is serial: both only read the notes.
        List<NoteContent> indexed = contents;
        CompletableFuture<OutputFile> searchIndex = CompletableFuture.supplyAsync(
                () -> OutputFile.of(SearchIndex.FILE, SearchIndex.script(indexed, interview)), Workers.POOL);
        InterviewPages interviewPages = new InterviewPages(interview, config);
        Site site = new SiteBuilder(diagnostics, SiteFiles.generated(config, theme, interviewPages))
                .build(contents, vault.assets(), graph.missing(), interviewPages);
        OutputFile search = Workers.join(searchIndex);
        lap("site and search index");
        contents = null; // the pages hold what they draw from it
        Map<String, Object> globals = SiteFiles.globals(config, site, theme);
        // The preview serves the site from the server's root, whatever the baseUrl.
        PageRenderer renderer = new PageRenderer(theme, globals, request.previews() ? "/" : config.notFoundRoot());
        String templates = request.previews() || request.writes() ? theme.templatesFingerprint() : "";
        DiskCache disk = request.writes() ? DiskCache.open(config.output(), diagnostics,
                config.display(DiskCache.folderFor(config.output()))) : null;
        PageDrawing drawing = new PageDrawing(renderer, diagnostics,
                last == null || next == null ? Map.of() : last.reusablePages(templates, globals), next, disk,
                disk == null ? null : drawnWith(templates, globals, renderer));
        List<OutputFile> files = drawPages(request, site, theme, drawing, interviewPages.downloads(), interview,
                early);
        pagesDrawn = drawing.count();
        if (disk != null) {
            disk.finish();
        }
        emit(files, List.of(search), early);
        if (config.hasAbsoluteBaseUrl()) {
            files.add(SiteFiles.sitemap(config, site, vault));
        }
        if (request.checks()) {
            Map<String, String> sources = new HashMap<>();
            site.pages().forEach(page -> sources.put(page.outputPath(), page.source()));
            new SiteCrawler(diagnostics, config.basePath()).crawl(files, sources);
            lap("link crawl");
        }
        if (next != null) {
            next.seal(templates, globals, vault, parsed, markdown, noteRenderer, renderer, site.pages());
        }
        return new BuiltSite(site.pages().size(), files, next);
    }

    /**
     * The notes as the first stages leave them: read from the vault and parsed, with what the links stage returned
     * (the graph, and the table of where each link goes) and what the interview stage returned (the model, and the
     * anchors of its questions). The parses are as parsing made them.
     */
    public record Notes(Vault vault, MarkdownEngine markdown, List<ParsedNote> parsed, LinkGraph graph,
                        LinkTable links, InterviewModel interview, QuestionAnchors questionAnchors) {

        /** A renderer that draws these notes with their link table and question anchors. */
        public NoteRenderer renderer() {
            return markdown.renderer(links, questionAnchors);
        }
    }

    /** Runs the first stages alone (for tests and tools that need the notes and model, not the site). */
    public Notes notes() throws ConfigException, IOException {
        return Workers.run(() -> notes(null));
    }

    // Load, parse, links, interview; a preview takes again from the last build what did not change.
    private Notes notes(StageCache next) {
        Vault vault = new VaultLoader(config, diagnostics).load();
        lap("load");
        MarkdownEngine markdown = new MarkdownEngine(config);
        List<ParsedNote> parsed = vault.notes().parallelStream().map(note -> next == null
                ? markdown.parse(note, diagnostics) : StageCache.parse(last, next, markdown, note, diagnostics))
                .toList();
        lap("parse");
        ResolvedLinks links = new LinkResolver(config, diagnostics).resolve(parsed, vault.hidden(), vault.assets());
        lap("links");
        Interview interview = new InterviewBuilder(config, diagnostics)
                .reusing(last == null ? null : last.questions(), next == null ? null : next.questions())
                .build(parsed, links.table(), new NoteIndex(vault.notes(), vault.assets()));
        lap("interview");
        return new Notes(vault, markdown, parsed, links.graph(), links.table(), interview.model(),
                interview.questionAnchors());
    }

    // What every page is drawn with besides its own model: the templates, what every template sees, where the
    // 404 page finds the root; null when some of it has no digest (the build cache is then left alone).
    private byte[] drawnWith(String templates, Map<String, Object> globals, PageRenderer renderer) {
        try {
            renderer.drawSharedSidebar(); // its check for a blank tree runs even when no page is drawn
            return ModelDigest.of(templates, config.notFoundRoot(), globals);
        } catch (ModelDigest.Undigestible | PageRenderer.TemplateException e) {
            return null;
        }
    }

    // Each note's HTML (taken from the last preview where nothing it is drawn from changed) with its backlinks
    // and text for the search index. A build that writes lets each parse go once its note is drawn.
    private List<NoteContent> noteContents(ParsedNote[] pending, NoteRenderer markdown, LinkGraph graph,
                                           StageCache next, boolean release) {
        int textLimit = SearchIndex.bodyLimit(pending.length);
        return IntStream.range(0, pending.length).parallel().mapToObj(i -> {
            ParsedNote note = pending[i];
            if (release) {
                pending[i] = null;
            }
            String html = next == null ? noteHtml(markdown, note)
                    : StageCache.html(last, next, note, markdown, () -> noteHtml(markdown, note));
            return NoteContent.of(note, html == null ? "" : html, markdown.titleHtml(note),
                    graph.backlinksOf(note.note().path()), textLimit);
        }).toList();
    }

    // The pages, the PDFs and the question export. The scorecard sheets are drawn first and their PDFs made as
    // a task of their own while the other pages are drawn: PDF rendering is the slowest step and mostly serial,
    // so it fills the cores' idle time; the export is one serial task beside them too.
    private List<OutputFile> drawPages(BuildRequest request, Site site, Theme theme, PageDrawing drawing,
                                       List<ScorecardDownloads> downloads, InterviewModel interview,
                                       Consumer<OutputFile> early) {
        List<OutputFile> files = drawing.draw(site, PageDrawing::isSheet, null);
        files.addAll(SiteFiles.assets(config, site, theme)); // the PDF renderer reads them beside the sheets
        List<OutputFile> sheetsAndAssets = List.copyOf(files);
        lap("scorecard sheets");
        // Only a build that will write renders PDFs; check lists stand-ins so the crawler can follow the links.
        CompletableFuture<List<OutputFile>> pdfs = request.writes() && !diagnostics.hasErrors()
                ? CompletableFuture.supplyAsync(() -> scorecardPdfs(sheetsAndAssets, downloads,
                        drawing.redraw(site)), Workers.POOL)
                : CompletableFuture.completedFuture(request.checks() ? SiteFiles.pdfStandIns(downloads) : List.of());
        CompletableFuture<List<OutputFile>> export = CompletableFuture.supplyAsync(
                () -> new QuestionExport(interview, config).files(), Workers.POOL);
        try {
            files.addAll(drawing.draw(site, page -> !PageDrawing.isSheet(page), early));
        } catch (RuntimeException | Error e) {
            givenUp.set(true);
            throw e;
        }
        if (diagnostics.hasErrors()) {
            givenUp.set(true);
        }
        reportBlankSidebar(drawing);
        lap("pages");
        // Wait for the export and the PDFs by working on them: a thread that only waited left one core idle
        // while the other drew the last PDFs alone (0.6 s of a 1,000-note build). This thread is one of the
        // build's workers, so it can take the queued export and steal sheets from the PDF task.
        ForkJoinTask.helpQuiesce();
        lap("pdfs and question export (rest)");
        emit(files, Workers.join(export), early);
        // A stage sheet drawn again denser to fit its page replaces the sheet drawn first.
        List<OutputFile> made = Workers.join(pdfs);
        Set<String> replaced = made.stream().map(OutputFile::path).collect(Collectors.toSet());
        files.removeIf(file -> replaced.contains(file.path()));
        files.addAll(made);
        return files;
    }

    private void reportBlankSidebar(PageDrawing drawing) {
        String blankTree = drawing.blankSidebarTemplate();
        if (blankTree != null) {
            diagnostics.warning(blankTree, 1, 1, "the sidebar's tree came out empty: nav-tree.peb is now drawn on "
                    + "its own, once for many pages, and must print the tree from 'navigation' itself; a "
                    + "nav-tree.peb that only defines a macro prints nothing (see docs/themes.md)");
        }
    }

    // The scorecard PDFs and packets, unless a page fails meanwhile; a PDF whose inputs are those of the one in
    // the output folder is taken from there.
    private List<OutputFile> scorecardPdfs(List<OutputFile> files, List<ScorecardDownloads> downloads,
                                           ScorecardPdf.Redraw redraw) {
        return new ScorecardPdf(config.scorecard().paper(), "Interview Handbook " + Version.get(), diagnostics,
                config.output()).render(files, downloads, redraw, givenUp::get);
    }

    // A note's HTML, or null when flexmark failed on it: that is an error against the note (see
    // MarkdownEngine.libraryFailure).
    private String noteHtml(NoteRenderer markdown, ParsedNote note) {
        try {
            return markdown.render(note, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(note.note().displayPath(), 0, 0,
                    MarkdownEngine.libraryFailure("cannot turn this note into HTML", e));
            return null;
        }
    }

    private static void emit(List<OutputFile> files, List<OutputFile> made, Consumer<OutputFile> early) {
        if (early == null) {
            files.addAll(made);
        } else {
            made.forEach(early);
        }
    }

    /** A preview build that a newer edit made pointless: it stopped between two stages and left nothing behind. */
    public static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded by a newer edit", null, false, false);
        }
    }

    // Ends a stage: times it, and stops a preview that a newer edit has superseded.
    private void lap(String stage) {
        timings.lap(stage);
        if (superseded.getAsBoolean()) {
            throw new Superseded();
        }
    }

    /** How many pages this build drew; in a preview, the pages it took as the last one drew them are not counted. */
    public int pagesDrawn() {
        return pagesDrawn;
    }

    /** How long each stage of this build took. */
    public Timings timings() {
        return timings;
    }

    /**
     * The edited notes' pages drawn at once from the last preview build, before the full run that brings
     * backlinks and indexes up to date; null when the edit needs the full run (see {@link EditedPages}).
     */
    public Map<String, byte[]> editedPages(Set<Path> changed) {
        return last == null || changed.isEmpty() ? null : new EditedPages(config, last.products()).draw(changed);
    }
}
