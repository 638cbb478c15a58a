package dev.handbook.build;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.FoundQuestions;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.interview.InterviewModel;
import dev.handbook.links.LinkGraph;
import dev.handbook.links.NoteIndex;
import dev.handbook.links.LinkResolver;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.output.Branding;
import dev.handbook.output.OutputFile;
import dev.handbook.output.QuestionExport;
import dev.handbook.output.ScorecardPdf;
import dev.handbook.output.SiteCrawler;
import dev.handbook.output.SiteWriter;
import dev.handbook.output.Sitemap;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.Theme;
import dev.handbook.site.InterviewPages;
import dev.handbook.site.NoteContent;
import dev.handbook.site.SearchIndex;
import dev.handbook.site.Page;
import dev.handbook.site.ScorecardDownloads;
import dev.handbook.site.Site;
import dev.handbook.site.SiteBuilder;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import dev.handbook.vault.Vault;
import dev.handbook.vault.VaultLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs the pipeline once: vault, markdown, site, render, output. Problems in the content go to the
 * diagnostics; the site is written only when there are no errors.
 */
public final class Build {

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private State lastState;
    private Reuse previous;
    // Pages a preview build may take from the last one as they were drawn (empty unless templates and globals
    // are the same), and every page this preview build draws or takes, for the next one.
    private Map<String, Drawn> reusablePages = Map.of();
    private Map<String, Drawn> drawn;
    private final AtomicInteger pagesDrawn = new AtomicInteger();
    private final Timings timings = new Timings();
    private final AtomicBoolean pdfFailed = new AtomicBoolean();

    private static final String SITEMAP = "sitemap.xml";

