package dev.handbook.pipeline;

import dev.handbook.config.SiteConfig;
import dev.handbook.output.Branding;
import dev.handbook.output.OutputFile;
import dev.handbook.output.QuestionExport;
import dev.handbook.output.ScorecardPdf;
import dev.handbook.output.SiteWriter;
import dev.handbook.output.Sitemap;
import dev.handbook.render.Theme;
import dev.handbook.site.InterviewPages;
import dev.handbook.site.Page;
import dev.handbook.site.ScorecardDownloads;
import dev.handbook.site.SearchIndex;
import dev.handbook.site.Site;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import dev.handbook.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The files a build makes beside the pages, and what every template sees besides its page. */
final class SiteFiles {

    static final String SITEMAP = "sitemap.xml";

    private SiteFiles() {
    }

    /** The files the build writes beside the pages, which no note or attachment may take the place of. */
    static Set<String> generated(SiteConfig config, Theme theme, InterviewPages interviewPages) {
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

    /** Empty stand-ins for the PDFs that check does not render (the slowest step), so the crawler can follow links. */
    static List<OutputFile> pdfStandIns(List<ScorecardDownloads> downloads) {
        List<OutputFile> standIns = new ArrayList<>();
        downloads.forEach(role -> role.pdfs().forEach(pdf -> standIns.add(OutputFile.of(pdf, new byte[0]))));
        return standIns;
    }

    /** The attachments, the theme's assets and the brand's files, copied as they are. */
    static List<OutputFile> assets(SiteConfig config, Site site, Theme theme) {
        List<OutputFile> files = new ArrayList<>();
        for (Asset asset : site.assets()) {
            files.add(OutputFile.copy(asset.path(), asset.source()));
        }
        theme.assets().forEach((path, source) -> files.add(OutputFile.copy(Theme.ASSET_FOLDER + path, source)));
        files.addAll(Branding.files(config.brand()));
        return files;
    }

    /** What every template sees besides its page. */
    static Map<String, Object> globals(SiteConfig config, Site site, Theme theme) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("site", config);
        globals.put("sidebar", site.sidebar());
        globals.put("navigation", site.sidebar().entries());
        globals.put("palette", config.highlights().palette());
        globals.put("brand", Branding.of(config.brand(), theme.assets().keySet()));
        globals.put("generator", "Interview Handbook " + Version.get());
        return Map.copyOf(globals);
    }

    /** The sitemap, for a site with an absolute base URL: every page with the date its note was last updated. */
    static OutputFile sitemap(SiteConfig config, Site site, Vault vault) {
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
        return OutputFile.of(SITEMAP, Sitemap.of(config.baseUrl(), updated).getBytes(StandardCharsets.UTF_8));
    }
}
