package dev.handbook.output;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.site.ScorecardDownloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the scorecard sheets of the built site as PDFs, and each role's interview packet, in-process with
 * openhtmltopdf: from the sheets' own HTML and print CSS, with the fonts embedded and no network.
 */
public final class ScorecardPdf {

    /** The list of what each PDF was made from, written into the site beside them (see {@code PdfReuse}). */
    public static final String LIST = PdfReuse.FILE;

    private final Paper paper;
    private final String producer;
    private final Diagnostics diagnostics;
    private final PdfReuse reuse;
    private final Map<String, String> warnings = new ConcurrentHashMap<>();
    private PdfFonts fonts;

    /**
     * Prepares a renderer.
     *
     * @param paper the paper size from site.yml: {@code A4} or {@code Letter}
     * @param producer the name and version written into each PDF's properties
     * @param diagnostics where the renderer's warnings go (a stylesheet it cannot read or parse...)
     * @param previous the output folder of the previous build, whose PDFs are taken again where their inputs
     *                 are unchanged; null to render every PDF
     */
    public ScorecardPdf(String paper, String producer, Diagnostics diagnostics, Path previous) {
        this.paper = Paper.of(paper);
        this.producer = producer;
        this.diagnostics = diagnostics;
        this.reuse = PdfReuse.of(previous, producer, this.paper.toString());
    }

    // The renderer is set up on first use: a rebuild that takes every PDF again never loads it.
    private synchronized PdfFonts fonts() {
        if (fonts == null) {
            try {
                fonts = PdfFonts.load();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the PDF fonts packed in the tool: " + e.getMessage(), e);
            }
            PdfLog.silence();
            BundledFontMapper.install(fonts);
        }
        return fonts;
    }

    /**
     * Renders every sheet's PDF and every role's packet, or takes them from the previous build.
     *
     * @param site the site's files, where the sheets' HTML and the theme's CSS are found
     * @param downloads the sheets and packets to make
     * @param redraw draws a stage sheet's HTML again at a given density, for a sheet that spilled onto a second page
     * @param cancelled true once the build has failed: the sheets not yet rendered are skipped
     * @return the HTML of the stage sheets that were drawn again (to replace the site's), then the PDFs in the
     *         order of the downloads, then the list of what they were made from (when there are any)
     */
    public List<OutputFile> render(List<OutputFile> site, List<ScorecardDownloads> downloads, Redraw redraw,
                                   BooleanSupplier cancelled) {
        SiteResources resources = new SiteResources(site);
        List<ScorecardDownloads.Sheet> sheets = new ArrayList<>();
        Set<ScorecardDownloads.Sheet> stageSheets = new HashSet<>();
        for (ScorecardDownloads role : downloads) {
            sheets.add(role.roleSheet());
            sheets.addAll(role.stageSheets());
            stageSheets.addAll(role.stageSheets());
        }
        // Sheets are independent documents, so they render side by side; a packet then only merges pages.
        Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
        Map<String, byte[]> redrawn = new ConcurrentHashMap<>();
        sheets.parallelStream().filter(sheet -> !cancelled.getAsBoolean()).forEach(sheet -> pdfs.put(sheet.pdf(),
                pdf(sheet, stageSheets.contains(sheet), resources, redraw, redrawn)));
        reportWarnings();
        if (cancelled.getAsBoolean()) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        redrawn.forEach((page, html) -> files.add(OutputFile.of(page, html)));
        files.sort(Comparator.comparing(OutputFile::path));
        for (ScorecardDownloads role : downloads) {
            files.add(OutputFile.of(role.roleSheet().pdf(), pdfs.get(role.roleSheet().pdf())));
            // The packet opens with the whole-loop sheet: it carries every competency's full rubric, which a
            // stage sheet prints only when it still fits on its one page.
            List<InterviewPacket.Part> parts = new ArrayList<>(List.of(
                    new InterviewPacket.Part(role.role() + " · whole loop", "whole-loop",
                            pdfs.get(role.roleSheet().pdf()))));
            for (ScorecardDownloads.Sheet sheet : role.stageSheets()) {
                files.add(OutputFile.of(sheet.pdf(), pdfs.get(sheet.pdf())));
                // A stage's fields take its folder's name in the packet (screen.candidate), so sheets keep their own.
                String folder = Path.of(sheet.page()).getParent().getFileName().toString();
                parts.add(new InterviewPacket.Part(sheet.title(), folder, pdfs.get(sheet.pdf())));
            }
            if (!role.packet().isEmpty()) {
                files.add(OutputFile.of(role.packet(), packet(role, parts)));
            }
        }
        if (!downloads.isEmpty()) {
            files.add(reuse.file());
        }
        return files;
    }

