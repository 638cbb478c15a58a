package dev.handbook.build;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.interview.InterviewModel;
import dev.handbook.links.LinkGraph;
import dev.handbook.links.NoteIndex;
import dev.handbook.links.LinkResolver;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.output.OutputFile;
import dev.handbook.output.SiteCrawler;
import dev.handbook.output.SiteWriter;
import dev.handbook.output.Sitemap;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.Theme;
import dev.handbook.site.InterviewPages;
import dev.handbook.site.NoteContent;
import dev.handbook.site.SearchIndex;
import dev.handbook.site.Page;
import dev.handbook.site.Site;
import dev.handbook.site.SiteBuilder;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import dev.handbook.vault.Vault;
import dev.handbook.vault.VaultLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the pipeline once: vault, markdown, site, render, output. Problems in the content go to the
 * diagnostics; the site is written only when there are no errors.
 */
public final class Build {

    private final SiteConfig config;
    private final Diagnostics diagnostics;

    /** Prepares a build of the given configuration. */
    public Build(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    /**
     * Builds the handbook.
     *
     * @param write false to check the content only (the {@code check} command)
     * @throws ConfigException when the theme or the output folder cannot be used
     * @throws IOException when the output cannot be written
     */
    public BuildResult run(boolean write) throws ConfigException, IOException {
        Theme theme = Theme.load(config);
        SiteWriter writer = new SiteWriter(config.output());
        String refusal = write ? writer.refusal(List.of(config.content(), config.configFile(), config.themes()))
                : null;
        if (refusal != null) {
            throw new ConfigException(refusal);
        }
        Vault vault = new VaultLoader(config, diagnostics).load();
        MarkdownEngine markdown = new MarkdownEngine(config);
        List<ParsedNote> parsed = vault.notes().parallelStream().map(note -> markdown.parse(note, diagnostics)).toList();
        LinkGraph graph = new LinkResolver(config, diagnostics).resolve(parsed, vault.hidden(), vault.assets());
        InterviewModel interview = new InterviewBuilder(config, diagnostics)
                .build(parsed, new NoteIndex(vault.notes(), vault.assets()));
        List<NoteContent> contents = parsed.parallelStream()
                .map(note -> new NoteContent(note, markdown.render(note), graph.backlinksOf(note.note().path()),
                        tags(note)))
                .toList();
        Site site = new SiteBuilder(diagnostics).build(contents, vault.assets(), graph.missing(),
                new InterviewPages(interview, config));
        List<OutputFile> files = render(site, theme);
        files.add(OutputFile.of(SearchIndex.FILE,
                SearchIndex.script(contents, interview).getBytes(StandardCharsets.UTF_8)));
        if (config.hasAbsoluteBaseUrl()) {
            files.add(OutputFile.of("sitemap.xml", sitemap(site, vault).getBytes(StandardCharsets.UTF_8)));
        }
        if (!write) {
            Map<String, String> sources = new HashMap<>();
            site.pages().forEach(page -> sources.put(page.outputPath(), page.source()));
            new SiteCrawler(diagnostics).crawl(files, sources);
        }
        boolean written = false;
        if (write && !diagnostics.hasErrors()) {
            writer.write(files);
            written = true;
        }
        return new BuildResult(site.pages().size(), files.size(), written);
    }

    // Front matter tags first, then the inline #tags not already among them.
    private static List<String> tags(ParsedNote parsed) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : parsed.note().tags()) {
            tags.putIfAbsent(tag.toLowerCase(java.util.Locale.ROOT), tag);
        }
        for (String tag : parsed.inlineTags()) {
            tags.putIfAbsent(tag.toLowerCase(java.util.Locale.ROOT), tag);
        }
        return List.copyOf(tags.values());
    }

    private List<OutputFile> render(Site site, Theme theme) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("site", config);
        globals.put("navigation", site.navigation());
        globals.put("palette", config.highlights().palette());
        globals.put("generator", "Interview Handbook " + Version.get());
        PageRenderer renderer = new PageRenderer(theme, globals);
        List<OutputFile> files = new ArrayList<>(site.pages().parallelStream().map(page -> {
            try {
                return OutputFile.of(page.outputPath(), renderer.render(page).getBytes(StandardCharsets.UTF_8));
            } catch (PageRenderer.TemplateException e) {
                diagnostics.error(e.file(), e.line(), 1, e.getMessage());
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList());
        for (Asset asset : site.assets()) {
            files.add(OutputFile.copy(asset.path(), asset.source()));
        }
        theme.assets().forEach((path, source) -> files.add(OutputFile.copy(Theme.ASSET_FOLDER + path, source)));
        return files;
    }

    private String sitemap(Site site, Vault vault) {
        Map<String, LocalDate> updated = new LinkedHashMap<>();
        Map<String, LocalDate> byUrl = new LinkedHashMap<>();
        for (Note note : vault.notes()) {
            byUrl.put(note.url(), note.updated());
        }
        for (Page page : site.pages()) {
            if (!page.url().endsWith(".html")) {
                updated.put(page.url(), byUrl.get(page.url()));
            }
        }
        return Sitemap.of(config.baseUrl(), updated);
    }
}
