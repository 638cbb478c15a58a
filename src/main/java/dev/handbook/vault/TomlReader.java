package dev.handbook.vault;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.handbook.config.YamlReader;
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
final class TomlReader {

    // Configured once and then only read from, which Jackson allows from any thread.
    private static final TomlMapper MAPPER = new TomlMapper();
    // A key at the start of a line: bare, "quoted" or 'literal'. Used only to point diagnostics at a line.
    private static final Pattern KEY = Pattern.compile("^\\s*(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+))\\s*=");
    // A [table] or [[array of tables]] header, after which keys are no longer top-level; group 1 is the
    // top-level key it belongs to ("loop" of [[loop]], "params" of [params.team]).
    private static final Pattern TABLE = Pattern.compile(
            "^\\s*\\[\\[?\\s*\"?([A-Za-z0-9_-]+)\"?[^\\]=]*\\]\\]?\\s*(#.*)?$");

    private TomlReader() {
    }

    /** Parses one TOML document; line and column of a syntax error are 1-based. */
    static YamlReader.Document read(String text) throws YamlReader.SyntaxError {
        // Scanned first: Jackson reports a repeated key where the next token starts, lines later, unnamed.
        Map<String, YamlReader.Position> keys = keyPositions(text);
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
        return new YamlReader.Document(value, keys, List.of());
    }

    // Where each top-level key stands: a "key =" line before the first table, or a [key] / [[key]] header.
    // Lines inside a multi-line string are text, not keys.
    private static Map<String, YamlReader.Position> keyPositions(String text) throws YamlReader.SyntaxError {
        Map<String, YamlReader.Position> keys = new HashMap<>();
        String[] lines = text.split("\n", -1);
        boolean inString = false;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = inString ? lines[i] : withoutComment(lines[i]);
            boolean opensOrCloses = (count(line, "\"\"\"") + count(line, "'''")) % 2 == 1;
            if (inString) {
                inString = !opensOrCloses;
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            Matcher table = TABLE.matcher(line);
            Matcher key = KEY.matcher(line);
            if (table.matches()) {
                inTable = true;
                keys.putIfAbsent(table.group(1), new YamlReader.Position(i + 1, indent + 1));
            } else if (!inTable && key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2) != null ? key.group(2) : key.group(3);
                if (keys.containsKey(name)) {
                    throw new YamlReader.SyntaxError("duplicate key '" + name + "'", i + 1, indent + 1);
                }
                keys.put(name, new YamlReader.Position(i + 1, indent + 1));
            }
            inString = opensOrCloses;
        }
        return keys;
    }

    // The line up to a # that is outside quotes: a comment may hold anything, even three quotes.
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && c == '#') {
                return line.substring(0, i);
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote && (quote == '\'' || line.charAt(i - 1) != '\\')) {
                quote = 0;
            }
        }
        return line;
    }

    private static int count(String line, String quotes) {
        int count = 0;
        for (int at = line.indexOf(quotes); at >= 0; at = line.indexOf(quotes, at + quotes.length())) {
            count++;
        }
        return count;
    }
}