    private byte[] packet(ScorecardDownloads role, List<InterviewPacket.Part> parts) {
        String title = role.role() + " · interview packet";
        String key = reuse.packetKey(title, parts);
        byte[] packet = reuse.reuse(role.packet(), key);
        if (packet == null) {
            packet = InterviewPacket.merge(title, producer, parts);
            reuse.record(role.packet(), key, key, packet, List.of(), List.of());
        }
        return packet;
    }

    /** Draws a sheet's HTML again at a density the theme's scorecard template knows, with the room measured. */
    @FunctionalInterface
    public interface Redraw {
        /** The sheet's page drawn as {@code drawing} says, or null when it cannot be drawn again. */
        byte[] sheet(ScorecardDownloads.Sheet sheet, SheetDrawing drawing);
    }

    /** The densities a stage sheet is drawn at, in order, until its PDF is one page (see scorecard.peb). */
    static final List<String> DENSITIES = List.of("roomy", "normal", "compact", "tight", "dense", "terse");

    /**
     * A rendered PDF.
     *
     * @param pages how many pages it has
     * @param warned whether rendering it made a warning
     * @param room the writing room measured on its first page, or null for a page that is no sheet
     */
    record Rendered(byte[] pdf, int pages, boolean warned, SheetRoom room) {
    }

    // A stage sheet must be one page, and uses all of it. The theme guesses its density from the counts; when the
    // measured PDF still spills, the sheet is drawn again denser. Once it fits, the blank space left at the foot of
    // the page is measured and the sheet drawn once more with that space shared out as writing room (without its
    // rubric first, when the rubric leaves too few lines for notes). The page's HTML is replaced too, so that
    // printing it from a browser gives the same one page. A whole-loop sheet may take as many pages as it needs.
    private byte[] pdf(ScorecardDownloads.Sheet sheet, boolean onePage, SiteResources resources, Redraw redraw,
                       Map<String, byte[]> redrawn) {
        byte[] html = html(sheet, resources);
        byte[] previous = previous(sheet, html, resources, redraw, redrawn);
        if (previous != null) {
            return previous;
        }
        // One view for all of the sheet's drawings keeps what they read, and whether a file changed meanwhile.
        Drawings drawings = new Drawings(sheet, html, resources.recording(), redraw);
        Rendered rendered = drawings.first();
        if (onePage) {
            String density = densityOf(html);
            // A theme whose sheet names no density is taken to be at the normal one.
            int next = rendered.pages() > 1 ? (DENSITIES.contains(density) ? DENSITIES.indexOf(density)
                    : DENSITIES.indexOf("normal")) + 1 : DENSITIES.size();
            while (rendered.pages() > 1 && next < DENSITIES.size()) {
                density = DENSITIES.get(next++);
                Rendered denser = drawings.draw(SheetDrawing.at(density), true);
                if (denser == null) {
                    break; // the template failed (already reported), or the theme's sheet knows no densities
                }
                rendered = denser;
            }
            if (rendered.pages() == 1) {
                rendered = fill(drawings, SheetDrawing.at(density), rendered, linesOf(html));
            }
        }
        if (drawings.html() != html) {
            redrawn.put(sheet.page(), drawings.html());
        }
        Map<String, byte[]> read = drawings.reading().read();
        if (onePage && rendered.pages() > 1) {
            diagnostics.warning(sheet.source(), 0, 0, "the scorecard sheet " + sheet.title() + " needs " + rendered.pages()
                    + " pages even at its densest; split the stage, or move some of its questions to another stage");
        } else if (!drawings.warned() && read != null) {
            // Only a PDF that made no warning is taken again later, so that a warning is reported on every build;
            // and only one whose files stayed the same while it was drawn.
            reuse.record(sheet.pdf(), reuse.sheetKey(sheet.title(), List.of(html), read),
                    reuse.sheetKey(sheet.title(), drawings.htmls(), read), rendered.pdf(), drawings.tokens(),
                    List.copyOf(read.keySet()));
        }
        return rendered.pdf();
    }

