package dev.handbook.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The validated contents of {@code site.yml}, with every path resolved against the config folder.
 *
 * @param root the folder holding the config file; diagnostics print paths relative to it
 * @param configFile the config file itself
 * @param baseUrl the published address, always ending in {@code /}, or empty when unknown
 * @param remoteResources what to do with images that notes load from other servers
 * @param brand the team's logo, accent colour, favicon and stylesheet ({@link Brand#NONE} when none is set)
 */
public record SiteConfig(
        Path root,
        Path configFile,
        String title,
        String description,
        String baseUrl,
        String version,
        Path content,
        Path output,
        String theme,
        Path themes,
        String language,
        boolean drafts,
        boolean strict,
        RemoteResources remoteResources,
        MarkdownOptions markdown,
        Highlights highlights,
        ScorecardOptions scorecard,
        Brand brand) {

    /** Markdown options: Obsidian renders a single line break as a break, so that is the default. */
    public record MarkdownOptions(boolean hardLineBreaks) {
    }

    /** The mark colours and what each means; {@code defaultName} is the category of {@code ==text==}. */
    public record Highlights(String defaultName, String defaultLabel, List<HighlightColor> palette) {

        /** Each mark category's label by its name ({@code highlight} → "Key point"), the default first. */
        public java.util.Map<String, String> labels() {
            java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
            labels.put(defaultName, defaultLabel);
            palette.forEach(color -> labels.putIfAbsent(color.name(), color.label()));
            return java.util.Collections.unmodifiableMap(labels);
        }
    }

    /** One palette entry: a colour as {@code #RRGGBB} (alpha ignored), a CSS-safe name and a label. */
    public record HighlightColor(String color, String name, String label) {
    }

    /** Scorecard sheet options: paper size, the labels of each rating, and the recommendation choices. */
    public record ScorecardOptions(String paper, List<String> scale, List<String> recommendations) {
    }

    /** True when baseUrl is an absolute http(s) address, so a sitemap can be written. */
    public boolean hasAbsoluteBaseUrl() {
        return baseUrl.startsWith("http://") || baseUrl.startsWith("https://");
    }

    /**
     * The root the 404 page links from: it is served at any missing address, where relative links lead nowhere.
     * That is the baseUrl when it is an address or a path from the server's root ({@code /handbook/}), and null
     * (relative links) when the handbook does not know where it will live.
     */
    public String notFoundRoot() {
        return hasAbsoluteBaseUrl() || baseUrl.startsWith("/") ? baseUrl : null;
    }

    /** The path part of the baseUrl ({@code /handbook/}), or empty when the handbook does not know it. */
    public String basePath() {
        if (hasAbsoluteBaseUrl()) {
            int slash = baseUrl.indexOf('/', baseUrl.indexOf("//") + 2);
            return slash < 0 ? "/" : baseUrl.substring(slash);
        }
        return baseUrl.startsWith("/") ? baseUrl : "";
    }

    /** The path of a file relative to the config folder, with forward slashes, for diagnostics. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }

    /** Returns a copy with the command line's overrides applied. */
    public SiteConfig withOverrides(Path outputOverride, boolean draftsOverride, boolean strictOverride) {
        return new SiteConfig(root, configFile, title, description, baseUrl, version, content,
                outputOverride == null ? output : outputOverride.toAbsolutePath().normalize(), theme, themes, language,
                drafts || draftsOverride, strict || strictOverride, remoteResources, markdown, highlights, scorecard,
                brand);
    }
}
