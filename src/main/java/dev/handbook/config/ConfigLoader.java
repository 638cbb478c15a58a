package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads {@code site.yml} into a {@link SiteConfig}, reporting every problem with its position. */
public final class ConfigLoader {

    /** Every key site.yml understands, by dotted path; anything else earns a "did you mean" warning. */
    static final List<String> KNOWN_KEYS = Stream.concat(Stream.of(
            "title", "description", "baseUrl", "version", "content", "output", "theme", "themes", "language",
            "drafts", "strict", "remoteResources", "markdown", "markdown.hardLineBreaks",
            "highlights", "highlights.default", "highlights.defaultLabel", "highlights.palette",
            "scorecard", "scorecard.paper", "scorecard.scale", "scorecard.recommendations"),
            BrandLoader.KEYS.stream()).toList();

    /** Keys that hold a map of further keys. */
    private static final List<String> SECTIONS = List.of("markdown", "highlights", "scorecard", "brand");

    private static final Set<String> FREE_FORM = Set.of("highlights.palette", "scorecard.scale",
            "scorecard.recommendations");
    private static final Pattern HEX_COLOR = Pattern.compile("#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");
    private static final Pattern CSS_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern THEME_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]+");

    private final Diagnostics diagnostics;

    /** Creates a loader that reports into the given sink. */
    public ConfigLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Loads and validates a config file.
     *
     * @throws ConfigException when the file is missing or has errors (already reported)
     */
    public SiteConfig load(Path configFile) throws ConfigException {
        Path file = configFile.toAbsolutePath().normalize();
        Path root = file.getParent();
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + configFile + " (give one with --config FILE)");
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not valid UTF-8; save the file as UTF-8");
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + configFile + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        YamlReader.Document document;
        try {
            document = YamlReader.read(text);
        } catch (YamlReader.SyntaxError e) {
            diagnostics.error(name, e.line(), e.column(), "invalid YAML: " + e.getMessage());
            throw new ConfigException(name + " has errors");
        }
        if (document.value() != null && !(document.value() instanceof Map)) {
            diagnostics.error(name, 1, 1, "site.yml must be a map of keys such as 'title: My handbook'");
            throw new ConfigException(name + " has errors");
        }
        Fields fields = new Fields(name, document, diagnostics);
        warnUnknownKeys(name, document);
        for (String section : SECTIONS) {
            fields.section(section);
        }
        Path content = fields.path(root, "content", "content");
        SiteConfig config = new SiteConfig(
                root,
                file,
                fields.string("title", "Interview Handbook"),
                fields.string("description", ""),
                baseUrl(fields),
                fields.string("version", ""),
                content,
                fields.path(root, "output", "target/handbook"),
                theme(fields),
                fields.path(root, "themes", "themes"),
                fields.string("language", "en"),
                fields.bool("drafts", false),
                fields.bool("strict", false),
                remoteResources(fields),
                new SiteConfig.MarkdownOptions(fields.bool("markdown.hardLineBreaks", true)),
                highlights(fields),
                scorecard(fields),
                new BrandLoader(root, brandKeys(fields, document)).load());
        if (!fields.failed() && !Files.isDirectory(content)) {
            YamlReader.Position at = document.position("content");
            diagnostics.error(name, at.line(), at.column(), "content folder not found: "
                    + config.display(content) + " (set 'content' in site.yml to the folder of your notes)");
            throw new ConfigException(name + " has errors");
        }
        if (fields.failed()) {
            throw new ConfigException(name + " has errors");
        }
        return config;
    }

    // The brand's problems are reported at their keys, like every other key's.
    private static BrandLoader.Keys brandKeys(Fields fields, YamlReader.Document document) {
        return new BrandLoader.Keys() {
            @Override
            public Object raw(String key) {
                return fields.raw(key);
            }

            @Override
            public boolean written(String key) {
                return document.keys().containsKey(key);
            }

            @Override
            public void error(String key, String message) {
                fields.error(key, message);
            }

            @Override
            public void warning(String key, String message) {
                fields.warning(key, message);
            }
        };
    }

    // A theme is a folder under 'themes', never a path that could point anywhere else.
    private static String theme(Fields fields) {
        String theme = fields.string("theme", "default").trim();
        if (!THEME_NAME.matcher(theme).matches() || theme.equals(".") || theme.equals("..")) {
            fields.typeError("theme", "the name of a folder under 'themes', not a path");
            return "default";
        }
        return theme;
    }

    private static RemoteResources remoteResources(Fields fields) {
        RemoteResources policy = RemoteResources.of(fields.string("remoteResources", "warn"));
        if (policy == null) {
            fields.typeError("remoteResources", "warn, block or allow");
            return RemoteResources.WARN;
        }
        return policy;
    }

    private static String baseUrl(Fields fields) {
        String url = fields.string("baseUrl", "").trim();
        if (url.isEmpty()) {
            return "";
        }
        if (url.contains("?") || url.contains("#")) {
            // Every address is the baseUrl and a path after it; a query or fragment would sit in the middle.
            fields.typeError("baseUrl", "the address the handbook is published at, without ? or # (such as"
                    + " https://example.org/handbook/)");
            return "";
        }
        if (!url.startsWith("/") && !url.startsWith("http://") && !url.startsWith("https://")) {
            fields.warning("baseUrl", "'baseUrl' should be an address such as https://example.org/handbook/"
                    + " or a path such as /handbook/, not '" + url + "'; no sitemap.xml is written");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static SiteConfig.Highlights highlights(Fields fields) {
        String defaultName = fields.string("highlights.default", "highlight").trim();
        // The name becomes the class of every ==mark== in the pages, so it is held to the palette names' form.
        if (!CSS_NAME.matcher(defaultName).matches()) {
            fields.typeError("highlights.default", "a lower-case name such as \"highlight\" (letters, digits, -)");
            defaultName = "highlight";
        }
        String defaultLabel = fields.string("highlights.defaultLabel", "Key point");
        List<SiteConfig.HighlightColor> palette = new ArrayList<>();
        Object raw = fields.raw("highlights.palette");
        if (raw == null) {
            palette.addAll(defaultPalette());
        } else if (raw instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                String path = "highlights.palette[" + i + "]";
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    fields.typeError(path, "a map with color, name and label");
                    continue;
                }
                Object rawColor = entry.get("color");
                Object rawName = entry.get("name");
                String color = rawColor == null ? "" : String.valueOf(rawColor);
                String paletteName = rawName == null ? "" : String.valueOf(rawName);
                Object label = entry.get("label");
                if (rawColor == null) {
                    // An unquoted #FF5582 starts a YAML comment, which leaves the key empty.
                    fields.typeError(path + ".color", "a hex colour in quotes, such as color: \"#FF5582\""
                            + " (an unquoted # starts a YAML comment)");
                } else if (!HEX_COLOR.matcher(color).matches()) {
                    fields.typeError(path + ".color", "a hex colour such as \"#FF5582\"");
                } else if (!CSS_NAME.matcher(paletteName).matches()) {
                    fields.typeError(path + ".name", "a lower-case name such as \"setback\" (letters, digits, -)");
                } else {
                    String normalised = normaliseColor(color);
                    SiteConfig.HighlightColor taken = palette.stream()
                            .filter(known -> known.color().equals(normalised)).findFirst().orElse(null);
                    if (taken != null) {
                        // A colour is how a question's theme is found, so it can mean one thing only.
                        fields.typeError(path + ".color", "a colour not already in the palette (it is '"
                                + taken.name() + "')");
                    } else {
                        palette.add(new SiteConfig.HighlightColor(normalised, paletteName,
                                label == null ? paletteName : String.valueOf(label)));
                    }
                }
            }
        } else {
            fields.typeError("highlights.palette", "a list of {color, name, label}");
        }
        return new SiteConfig.Highlights(defaultName, defaultLabel, List.copyOf(palette));
    }

    /** Highlightr's colours, with labels for what behavioural-interview notes usually mean by them. */
    static List<SiteConfig.HighlightColor> defaultPalette() {
        return List.of(
                new SiteConfig.HighlightColor("#FF5582", "setback", "Setbacks and conflict"),
                new SiteConfig.HighlightColor("#FFB86C", "achievement", "Achievements"),
                new SiteConfig.HighlightColor("#BBFABB", "influence", "Problem solving and influence"),
                new SiteConfig.HighlightColor("#D2B3FF", "decision", "Decisions"),
                new SiteConfig.HighlightColor("#ADCCFF", "people", "People"));
    }

    /** Upper-case {@code #RRGGBB}, alpha dropped, so marks match whatever alpha the editor wrote. */
    public static String normaliseColor(String color) {
        String hex = color.startsWith("#") ? color.substring(1) : color;
        return "#" + hex.substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private static SiteConfig.ScorecardOptions scorecard(Fields fields) {
        String paper = fields.string("scorecard.paper", "A4");
        String normalised = switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> "A4";
            case "letter" -> "Letter";
            default -> {
                fields.typeError("scorecard.paper", "A4 or Letter");
                yield "A4";
            }
        };
        // A range ("scale: 0-4") gives its scores; "0-4" as one label made a sheet with a single box.
        Object written = fields.raw("scorecard.scale");
        List<String> range = written instanceof String text ? ScoreRange.labels(text) : null;
        List<String> scale = range != null ? range : fields.strings("scorecard.scale",
                List.of("No evidence", "Weak", "Mixed", "Strong", "Exceptional"));
        List<String> recommendations = fields.strings("scorecard.recommendations",
                List.of("Strong No", "No", "Yes", "Strong Yes"));
        return new SiteConfig.ScorecardOptions(normalised, scale, recommendations);
    }

    private void warnUnknownKeys(String name, YamlReader.Document document) {
        for (Map.Entry<String, YamlReader.Position> key : document.keys().entrySet()) {
            String path = key.getKey();
            if (path.endsWith("]")) {
                continue; // a list's entry, not a key
            }
            boolean underFreeForm = FREE_FORM.stream().anyMatch(free -> path.startsWith(free + "[")
                    || path.startsWith(free + "."));
            if (KNOWN_KEYS.contains(path) || underFreeForm || underUnknownKey(path, document)) {
                continue;
            }
            String suggestion = Suggestions.nearest(path, KNOWN_KEYS);
            diagnostics.warning(name, key.getValue().line(), key.getValue().column(),
                    "unknown key '" + path + "'" + (suggestion == null ? "; it is ignored"
                            : "; did you mean '" + suggestion + "'?"));
        }
        for (String duplicate : document.duplicateKeys()) {
            YamlReader.Position at = document.position(duplicate);
            diagnostics.warning(name, at.line(), at.column(), "duplicate key '" + duplicate + "'; the last one wins");
        }
    }

    // The keys inside a misspelt section are not reported again: the section's own warning covers them.
    private static boolean underUnknownKey(String path, YamlReader.Document document) {
        for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
            String parent = path.substring(0, dot);
            if (document.keys().containsKey(parent) && !KNOWN_KEYS.contains(parent)
                    && !FREE_FORM.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Typed access to the document's values, reporting type errors at the key's position. */
    private static final class Fields {
        private final String file;
        private final YamlReader.Document document;
        private final Diagnostics diagnostics;
        private boolean failed;

        Fields(String file, YamlReader.Document document, Diagnostics diagnostics) {
            this.file = file;
            this.document = document;
            this.diagnostics = diagnostics;
        }

        Object raw(String path) {
            Object value = document.asMap();
            for (String part : path.split("\\.")) {
                int bracket = part.indexOf('[');
                String key = bracket < 0 ? part : part.substring(0, bracket);
                if (!(value instanceof Map<?, ?> map)) {
                    return null;
                }
                value = map.get(key);
                // "palette[0]" steps into the list after the key
                for (int at = bracket; at >= 0; at = part.indexOf('[', at + 1)) {
                    int close = part.indexOf(']', at);
                    if (!(value instanceof List<?> list) || close < 0) {
                        return null;
                    }
                    int index = Integer.parseInt(part.substring(at + 1, close));
                    value = index < list.size() ? list.get(index) : null;
                }
            }
            return value;
        }

        /** Reports a section such as {@code scorecard} written as a single value instead of a map. */
        void section(String path) {
            Object value = raw(path);
            if (value != null && !(value instanceof Map)) {
                typeError(path, "a map of keys (indented on the lines below it)");
            }
        }

        /** A folder or file path, resolved against the config folder. */
        Path path(Path root, String path, String fallback) {
            String value = string(path, fallback);
            try {
                return root.resolve(value).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                typeError(path, "a path to a folder");
                return root.resolve(fallback).normalize();
            }
        }

        String string(String path, String fallback) {
            Object value = raw(path);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Map || value instanceof List) {
                typeError(path, "a text value");
                return fallback;
            }
            return String.valueOf(value);
        }

        boolean bool(String path, boolean fallback) {
            Object value = raw(path);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            String word = String.valueOf(value).trim().toLowerCase(java.util.Locale.ROOT);
            if (List.of("true", "yes", "on").contains(word)) {
                return true;
            }
            if (List.of("false", "no", "off").contains(word)) {
                return false;
            }
            typeError(path, "true or false");
            return fallback;
        }

        List<String> strings(String path, List<String> fallback) {
            Object value = raw(path);
            if (value == null) {
                return fallback;
            }
            if (value instanceof List<?> list && !list.isEmpty()
                    && list.stream().noneMatch(item -> item == null || item instanceof Map || item instanceof List)) {
                return list.stream().map(String::valueOf).toList();
            }
            typeError(path, "a non-empty list of text values");
            return fallback;
        }

        void typeError(String path, String expected) {
            YamlReader.Position at = positionNear(path);
            Object value = raw(path);
            String shown = value == null ? "" : ", not " + describe(value);
            diagnostics.error(file, at.line(), at.column(), "'" + path + "' must be " + expected + shown);
            failed = true;
        }

        void error(String path, String message) {
            YamlReader.Position at = positionNear(path);
            diagnostics.error(file, at.line(), at.column(), message);
            failed = true;
        }

        boolean failed() {
            return failed;
        }

        void warning(String path, String message) {
            YamlReader.Position at = positionNear(path);
            diagnostics.warning(file, at.line(), at.column(), message);
        }

        // A missing key (a palette entry without 'name') is reported where its entry or section starts.
        private YamlReader.Position positionNear(String path) {
            for (String at = path; !at.isEmpty(); ) {
                if (document.keys().containsKey(at)) {
                    return document.keys().get(at);
                }
                for (Map.Entry<String, YamlReader.Position> key : document.keys().entrySet()) {
                    if (key.getKey().startsWith(at + ".") && !at.equals(path)) {
                        return key.getValue();
                    }
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                at = cut < 0 ? "" : at.substring(0, cut);
            }
            return new YamlReader.Position(1, 1);
        }

        private static String describe(Object value) {
            if (value instanceof Map) {
                return "a map";
            }
            if (value instanceof List) {
                return "a list";
            }
            return "'" + value + "'";
        }
    }
}
