package dev.handbook.output;

import dev.handbook.config.Brand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The brand as the templates see it ({@code brand.logo}, {@code brand.favicon}, {@code brand.stylesheets}), and
 * the files it adds to the site under {@code brand/}, each with a stable name whatever the team called it.
 *
 * @param logo the logo's path in the site, or null for none
 * @param logoInPdf whether the PDF renderer can draw the logo (it has no SVG support)
 * @param favicon the favicon's path in the site
 * @param faviconType the favicon's media type
 * @param stylesheets the stylesheets pages load after the theme's own, in order, by path in the site
 */
public record Branding(String logo, boolean logoInPdf, String favicon, String faviconType,
                       List<String> stylesheets) {

    /** The site's folder of brand files. */
    public static final String FOLDER = "brand/";
    /** The theme asset a theme adds to restyle the default stylesheet without replacing it. */
    public static final String THEME_EXTRA = "extra.css";

    private static final String ACCENT_CSS = FOLDER + "accent.css";
    private static final String SITE_EXTRA = FOLDER + "extra.css";
    private static final String THEME_FAVICON = "theme/favicon.svg";

    /**
     * The brand's view for the templates.
     *
     * @param themeAssets the theme chain's asset paths, to know whether it has an {@code extra.css}
     */
    public static Branding of(Brand brand, Set<String> themeAssets) {
        List<String> stylesheets = new ArrayList<>();
        // Theme first, then the site: what site.yml says about this one site wins over a shared theme.
        if (themeAssets.contains(THEME_EXTRA)) {
            stylesheets.add("theme/" + THEME_EXTRA);
        }
        if (brand.accent() != null) {
            stylesheets.add(ACCENT_CSS);
        }
        if (brand.stylesheet() != null) {
            stylesheets.add(SITE_EXTRA);
        }
        return new Branding(
                brand.logo() == null ? null : FOLDER + "logo." + brand.logoType().extension(),
                brand.logo() != null && brand.logoType().inPdf(),
                brand.favicon() == null ? THEME_FAVICON : FOLDER + "favicon." + brand.faviconType().extension(),
                brand.favicon() == null ? "image/svg+xml" : brand.faviconType().mediaType(),
                List.copyOf(stylesheets));
    }

    /** The files the brand adds to the site: the logo, favicon and stylesheet copied, the accent's CSS made. */
    public static List<OutputFile> files(Brand brand) {
        List<OutputFile> files = new ArrayList<>();
        if (brand.logo() != null) {
            files.add(OutputFile.copy(FOLDER + "logo." + brand.logoType().extension(), brand.logo()));
        }
        if (brand.favicon() != null) {
            files.add(OutputFile.copy(FOLDER + "favicon." + brand.faviconType().extension(), brand.favicon()));
        }
        if (brand.accent() != null) {
            files.add(OutputFile.of(ACCENT_CSS, accentCss(brand.accent()).getBytes(StandardCharsets.UTF_8)));
        }
        if (brand.stylesheet() != null) {
            files.add(OutputFile.copy(SITE_EXTRA, brand.stylesheet()));
        }
        return files;
    }

    // Light scheme only: a brand colour dark enough for white pages is unreadable on the dark scheme's
    // near-black, which keeps the theme's own light accent unless the team's stylesheet sets one.
    static String accentCss(String accent) {
        return "/* From site.yml: brand.accent. */\n"
                + "@media not all and (prefers-color-scheme: dark) {\n"
                + "  :root { --hb-accent: " + accent + "; }\n"
                + "}\n";
    }
}