    // The one-page sheet drawn again with its blank space shared out; the sheet as it was when that would spill.
    private static Rendered fill(Drawings drawings, SheetDrawing drawn, Rendered rendered, int fixedLines) {
        SheetRoom room = rendered.room();
        if (room == null) {
            return rendered;
        }
        int lines = SheetFill.lines(room, fixedLines);
        if (fixedLines == 0 && lines < SheetFill.MIN_LINES) {
            // Ruled lines for notes come before the rubric, which the whole-loop sheet prints in full anyway.
            Rendered bare = drawings.draw(drawn.withoutRubric(), false);
            if (bare != null && bare.pages() == 1 && bare.room() != null
                    && SheetFill.lines(bare.room(), fixedLines) > lines) {
                drawings.keep();
                drawn = drawn.withoutRubric();
                rendered = bare;
                room = bare.room();
            }
        }
        SheetDrawing filled = SheetFill.plan(drawn, room, fixedLines);
        if (filled == null) {
            return rendered;
        }
        Rendered full = drawings.draw(filled, false);
        if (full == null || full.pages() != 1) {
            return rendered; // the measured room did not hold it after all: the sheet stays as it fitted
        }
        drawings.keep();
        return full;
    }

    // The ruled lines per question a stage asks for, as its sheet says (data-lines on its <main>); 0 for none.
    private static int linesOf(byte[] html) {
        Element main = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("main.sheet");
        String lines = main == null ? "" : main.attr("data-lines");
        return lines.matches("[1-9][0-9]?") ? Integer.parseInt(lines) : 0;
    }

    /** The drawings of one sheet that its PDF was made from, in order, the first being the site's own page. */
    private final class Drawings {
        private final ScorecardDownloads.Sheet sheet;
        private final SiteResources reading;
        private final Redraw redraw;
        private final List<byte[]> htmls = new ArrayList<>();
        private final List<String> tokens = new ArrayList<>();
        private byte[] tried;
        private String triedToken;
        private boolean warned;

        Drawings(ScorecardDownloads.Sheet sheet, byte[] html, SiteResources reading, Redraw redraw) {
            this.sheet = sheet;
            this.reading = reading;
            this.redraw = redraw;
            htmls.add(html);
        }

        Rendered first() {
            return rendered(htmls.get(0));
        }

        // The sheet drawn and rendered as the drawing says, kept at once or only when keep() follows; null when
        // the template cannot draw it or draws the page as it is.
        Rendered draw(SheetDrawing drawing, boolean keep) {
            byte[] html = redraw.sheet(sheet, drawing);
            if (html == null || Arrays.equals(html, html())) {
                return null;
            }
            tried = html;
            triedToken = drawing.token();
            if (keep) {
                keep();
            }
            return rendered(html);
        }

        void keep() {
            htmls.add(tried);
            tokens.add(triedToken);
        }

        private Rendered rendered(byte[] html) {
            Rendered rendered = render(sheet, html, reading);
            warned |= rendered.warned();
            return rendered;
        }

        byte[] html() {
            return htmls.get(htmls.size() - 1);
        }

        List<byte[]> htmls() {
            return htmls;
        }

        List<String> tokens() {
            return tokens;
        }

        SiteResources reading() {
            return reading;
        }

        boolean warned() {
            return warned;
        }
    }

    // The previous build's PDF of the sheet when its HTML, at each density it was drawn at, and every file its
    // renderer read are unchanged; null otherwise. The first drawing is compared before the sheet is drawn
    // again at the recorded densities: only when it is the same did that drawing spill as it did then, so the
    // denser drawings are the ones a build from scratch would make (and report on) too.
    private byte[] previous(ScorecardDownloads.Sheet sheet, byte[] html, SiteResources resources, Redraw redraw,
                            Map<String, byte[]> redrawn) {
        PdfReuse.Entry entry = reuse.previous(sheet.pdf());
        if (entry == null || !redrawnInOrder(entry.densities())) {
            return null;
        }
        Map<String, byte[]> read = reuse.current(entry.read(), resources::bytes);
        if (!reuse.sheetKey(sheet.title(), List.of(html), read).equals(entry.first())) {
            return null;
        }
        List<byte[]> htmls = new ArrayList<>(List.of(html));
        for (String token : entry.densities()) {
            byte[] denser = redraw.sheet(sheet, SheetDrawing.parse(token));
            if (denser == null) {
                return null;
            }
            htmls.add(denser);
        }
        byte[] pdf = reuse.reuse(sheet.pdf(), reuse.sheetKey(sheet.title(), htmls, read));
        if (pdf != null && htmls.size() > 1) {
            redrawn.put(sheet.page(), htmls.get(htmls.size() - 1));
        }
        return pdf;
    }

    // Drawings a sheet can have been drawn again at: known densities, each denser than the one before, then at the
    // last one without its rubric or with its room filled. The list is read from the output folder, so it is not
    // trusted to name anything else.
    private static boolean redrawnInOrder(List<String> tokens) {
        int last = 0;
        for (String token : tokens) {
            SheetDrawing drawing = SheetDrawing.parse(token);
            int index = drawing == null ? -1 : DENSITIES.indexOf(drawing.density());
            if (index < 0 || (drawing.plain() ? index <= last : index < last)) {
                return false;
            }
            last = index;
        }
        return true;
    }

