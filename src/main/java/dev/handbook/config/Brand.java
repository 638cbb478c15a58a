package dev.handbook.config;

import java.nio.file.Path;

/**
 * The site's brand from {@code site.yml}: each part is optional (null when not set).
 *
 * @param logo the logo image, shown in every page's header and on the scorecard sheets
 * @param logoType what the logo's bytes are (decides its name in the site, and whether PDFs can show it)
 * @param accent the accent colour as {@code #RRGGBB}, for the light colour scheme
 * @param favicon the icon browsers show in a tab
 * @param faviconType what the favicon's bytes are
 * @param stylesheet a stylesheet loaded after the theme's, to override its {@code --hb-…} variables or rules
 */
public record Brand(Path logo, ImageType logoType, String accent, Path favicon, ImageType faviconType,
                    Path stylesheet) {

    /** No brand keys: the theme's own look. */
    public static final Brand NONE = new Brand(null, null, null, null, null, null);
}
