package dev.handbook.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TOML (Hugo's front matter between {@code +++} lines) into the same plain maps, lists and scalars as
 * {@link YamlReader}, with the line of each top-level key.
 *
 * <p>Dates stay strings as they do in YAML. TOML has no duplicate keys: a repeated key is a syntax error.
 */
public final class TomlReader {

    // Configured once and then only read from, which Jackson allows from any thread.
    private static final TomlMapper MAPPER = new TomlMapper();
    // A key at the start of a line: bare, "quoted" or 'literal'. Used only to point diagnostics at a line.
    private static final Pattern KEY = Pattern.compile("^\\s*(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+))\\s*=");
    // A [table] or [[array of tables]] header, after which keys are no longer top-level.
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?[^\\]=]*\\]\\]?\\s*(#.*)?$");

    private TomlReader() {
    }

    /** Parses one TOML document; line and column of a syntax error are 1-based. */
    public static YamlReader.Document read(String text) throws YamlReader.SyntaxError {
        Map<String, Object> value;
        try {
            value = MAPPER.readValue(text, MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class,
                    String.class, Object.class));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            throw new YamlReader.SyntaxError(YamlReader.firstLine(e.getOriginalMessage()), line, column);
        }
        return new YamlReader.Document(value, keyPositions(text), List.of());
    }

    private static Map<String, YamlReader.Position> keyPositions(String text) {
        Map<String, YamlReader.Position> keys = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (TABLE.matcher(lines[i]).matches()) {
                break;
            }
            Matcher key = KEY.matcher(lines[i]);
            if (key.find()) {
                int group = key.group(1) != null ? 1 : key.group(2) != null ? 2 : 3;
                int indent = lines[i].length() - lines[i].stripLeading().length();
                keys.putIfAbsent(key.group(group), new YamlReader.Position(i + 1, indent + 1));
            }
        }
        return keys;
    }
}