    // The density the template chose, from the class of the sheet's <main>.
    private static String densityOf(byte[] html) {
        Element main = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("main.sheet");
        if (main == null) {
            return "";
        }
        return main.classNames().stream().filter(DENSITIES::contains).findFirst().orElse("");
    }

    // The sheet's HTML as the site drew it.
    private static byte[] html(ScorecardDownloads.Sheet sheet, SiteResources resources) {
        byte[] html = resources.bytes(SiteResources.uriOf(sheet.page()));
        if (html == null) {
            throw new IllegalStateException("no rendered page " + sheet.page() + " for " + sheet.pdf());
        }
        return html;
    }

    private Rendered render(ScorecardDownloads.Sheet sheet, byte[] html, SiteResources resources) {
        AtomicBoolean warned = new AtomicBoolean();
        try {
            Rendered rendered = render(new String(html, StandardCharsets.UTF_8), sheet.page(), sheet.title(),
                    resources, diagnostic -> {
                        if (warn(sheet.pdf(), diagnostic)) {
                            warned.set(true);
                        }
                    });
            return new Rendered(rendered.pdf(), rendered.pages(), warned.get(), rendered.room());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + sheet.pdf() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renders one page of HTML to a PDF.
     *
     * @param html the page as the theme drew it
     * @param path the page's output path, against which its relative links and stylesheets resolve
     * @param title the PDF's title
     * @param log receives the renderer's messages about this document
     */
    Rendered render(String html, String path, String title, SiteResources resources,
                    Consumer<Diagnostic> log) throws IOException {
        String baseUri = SiteResources.uriOf(path);
        Document page = Jsoup.parse(html, baseUri);
        // The renderer has no SVG support (Batik is not bundled): an SVG logo is left off rather than drawn broken.
        page.select("img.sheet-logo[src~=(?i)\\.svg$]").remove();
        FillableSheet.addControls(page);
        SheetRoom.mark(page);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(new W3CDom().fromJsoup(page), baseUri)
                .useUriResolver(resources)
                .useProtocolsStreamImplementation(resources, SiteResources.SCHEME)
                .useHttpStreamImplementation(new SiteResources.Offline())
                // Belt and braces: whatever a custom theme links to, only the site's own files are read.
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith(SiteResources.SCHEME + ":"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useDefaultPageSize(paper.width(), paper.height(), paper.units())
                .withProducer(producer)
                .withDiagnosticConsumer(log)
                .useFastMode();
        // The document is made here so the fonts can be loaded into it from their parsed, reused files.
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        fonts().register(builder, document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            FillableSheet.finish(document);
            SheetRoom room = SheetRoom.measure(renderer, document);
            describe(document, title, producer, html.getBytes(StandardCharsets.UTF_8));
            int pages = document.getNumberOfPages();
            document.save(out);
            return new Rendered(out.toByteArray(), pages, false, room);
        }
    }

    // Resources the renderer could not or would not load are worth a warning. CSS it skips is not: the sheet
    // CSS is written for browsers too, and what the renderer lacks (flexbox, media features) would warn on
    // every build. Every sheet shares the theme, so each message is reported once. True when it is a warning.
    private boolean warn(String pdf, Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() < Level.WARNING.intValue()
                || XRLog.CSS_PARSE.equals(diagnostic.getLogMessageId().getWhere())) {
            return false;
        }
        // Sheets render in parallel: the first PDF by path names the message, whichever thread saw it first.
        warnings.merge(diagnostic.getFormattedMessage(), pdf, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return true;
    }

    private void reportWarnings() {
        new TreeMap<>(warnings).forEach((message, pdf) -> diagnostics.warning(pdf, 0, 0, "PDF: " + message));
        warnings.clear();
    }

    /**
     * Sets a PDF's title and producer, leaves out the dates, and derives its file identifier from what it
     * was made of: PDFBox would otherwise stamp a new identifier from the clock, and the same sheet should
     * give the same bytes in every build.
     */
    static void describe(PDDocument document, String title, String producer, byte[] source) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(producer);
        info.setCreator(producer);
        info.setCreationDate(null);
        info.setModificationDate(null);
        byte[] id;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            id = Arrays.copyOf(digest.digest(source), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The paper sizes site.yml offers; the sheet's own {@code @page} rule says the same. */
    private record Paper(float width, float height, PageSizeUnits units) {
        static Paper of(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "letter" -> new Paper(8.5f, 11f, PageSizeUnits.INCHES);
                default -> new Paper(210f, 297f, PageSizeUnits.MM);
            };
        }
    }
}
