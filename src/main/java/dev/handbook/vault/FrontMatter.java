package dev.handbook.vault;

import dev.handbook.config.YamlReader;
import dev.handbook.diagnostics.Diagnostics;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter of one note, YAML or Hugo's TOML, and normalises the dialects of Obsidian, Jekyll
 * and Hugo.
 *
 * <p>Each accessor reports a value it cannot read as a warning at the key's line and falls back.
 */
final class FrontMatter {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");

    private final YamlReader.Document document;
    private final Map<String, Object> map;
    // Keys are read whatever their case, as Hugo does: 'Draft: true' and 'DRAFT: true' hide a note too.
    private final Map<String, List<String>> spellings = new java.util.HashMap<>();
    private final String file;
    private final int firstLine;
    private final Diagnostics diagnostics;

    private FrontMatter(YamlReader.Document document, String file, int firstLine, Diagnostics diagnostics) {
        this.document = document;
        this.map = document.asMap();
        map.keySet().forEach(key -> spellings.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(key));
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /**
     * A note's front matter split from its body.
     *
     * @param text the front matter between its fences, or null when the note has none
     * @param toml true for Hugo's TOML between {@code +++} lines, false for YAML between {@code ---} lines
     * @param textLine the 1-based line of the file on which the front matter starts
     */
    record Split(String text, boolean toml, int textLine, String body, int bodyLine) {
    }

    /** Splits a note's text at its {@code ---} (YAML) or {@code +++} (TOML) fences; reports one never closed. */
    static Split split(String text, String file, Diagnostics diagnostics) {
        boolean toml = text.startsWith("+++\n") || text.equals("+++");
        if (!toml && !text.startsWith("---\n") && !text.equals("---")) {
            return new Split(null, false, 0, text, 1);
        }
        Split matter = toml ? fenced(text, "+++", "+++", true) : fenced(text, "---", "...", false);
        if (matter != null) {
            return matter;
        }
        diagnostics.error(file, 1, 1, "front matter is not closed: add a line with " + (toml ? "+++" : "---")
                + " after its last key");
        return new Split(null, false, 0, text, 1);
    }

    // The text between the opening fence line and the first line that is either closing fence; null if none is.
    private static Split fenced(String text, String fence, String otherFence, boolean toml) {
        int start = fence.length() + 1;
        int position = start;
        int line = 2;
        while (position <= text.length()) {
            int end = text.indexOf('\n', position);
            String current = text.substring(position, end < 0 ? text.length() : end).stripTrailing();
            if (current.equals(fence) || current.equals(otherFence)) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(text.substring(start, position), toml, 2, body, line + 1);
            }
            if (end < 0) {
                return null;
            }
            position = end + 1;
            line++;
        }
        return null;
    }

    /** Parses the YAML or TOML between the fences; a syntax error is reported and an empty map used instead. */
    static FrontMatter parse(Split split, String file, Diagnostics diagnostics) {
        YamlReader.Document document = new YamlReader.Document(null, Map.of(), List.of());
        if (split.text() != null) {
            try {
                document = split.toml() ? TomlReader.read(split.text()) : YamlReader.read(split.text());
            } catch (YamlReader.SyntaxError e) {
                diagnostics.error(file, split.textLine() + e.line() - 1, e.column(),
                        "invalid front matter " + (split.toml() ? "TOML" : "YAML") + ": " + e.getMessage());
            }
            if (document.value() != null && !(document.value() instanceof Map)) {
                diagnostics.error(file, split.textLine(), 1,
                        "front matter must be keys and values such as 'title: Phone Screen'");
                document = new YamlReader.Document(null, Map.of(), List.of());
            }
        }
        FrontMatter frontMatter = new FrontMatter(document, file, split.textLine(), diagnostics);
        for (String duplicate : document.duplicateKeys()) {
            frontMatter.warn(duplicate, "duplicate key '" + duplicate + "'; the last one wins");
        }
        return frontMatter;
    }

    /** The file line of each top-level key and of each entry of a top-level list, for diagnostics. */
    Map<String, Integer> keyLines() {
        Map<String, Integer> lines = new java.util.HashMap<>();
        document.keys().forEach((path, at) -> {
            int bracket = path.indexOf('[');
            String key = bracket < 0 ? path : path.substring(0, bracket);
            if (map.containsKey(key) && (bracket < 0 || path.indexOf(']') == path.length() - 1)) {
                lines.put(path, firstLine + at.line() - 1);
            }
        });
        return Map.copyOf(lines);
    }

    /** The raw map, for templates. */
    Map<String, Object> raw() {
        return map;
    }

    /** The first present key's value as text, or null. */
    String text(String... keys) {
        for (String key : keys) {
            Object value = get(key);
            if (value instanceof Map || value instanceof List) {
                warn(key, "'" + key + "' should be text; it is ignored");
            } else if (value != null && !String.valueOf(value).isBlank()) {
                return String.valueOf(value).trim();
            }
        }
        return null;
    }