    // The build's workers, one per core (daemon threads, so they never keep the process alive).
    // Workers never retire. On Java 17 before 17.0.17 a worker retiring after a minute idle can spoil the pool's
    // count of running workers (JDK-8351933), after which it starts none and the next build waits forever: a
    // test run hung so once, and serve's pool idles between edits.
    private static final ForkJoinPool WORKERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false, 0, 0x7fff, 1, null, 3650, TimeUnit.DAYS);

    /** Prepares a build of the given configuration. */
    public Build(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    /** What a build is for: writing the site, checking it, or previewing it from memory. */
    public enum Purpose { WRITE, CHECK, PREVIEW }

    /**
     * A site built in memory.
     *
     * @param pages how many HTML pages it has
     */
    public record Compiled(int pages, List<OutputFile> files) {
    }

    /**
     * Builds the handbook.
     *
     * @param write false to check the content only (the {@code check} command)
     * @throws ConfigException when the theme or the output folder cannot be used
     * @throws IOException when the output cannot be written
     */
    public BuildResult run(boolean write) throws ConfigException, IOException {
        SiteWriter writer = new SiteWriter(config.output());
        String refusal = write ? writer.refusal(List.of(config.content(), config.configFile(), config.themes()))
                : null;
        if (refusal != null) {
            throw new ConfigException(refusal);
        }
        if (!write) {
            Compiled compiled = compile(Purpose.CHECK);
            return new BuildResult(compiled.pages(), compiled.files().size(), false);
        }
        // Pages go into the staging folder as soon as they are drawn, so a big handbook never sits in memory
        // whole; the output folder itself changes only at the swap, and only when there are no errors.
        AtomicInteger early = new AtomicInteger();
        boolean written = false;
        try {
            writer.begin(); // a site a stopped build left beside the output is back before anything reads it
            Compiled compiled = compile(Purpose.WRITE, file -> {
                try {
                    writer.writeNow(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                early.incrementAndGet();
            });
            if (!diagnostics.hasErrors()) {
                onWorkers(() -> {
                    writer.write(compiled.files()); // its parallel writes run on the workers, not the common pool
                    return null;
                });
                written = true;
                timings.lap("write");
            }
            return new BuildResult(compiled.pages(), compiled.files().size() + early.get(), written);
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
    public Compiled compile(Purpose purpose) throws ConfigException, IOException {
        return compile(purpose, null);
    }

    private Compiled compile(Purpose purpose, Consumer<OutputFile> early) throws ConfigException, IOException {
        return onWorkers(() -> compileOnWorkers(purpose, early));
    }

    /** A step of a build that may fail with a config or I/O error. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws ConfigException, IOException;
    }

    // Runs a step on the build's own pool, one worker per core, rather than the common pool: that has one
    // worker fewer than the cores, and a thread outside it that waits on a parallel stream spins in
    // helpComplete (a quarter of a 10,000-note build's CPU samples), while this one sleeps in join().
    private static <T> T onWorkers(Step<T> step) throws ConfigException, IOException {
        CompletableFuture<T> task = CompletableFuture.supplyAsync(() -> {
            try {
                return step.run();
            } catch (ConfigException | IOException e) {
                throw new CompletionException(e);
            }
        }, WORKERS);
        try {
            // Not interruptible: a build stopped halfway would go on writing into the staging folder, or into
            // parses a preview shares, after its caller had moved on.
            return task.join();
        } catch (CompletionException e) {
            // The failure as it was thrown on the worker (an OutOfMemoryError too, which the command line reports).
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException config) {
                throw config;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw unchecked(cause);
        }
    }

    // early, when set, takes the files no later step reads as soon as they are made (they are then not returned).
    private Compiled compileOnWorkers(Purpose purpose, Consumer<OutputFile> early)
            throws ConfigException, IOException {
        Theme theme = Theme.load(config, diagnostics);
        Vault vault = new VaultLoader(config, diagnostics).load();
        timings.lap("load");
        MarkdownEngine markdown = new MarkdownEngine(config);
        // A preview keeps what each note's parse reported, so the next preview can reuse the parse and say it again.
        Map<String, List<Diagnostic>> parseReports = purpose == Purpose.PREVIEW ? new ConcurrentHashMap<>() : null;
        List<ParsedNote> parsed = vault.notes().parallelStream()
                .map(note -> parse(markdown, note, parseReports)).toList();
        timings.lap("parse");
        LinkGraph graph = new LinkResolver(config, diagnostics).resolve(parsed, vault.hidden(), vault.assets());
        timings.lap("links");
        FoundQuestions questions = purpose == Purpose.PREVIEW ? new FoundQuestions() : null;
        InterviewModel interview = new InterviewBuilder(config, diagnostics)
                .reusing(previous == null ? null : previous.questions(), questions)
                .build(parsed, new NoteIndex(vault.notes(), vault.assets()));
        timings.lap("interview");
        // The syntax trees are the biggest part of a build's memory. A build that writes lets each one go as
        // soon as its note is drawn (an embedded note's tree stays as long as a note that embeds it is left),
        // rather than holding them all until the last note is drawn; a preview keeps them to reuse.
        ParsedNote[] pending = parsed.toArray(ParsedNote[]::new);
        boolean release = purpose == Purpose.WRITE;
        if (release) {
            parsed = null;
        }
        Map<String, Rendered> rendered = purpose == Purpose.PREVIEW ? new ConcurrentHashMap<>() : null;
        int textLimit = SearchIndex.bodyLimit(pending.length);
        List<NoteContent> contents = IntStream.range(0, pending.length).parallel().mapToObj(i -> {
            ParsedNote note = pending[i];
            if (release) {
                pending[i] = null;
            }
            String html = rendered == null ? noteHtml(markdown, note) : renderOrReuse(markdown, note, rendered);
            return NoteContent.of(note, html == null ? "" : html, markdown.titleHtml(note),
                    graph.backlinksOf(note.note().path()), textLimit);
        }).toList();
        timings.lap("markdown to html");
        // The search index is made beside the site's layout, which is serial: both only read the notes.
        List<NoteContent> indexed = contents;
        CompletableFuture<OutputFile> searchIndex = CompletableFuture.supplyAsync(
                () -> OutputFile.of(SearchIndex.FILE, SearchIndex.script(indexed, interview)), WORKERS);
        InterviewPages interviewPages = new InterviewPages(interview, config);
        Site site = new SiteBuilder(diagnostics, generatedFiles(theme, interviewPages))
                .build(contents, vault.assets(), graph.missing(), interviewPages);
        OutputFile search = join(searchIndex);
        timings.lap("site and search index");
        if (purpose == Purpose.WRITE) {
            contents = null; // the pages hold what they draw from it
        }
        Map<String, Object> globals = globals(site, theme);
        // The preview serves the site from the server's root, whatever the baseUrl.
        PageRenderer renderer = new PageRenderer(theme, globals,
                purpose == Purpose.PREVIEW ? "/" : config.notFoundRoot());
        String templates = purpose == Purpose.PREVIEW ? theme.templatesFingerprint() : "";
        if (purpose == Purpose.PREVIEW) {
            drawn = new ConcurrentHashMap<>();
            if (previous != null && previous.templates().equals(templates) && previous.globals().equals(globals)) {
                reusablePages = previous.pages();
            }
        }
        List<ScorecardDownloads> downloads = interviewPages.downloads();
        // The scorecard sheets are drawn first and their PDFs made as a task of their own while the other pages
        // are drawn: PDF rendering is the slowest step and mostly serial, so it fills the cores' idle time.
        List<OutputFile> files = sheetsAndAssets(site, theme, renderer);
        List<OutputFile> sheets = List.copyOf(files);
        timings.lap("scorecard sheets");
        // Only a build that will write renders PDFs; check lists stand-ins so the crawler can follow the links.
        CompletableFuture<List<OutputFile>> pdfs = purpose == Purpose.WRITE && !diagnostics.hasErrors()
                ? CompletableFuture.supplyAsync(() -> scorecardPdfs(sheets, downloads, redraw(site, renderer)),
                        WORKERS)
                : CompletableFuture.completedFuture(purpose == Purpose.CHECK ? pdfStandIns(downloads) : List.of());
        // The question bank export is one serial task too: made beside the pages, it fills the same idle time.
        CompletableFuture<List<OutputFile>> export = CompletableFuture.supplyAsync(
                () -> new QuestionExport(interview, config).files(), WORKERS);
        // A page that failed, or a build that gave up, makes the PDFs pointless: the site will not be written.
        try {
            files.addAll(render(site, renderer, page -> !isSheet(page), early));
        } catch (RuntimeException | Error e) {
            pdfFailed.set(true);
            throw e;
        }
        if (diagnostics.hasErrors()) {
            pdfFailed.set(true);
        }
        String blankTree = renderer.blankSidebarTemplate();
        if (blankTree != null) {
            diagnostics.warning(blankTree, 1, 1, "the sidebar's tree came out empty: nav-tree.peb is now drawn on "
                    + "its own, once for many pages, and must print the tree from 'navigation' itself; a "
                    + "nav-tree.peb that only defines a macro prints nothing (see docs/themes.md)");
        }
        timings.lap("pages");
        // Wait for the export and the PDFs by working on them: a thread that only waited left one core idle
        // while the other drew the last PDFs alone (0.6 s of a 1,000-note build). This thread is one of the
        // build's workers (see compile), so it can take the queued export and steal sheets from the PDF task.
        ForkJoinTask.helpQuiesce();
        timings.lap("pdfs and question export (rest)");
        emit(files, join(export), early);
        // A stage sheet drawn again denser to fit its page replaces the sheet drawn first.
        List<OutputFile> made = join(pdfs);
        Set<String> replaced = made.stream().map(OutputFile::path).collect(Collectors.toSet());
        files.removeIf(file -> replaced.contains(file.path()));
        files.addAll(made);
        emit(files, List.of(search), early);
        if (config.hasAbsoluteBaseUrl()) {
            files.add(OutputFile.of(SITEMAP, sitemap(site, vault).getBytes(StandardCharsets.UTF_8)));
        }
        if (purpose == Purpose.CHECK) {
            Map<String, String> sources = new HashMap<>();
            site.pages().forEach(page -> sources.put(page.outputPath(), page.source()));
            new SiteCrawler(diagnostics, config.basePath()).crawl(files, sources);
            timings.lap("link crawl");
        }
        if (purpose == Purpose.PREVIEW) {
            Map<String, Page> pages = new HashMap<>();
            site.pages().forEach(page -> pages.put(page.url(), page));
            lastState = new State(config, vault, parsed, markdown, renderer, Map.copyOf(pages), Map.copyOf(parseReports),
                    globals, templates, Map.copyOf(drawn), Map.copyOf(rendered), questions);
        }
        return new Compiled(site.pages().size(), files);
    }

    /**
     * What a preview keeps of its last build so that one edited note can be drawn again at once, before
     * the full rebuild that brings backlinks and indexes up to date, and so that rebuild parses only the
     * notes that changed.
     *
     * @param pages every page by its address
     * @param parseReports what parsing reported, by note path, for the notes that had anything to report
     * @param globals what every template saw besides its page
     * @param templates the theme's templates as they read ({@link Theme#templatesFingerprint()})
     * @param drawn every page with the bytes it was drawn as, by its output path
     * @param rendered the HTML of each note that can be taken again, by note path
     * @param questions the questions found in each parse
     */
    public record State(SiteConfig config, Vault vault, List<ParsedNote> parsed, MarkdownEngine markdown,
                        PageRenderer renderer, Map<String, Page> pages, Map<String, List<Diagnostic>> parseReports,
                        Map<String, Object> globals, String templates, Map<String, Drawn> drawn,
                        Map<String, Rendered> rendered, FoundQuestions questions) {
    }

    /**
     * A note's HTML with what it was drawn from: its parse, and what the links and interview stages set on it
     * ({@link MarkdownEngine#renderInputs}).
     */
    public record Rendered(ParsedNote parsed, Object inputs, String html) {
    }

    /** A page and the bytes it was drawn as. */
    public record Drawn(Page page, byte[] bytes) {
    }

    /**
     * Lets this preview build reuse what the previous one made, when the configuration is the same (the palette
     * and line-break options shape a parse):
     * <ul>
     * <li>the parse of every note whose file reads the same. Later stages only set link resolutions, Markdown
     * link addresses (resolved again from the written ones) and question anchors on a parsed note, and set the
     * first two again on every build;</li>
     * <li>the questions found in a reused parse, whose anchors are still set on it ({@link FoundQuestions});</li>
     * <li>the HTML of a note with a reused parse whose link resolutions, addresses and anchors read the same
     * ({@link MarkdownEngine#renderInputs});</li>
     * <li>the bytes of every page whose {@link Page} is equal to the one drawn last time, when the templates
     * and what every template sees besides its page are the same too. A page is drawn from nothing else, and
     * everything in a page's model compares by value (records, strings, lists and maps) or, for the parsed
     * Markdown tree, by identity, so an equal page draws the same bytes. This is how a preview redraws only
     * the pages an edit reaches: the note, the notes whose backlinks or embeds change, and the indexes that
     * list it.</li>
     * </ul>
     */
    public void reuse(State last) {
        if (last == null || !last.config().equals(config)) {
            return;
        }
        Map<String, ParsedNote> byPath = new HashMap<>();
        last.parsed().forEach(note -> byPath.put(note.note().path(), note));
        this.previous = new Reuse(byPath, last.parseReports(), last.globals(), last.templates(), last.drawn(),
                last.rendered(), last.questions());
    }

    private record Reuse(Map<String, ParsedNote> parsed, Map<String, List<Diagnostic>> reports,
                         Map<String, Object> globals, String templates, Map<String, Drawn> pages,
                         Map<String, Rendered> rendered, FoundQuestions questions) {
    }

    // A note's HTML, taken from the last preview when the note kept its parse and everything later stages set
    // on it reads the same; kept for the next preview when it can be compared at all.
    private String renderOrReuse(MarkdownEngine markdown, ParsedNote note, Map<String, Rendered> rendered) {
        Object inputs = MarkdownEngine.renderInputs(note);
        Rendered before = previous == null ? null : previous.rendered().get(note.note().path());
        String html = inputs != null && before != null && before.parsed() == note && before.inputs().equals(inputs)
                ? before.html() : noteHtml(markdown, note);
        if (inputs != null && html != null) { // a note that failed is drawn, and reported, again next time
            rendered.put(note.note().path(), new Rendered(note, inputs, html));
        }
        return html;
    }

    // A note's HTML, or null when flexmark failed on it: that is an error against the note (see
    // MarkdownEngine.libraryFailure).
    private String noteHtml(MarkdownEngine markdown, ParsedNote note) {
        try {
            return markdown.render(note, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(note.note().displayPath(), 0, 0,
                    MarkdownEngine.libraryFailure("cannot turn this note into HTML", e));
            return null;
        }
    }

    /** How many pages this build drew; in a preview, the pages it took as the last one drew them are not counted. */
    public int pagesDrawn() {
        return pagesDrawn.get();
    }

    // One note parsed, or its previous parse reused when the note reads the same; what parsing reported goes to
    // the build's diagnostics either way, and into reports when given.
    private ParsedNote parse(MarkdownEngine markdown, Note note, Map<String, List<Diagnostic>> reports) {
        if (reports == null) {
            return markdown.parse(note, diagnostics);
        }
        ParsedNote reused = previous == null ? null : previous.parsed().get(note.path());
        ParsedNote parsed;
        List<Diagnostic> reported;
        if (reused != null && reused.note().equals(note)) {
            parsed = reused;
            reported = previous.reports().getOrDefault(note.path(), List.of());
        } else {
            Diagnostics own = new Diagnostics();
            parsed = markdown.parse(note, own);
            reported = own.sorted();
        }
        reported.forEach(d -> diagnostics.report(d.severity(), d.file(), d.line(), d.column(), d.message()));
        if (!reported.isEmpty()) {
            reports.put(note.path(), reported);
        }
        return parsed;
    }

    /** How long each stage of this build took. */
    public Timings timings() {
        return timings;
    }

    // A task's result (the PDFs, the export, the search index), with its failure rethrown as it was thrown in
    // the task (an OutOfMemoryError too, which the command line reports as such).
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        }
    }

    // An unchecked failure thrown again as it was; anything else wrapped.
    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** The state of the last preview build, or null before one has run. */
    public State lastState() {
        return lastState;
    }

    /**
     * The scorecard PDFs and packets, unless a page fails meanwhile (the site will then not be written); a PDF
     * whose inputs are those of the one in the output folder is taken from there.
     */
    private List<OutputFile> scorecardPdfs(List<OutputFile> files, List<ScorecardDownloads> downloads,
                                           ScorecardPdf.Redraw redraw) {
        return new ScorecardPdf(config.scorecard().paper(), "Interview Handbook " + Version.get(), diagnostics,
                config.output()).render(files, downloads, redraw, pdfFailed::get);
    }

    // The files the build writes beside the pages, which no note or attachment may take the place of.
    private Set<String> generatedFiles(Theme theme, InterviewPages interviewPages) {
        Set<String> files = new TreeSet<>(List.of(SearchIndex.FILE, QuestionExport.JSON, QuestionExport.CSV,
                SiteWriter.MARKER, ScorecardPdf.LIST));
        if (config.hasAbsoluteBaseUrl()) {
            files.add(SITEMAP);
        }
        theme.assets().keySet().forEach(path -> files.add(Theme.ASSET_FOLDER + path));
        Branding.files(config.brand()).forEach(file -> files.add(file.path()));
        interviewPages.downloads().forEach(role -> files.addAll(role.pdfs()));
        return files;
    }

    // Empty stand-ins for the PDFs that check does not render (the slowest step), so the crawler can follow links.
    private static List<OutputFile> pdfStandIns(List<ScorecardDownloads> downloads) {
        List<OutputFile> standIns = new ArrayList<>();
        downloads.forEach(role -> role.pdfs().forEach(pdf -> standIns.add(OutputFile.of(pdf, new byte[0]))));
        return standIns;
    }

    // What every template sees besides its page.
    private Map<String, Object> globals(Site site, Theme theme) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("site", config);
        globals.put("sidebar", site.sidebar());
        globals.put("navigation", site.sidebar().entries());
        globals.put("palette", config.highlights().palette());
        globals.put("brand", Branding.of(config.brand(), theme.assets().keySet()));
        globals.put("generator", "Interview Handbook " + Version.get());
        return Map.copyOf(globals);
    }

    private static void emit(List<OutputFile> files, List<OutputFile> made, Consumer<OutputFile> early) {
        if (early == null) {
            files.addAll(made);
        } else {
            made.forEach(early);
        }
    }

    // The scorecard sheets, kept in memory for the PDFs, with the assets the PDF renderer reads beside them.
    private List<OutputFile> sheetsAndAssets(Site site, Theme theme, PageRenderer renderer) {
        List<OutputFile> files = new ArrayList<>(render(site, renderer, Build::isSheet, null));
        for (Asset asset : site.assets()) {
            files.add(OutputFile.copy(asset.path(), asset.source()));
        }
        theme.assets().forEach((path, source) -> files.add(OutputFile.copy(Theme.ASSET_FOLDER + path, source)));
        files.addAll(Branding.files(config.brand()));
        return files;
    }

    // Draws a scorecard sheet's page again with the template's density (and rubric, room) set; null if it cannot be drawn.
    private ScorecardPdf.Redraw redraw(Site site, PageRenderer renderer) {
        Map<String, Page> sheets = new HashMap<>();
        site.pages().stream().filter(Build::isSheet).forEach(page -> sheets.put(page.outputPath(), page));
        return (sheet, drawing) -> {
            Page page = sheets.get(sheet.page());
            if (page == null) {
                return null;
            }
            Map<String, Object> model = new HashMap<>(page.model());
            model.putAll(drawing.templateValues());
            OutputFile file = draw(renderer, new Page(page.url(), page.template(), page.title(), page.source(), model));
            return file == null ? null : file.bytes();
        };
    }

    // A scorecard sheet (not the scorecards' list page, which is an ordinary page of the site).
    private static boolean isSheet(Page page) {
        return "scorecard".equals(page.template());
    }

    // Draws the chosen pages on all cores; with early set, each page goes to it as soon as it is drawn.
    private List<OutputFile> render(Site site, PageRenderer renderer, Predicate<Page> which,
                                    Consumer<OutputFile> early) {
        return new ArrayList<>(site.pages().parallelStream().filter(which).map(page -> {
            OutputFile file = draw(renderer, page);
            if (file != null && early != null) {
                early.accept(file);
                return null;
            }
            return file;
        }).filter(Objects::nonNull).toList());
    }

    // One page as the theme draws it, or null with the template's error reported; in a preview, taken as the
    // last preview drew it when nothing it is drawn from has changed.
    private OutputFile draw(PageRenderer renderer, Page page) {
        try {
            Drawn before = reusablePages.get(page.outputPath());
            byte[] bytes;
            if (before != null && before.page().equals(page)) {
                bytes = before.bytes();
            } else {
                bytes = renderer.render(page);
                pagesDrawn.incrementAndGet();
            }
            if (drawn != null) {
                drawn.put(page.outputPath(), new Drawn(page, bytes));
            }
            return OutputFile.of(page.outputPath(), bytes);
        } catch (PageRenderer.TemplateException e) {
            diagnostics.error(e.file(), e.line(), 1, e.getMessage());
            return null;
        }
    }

    private String sitemap(Site site, Vault vault) {
        Map<String, LocalDate> updated = new LinkedHashMap<>();
        Map<String, LocalDate> byUrl = new LinkedHashMap<>();
        for (Note note : vault.notes()) {
            byUrl.put(note.url(), note.updated() != null ? note.updated() : note.created());
        }
        for (Page page : site.pages()) {
            if (!page.url().endsWith(".html")) {
                updated.put(page.url(), byUrl.get(page.url()));
            }
        }
        return Sitemap.of(config.baseUrl(), updated);
    }
}
