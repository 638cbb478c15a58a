package dev.handbook.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code brand} keys of site.yml, checking each file and the accent colour's contrast. */
final class BrandLoader {

    /** The brand keys, for the list of keys site.yml understands. */
    static final List<String> KEYS = List.of("brand", "brand.logo", "brand.accent", "brand.favicon",
            "brand.stylesheet");

    // The default theme's light backgrounds the accent meets: the page (and the text on accent-filled links is
    // this white too), then the grey of callouts, table headers and the header bar.
    private static final String WHITE = "#FFFFFF";
    private static final String SURFACE = "#F6F8FA";
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Set<ImageType> LOGO_TYPES = Set.of(ImageType.PNG, ImageType.JPEG, ImageType.GIF,
            ImageType.SVG);
    private static final Set<ImageType> FAVICON_TYPES = Set.of(ImageType.PNG, ImageType.ICO, ImageType.SVG,
            ImageType.GIF, ImageType.JPEG);

    /** The config's values and where its problems go; each problem is reported at its key. */
    interface Keys {
        /** The value at a dotted key, or null when it is not written (or written empty). */
        Object raw(String key);

        /** True when the key is written, even with no value (an unquoted {@code #} leaves it empty). */
        boolean written(String key);

        /** Reports an error that stops the build. */
        void error(String key, String message);

        /** Reports a warning. */
        void warning(String key, String message);
    }

    private final Path root;
    private final Keys keys;

    BrandLoader(Path root, Keys keys) {
        this.root = root;
        this.keys = keys;
    }

    /** The brand, with every problem reported; a part with a problem is left out. */
    Brand load() {
        Path logo = file("brand.logo", "the logo", "brand/logo.png");
        ImageType logoType = logo == null ? null : image("brand.logo", logo, LOGO_TYPES,
                "a PNG, JPEG, GIF or SVG image (what both browsers and the PDF renderer of the scorecards read)");
        if (logoType == ImageType.SVG) {
            keys.warning("brand.logo", "an SVG logo shows on the pages and sheets but is left off the scorecard"
                    + " PDFs, whose renderer draws PNG, JPEG and GIF only; give a PNG to have it there too");
        }
        Path favicon = file("brand.favicon", "the favicon", "brand/favicon.png");
        ImageType faviconType = favicon == null ? null : image("brand.favicon", favicon, FAVICON_TYPES,
                "a PNG, ICO, SVG, GIF or JPEG image");
        Path stylesheet = file("brand.stylesheet", "the stylesheet", "brand/acme.css");
        if (stylesheet != null && !stylesheet.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css")) {
            keys.error("brand.stylesheet", "'brand.stylesheet' must be a .css file, not "
                    + root.relativize(stylesheet).toString().replace('\\', '/'));
            stylesheet = null;
        }
        return new Brand(logoType == null ? null : logo, logoType, accent(), faviconType == null ? null : favicon,
                faviconType, stylesheet);
    }

    private String accent() {
        Object value = keys.raw("brand.accent");
        if (value == null) {
            if (keys.written("brand.accent")) {
                // An unquoted #C8102E starts a YAML comment, which leaves the key empty.
                keys.error("brand.accent", "'brand.accent' must be a hex colour in quotes, such as"
                        + " accent: \"#C8102E\" (an unquoted # starts a YAML comment)");
            }
            return null;
        }
        String text = String.valueOf(value).trim();
        if (value instanceof Map || value instanceof List || !HEX.matcher(text).matches()) {
            keys.error("brand.accent", "'brand.accent' must be a hex colour such as \"#C8102E\", not "
                    + (value instanceof Map ? "a map" : value instanceof List ? "a list" : "'" + text + "'"));
            return null;
        }
        String hex = text.startsWith("#") ? text.substring(1) : text;
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        String accent = "#" + hex.toUpperCase(Locale.ROOT);
        checkContrast(accent);
        return accent;
    }

    // The accent is link text on white and grey, and the fill behind white text (the current page's link): all
    // three need AA's 4.5:1, and white text on the accent has the same ratio as the accent on white.
    private void checkContrast(String accent) {
        double onWhite = Contrast.ratio(accent, WHITE);
        double onSurface = Contrast.ratio(accent, SURFACE);
        if (onWhite < Contrast.AA) {
            keys.warning("brand.accent", "'brand.accent' " + accent + " has a contrast of only " + ratio(onWhite)
                    + " with white (links on the page, and white text on the accent): WCAG AA asks for 4.5:1 for"
                    + " normal text; choose a darker shade");
        } else if (onSurface < Contrast.AA) {
            keys.warning("brand.accent", "'brand.accent' " + accent + " has a contrast of only " + ratio(onSurface)
                    + " with the light grey " + SURFACE + " of callouts and table headers: WCAG AA asks for 4.5:1"
                    + " for normal text; choose a slightly darker shade");
        }
    }

    // Rounded down, so a ratio just under 4.5 is never printed as 4.5.
    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    // A file inside the site's folder (the folder of site.yml), or null with the problem reported.
    private Path file(String key, String what, String example) {
        Object value = keys.raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            keys.error(key, "'" + key + "' must be the path of " + what + ", such as " + example);
            return null;
        }
        String written = String.valueOf(value).trim();
        Path file;
        try {
            file = root.resolve(written).normalize();
        } catch (InvalidPathException e) {
            keys.error(key, "'" + key + "' must be the path of " + what + ", such as " + example + ", not '"
                    + written + "'");
            return null;
        }
        // The file is copied into the published site, so it must be one the team put there on purpose.
        if (!file.startsWith(root)) {
            keys.error(key, "'" + key + "' must be a file in the folder of site.yml or below it, not '" + written
                    + "'; copy " + what + " into the site's folder (such as " + example + ") and give that path");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            keys.error(key, "'" + key + "': " + what + " '" + written + "' is not found (paths are relative to the"
                    + " folder of site.yml); put the file there or correct the path");
            return null;
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                keys.error(key, "'" + key + "': '" + written + "' is a link to a file outside the folder of"
                        + " site.yml; copy the file itself into the site's folder");
                return null;
            }
        } catch (IOException e) {
            keys.error(key, "'" + key + "': cannot read '" + written + "': " + e.getMessage());
            return null;
        }
        return file;
    }

    // The image's format read from its bytes, or null with the problem reported.
    private ImageType image(String key, Path file, Set<ImageType> allowed, String expected) {
        ImageType type;
        try {
            type = ImageType.of(file);
        } catch (IOException e) {
            keys.error(key, "'" + key + "': cannot read " + root.relativize(file) + ": " + e.getMessage());
            return null;
        }
        if (!allowed.contains(type)) {
            keys.error(key, "'" + key + "' must be " + expected + "; " + root.relativize(file).toString()
                    .replace('\\', '/') + " is " + type.label() + ": save it as PNG");
            return null;
        }
        return type;
    }
}