    /** Aliases from {@code aliases} or {@code alias}: a YAML list or a comma-separated string. */
    List<String> aliases() {
        return values(false, "aliases", "alias");
    }

    /** Tags from {@code tags} or {@code tag}: a list, a comma or space separated string, with or without '#'. */
    List<String> tags() {
        return values(true, "tags", "tag");
    }

    private List<String> values(boolean tags, String... keys) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = get(key);
            List<String> items = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item != null) {
                        items.addAll(tags ? splitTags(String.valueOf(item)) : List.of(String.valueOf(item)));
                    }
                }
            } else if (value instanceof Map) {
                warn(key, "'" + key + "' should be a list or a comma-separated string; it is ignored");
            } else if (value != null) {
                String text = String.valueOf(value);
                items.addAll(tags ? splitTags(text) : List.of(text.split(",")));
            }
            for (String item : items) {
                String cleaned = tags ? item.replaceFirst("^#+", "").trim() : item.trim();
                if (!cleaned.isEmpty()) {
                    seen.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
                }
            }
        }
        return List.copyOf(seen.values());
    }

    private static List<String> splitTags(String text) {
        return List.of(text.split("[,\\s]+"));
    }

    /** The first valid date among the keys, or null; a value that is not a date is a warning. */
    LocalDate date(String... keys) {
        for (String key : keys) {
            Object value = get(key);
            if (value == null || String.valueOf(value).isBlank()) {
                continue;
            }
            Matcher matcher = DATE.matcher(String.valueOf(value).trim());
            if (matcher.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)));
                } catch (DateTimeException e) {
                    // falls through to the warning: 2024-02-30 matches the pattern but is no date
                }
            }
            warn(key, value instanceof Map || value instanceof List
                    ? "'" + key + "' is not a date but a YAML " + (value instanceof Map ? "map" : "list")
                            + " (an unfilled template placeholder such as {{date}}?); write it as YYYY-MM-DD"
                    : "'" + key + ": " + value + "' is not a date; write it as YYYY-MM-DD");
        }
        return null;
    }

    /** True when the note is a draft or unpublished, in any dialect ({@code draft}, {@code published}, {@code publish}). */
    boolean hidden() {
        return flag("draft", true) || flag("published", false) || flag("publish", false);
    }

    // True when the key, in any of its spellings, holds the value that hides the note. Besides YAML booleans,
    // the words people write ("yes", "off", "1") count. An empty value or one that is none of them hides the
    // note too, with a warning, since publishing a note its author meant to keep back cannot be undone, and
    // keeping back one meant for publishing can. A date under 'published' is when it was published (Jekyll,
    // Obsidian's Web Clipper), not a flag.
    private boolean flag(String key, boolean hides) {
        boolean hidden = false;
        for (String spelling : spellings.getOrDefault(key, List.of())) {
            Object value = map.get(spelling);
            Boolean actual = value instanceof Boolean b ? b
                    : value == null ? null : bool(String.valueOf(value).trim().toLowerCase(Locale.ROOT));
            if (actual == null && !hides && value != null && DATE.matcher(String.valueOf(value).trim()).matches()) {
                continue;
            }
            if (actual == null) {
                warn(spelling, "'" + spelling + "' should be true or false, not "
                        + (value == null || String.valueOf(value).isBlank() ? "empty" : "'" + value + "'")
                        + "; the note is kept unpublished until it says which");
                hidden = true;
            } else if (actual == hides) {
                hidden = true;
            }
        }
        return hidden;
    }

    // The value of a key in any case; the spelling written last wins, as a repeated key does.
    private Object get(String key) {
        List<String> written = spellings.get(key);
        return written == null ? null : map.get(written.get(written.size() - 1));
    }

    private static Boolean bool(String word) {
        return switch (word) {
            case "true", "yes", "y", "on", "1" -> Boolean.TRUE;
            case "false", "no", "n", "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The sort order from {@code order} or {@code weight}, or null. */
    Integer order() {
        for (String key : List.of("order", "weight")) {
            Object value = get(key);
            if (value instanceof Long number) {
                return number.intValue();
            }
            if (value instanceof Double number) {
                return (int) Math.round(number);
            }
            if (value != null) {
                try {
                    return (int) Math.round(Double.parseDouble(String.valueOf(value).trim()));
                } catch (NumberFormatException e) {
                    warn(key, "'" + key + "' should be a number, not '" + value + "'; it is ignored");
                }
            }
        }
        return null;
    }

    private void warn(String key, String message) {
        List<String> written = spellings.get(key);
        YamlReader.Position at = document.position(written == null || map.containsKey(key) ? key : written.get(written.size() - 1));
        diagnostics.warning(file, firstLine + at.line() - 1, at.column(), message);
    }
}
