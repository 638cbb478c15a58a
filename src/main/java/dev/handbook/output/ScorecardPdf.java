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

    /** Draws a sheet's HTML again at a density the theme's scorecard template knows. */
    @FunctionalInterface
    public interface Redraw {
        /** The sheet's page drawn with {@code density} set, or null when it cannot be drawn again. */
        byte[] sheet(ScorecardDownloads.Sheet sheet, String density);
    }

    /** The densities a stage sheet is drawn at, in order, until its PDF is one page (see scorecard.peb). */
    static final List<String> DENSITIES = List.of("roomy", "normal", "compact", "tight", "dense", "terse");

    /**
     * A rendered PDF.
     *
     * @param pages how many pages it has
     * @param warned whether rendering it made a warning
     */
    record Rendered(byte[] pdf, int pages, boolean warned) {
    }

    // A stage sheet must be one page. The theme guesses its density from the counts; when the measured PDF
    // still spills, the sheet is drawn again denser, and the page's HTML is replaced too so that printing it
    // from a browser gives the same one page. A role's whole-loop sheet may take as many pages as it needs.
    private byte[] pdf(ScorecardDownloads.Sheet sheet, boolean onePage, SiteResources resources, Redraw redraw,
                       Map<String, byte[]> redrawn) {
        byte[] html = html(sheet, resources);
        byte[] previous = previous(sheet, html, resources, redraw, redrawn);
        if (previous != null) {
            return previous;
        }
        List<byte[]> htmls = new ArrayList<>(List.of(html));
        List<String> densities = new ArrayList<>();
        // One view for all of the sheet's drawings keeps what they read, and whether a file changed meanwhile.
        SiteResources reading = resources.recording();
        Rendered rendered = render(sheet, html, reading);
        boolean warned = rendered.warned();
        int drawnAt = DENSITIES.indexOf(densityOf(html));
        // A theme whose sheet names no density is taken to be at the normal one.
        int next = onePage && rendered.pages() > 1 ? (drawnAt < 0 ? DENSITIES.indexOf("normal") : drawnAt) + 1 : 0;
        while (onePage && rendered.pages() > 1 && next > 0 && next < DENSITIES.size()) {
            String density = DENSITIES.get(next++);
            byte[] denser = redraw.sheet(sheet, density);
            if (denser == null || Arrays.equals(denser, html)) {
                break; // the template failed (already reported), or the theme's sheet knows no densities
            }
            html = denser;
            htmls.add(denser);
            densities.add(density);
            rendered = render(sheet, denser, reading);
            warned |= rendered.warned();
            redrawn.put(sheet.page(), denser);
        }
        Map<String, byte[]> read = reading.read();
        if (onePage && rendered.pages() > 1) {
            diagnostics.warning(sheet.source(), 0, 0, "the scorecard sheet " + sheet.title() + " needs " + rendered.pages()
                    + " pages even at its densest; split the stage, or move some of its questions to another stage");
        } else if (!warned && read != null) {
            // Only a PDF that made no warning is taken again later, so that a warning is reported on every build;
            // and only one whose files stayed the same while it was drawn.
            reuse.record(sheet.pdf(), reuse.sheetKey(sheet.title(), List.of(htmls.get(0)), read),
                    reuse.sheetKey(sheet.title(), htmls, read), rendered.pdf(), densities, List.copyOf(read.keySet()));
        }
        return rendered.pdf();
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
        for (String density : entry.densities()) {
            byte[] denser = redraw.sheet(sheet, density);
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

    // Densities a sheet can have been drawn again at: known ones, each denser than the one before. The list is
    // read from the output folder, so it is not trusted to name anything else.
    private static boolean redrawnInOrder(List<String> densities) {
        int last = 0;
        for (String density : densities) {
            int index = DENSITIES.indexOf(density);
            if (index <= last) {
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
            return new Rendered(rendered.pdf(), rendered.pages(), warned.get());
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
            describe(document, title, producer, html.getBytes(StandardCharsets.UTF_8));
            int pages = document.getNumberOfPages();
            document.save(out);
            return new Rendered(out.toByteArray(), pages, false);
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
