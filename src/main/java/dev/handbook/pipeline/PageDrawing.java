package dev.handbook.pipeline;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.output.OutputFile;
import dev.handbook.output.ScorecardPdf;
import dev.handbook.render.PageRenderer;
import dev.handbook.site.Page;
import dev.handbook.site.PageModel;
import dev.handbook.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Draws a site's pages with the theme, on all cores, taking a page as the last preview drew it when its model
 * is equal, or from the build cache on disk when everything it is drawn from has the digest it had, and
 * reporting a template's failure against the template.
 */
final class PageDrawing {

    private final PageRenderer renderer;
    private final Diagnostics diagnostics;
    private final Map<String, StageCache.DrawnPage> reusable;
    private final StageCache next;
    private final DiskCache disk;
    private final byte[] drawnWith;
    private final ModelDigest.Memo memo = new ModelDigest.Memo();
    private final AtomicInteger drawn = new AtomicInteger();

    /**
     * Draws with the renderer; {@code reusable} and {@code next} are the preview's pages from the last build and
     * for the next (empty and null otherwise); {@code disk}, when given, is the build cache, and
     * {@code drawnWith} the digest of what every page is drawn with besides its own model (null: no digest).
     */
    PageDrawing(PageRenderer renderer, Diagnostics diagnostics, Map<String, StageCache.DrawnPage> reusable,
                StageCache next, DiskCache disk, byte[] drawnWith) {
        this.renderer = renderer;
        this.diagnostics = diagnostics;
        this.reusable = reusable;
        this.next = next;
        this.disk = drawnWith == null ? null : disk;
        this.drawnWith = drawnWith;
    }

    /** A scorecard sheet (not the scorecards' list page, which is an ordinary page of the site). */
    static boolean isSheet(Page page) {
        return page.model() instanceof PageModel.ScorecardSheet;
    }

    /** Draws the chosen pages; with early set, each page goes to it as soon as it is drawn and is not returned. */
    List<OutputFile> draw(Site site, Predicate<Page> which, Consumer<OutputFile> early) {
        return new ArrayList<>(site.pages().parallelStream().filter(which).map(page -> {
            OutputFile file = draw(page);
            if (file != null && early != null) {
                early.accept(file);
                return null;
            }
            return file;
        }).filter(Objects::nonNull).toList());
    }

    /** Draws a scorecard sheet's page again with the PDF's density (and rubric, room) set; null if it cannot be drawn. */
    ScorecardPdf.Redraw redraw(Site site) {
        Map<String, Page> sheets = new HashMap<>();
        site.pages().stream().filter(PageDrawing::isSheet).forEach(page -> sheets.put(page.outputPath(), page));
        return (sheet, drawing) -> {
            Page page = sheets.get(sheet.page());
            if (page == null || !(page.model() instanceof PageModel.ScorecardSheet model)) {
                return null;
            }
            OutputFile file = draw(page.withModel(drawing.applyTo(model)));
            return file == null ? null : file.bytes();
        };
    }

    /** The sidebar template that drew an empty tree, or null (see {@link PageRenderer#blankSidebarTemplate}). */
    String blankSidebarTemplate() {
        return renderer.blankSidebarTemplate();
    }

    /** How many pages were drawn; those taken as the last preview drew them are not counted. */
    int count() {
        return drawn.get();
    }

    // One page as the theme draws it, or null with the template's error reported.
    private OutputFile draw(Page page) {
        try {
            StageCache.DrawnPage before = reusable.get(page.outputPath());
            byte[] bytes = before != null && before.page().equals(page) ? before.bytes() : null;
            byte[] key = bytes == null && disk != null ? key(page) : null;
            if (key != null) {
                bytes = disk.get(key);
            }
            if (bytes == null) {
                bytes = renderer.render(page);
                drawn.incrementAndGet();
                if (key != null) {
                    disk.put(key, bytes);
                }
            }
            if (next != null) {
                next.drawn(page, bytes);
            }
            return OutputFile.of(page.outputPath(), bytes);
        } catch (PageRenderer.TemplateException e) {
            diagnostics.error(e.file(), e.line(), 1, e.getMessage());
            return null;
        }
    }

    // The digest of everything a page's bytes come from; null for a model with a part that has none.
    private byte[] key(Page page) {
        try {
            return ModelDigest.of(memo, drawnWith, page);
        } catch (ModelDigest.Undigestible e) {
            return null;
        }
    }
}
