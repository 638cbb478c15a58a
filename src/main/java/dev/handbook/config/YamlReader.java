package dev.handbook.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into plain maps, lists and scalars while remembering where every key stands.
 *
 * <p>Timestamps stay strings (so {@code date: 2024-06-24} is shown as written, with no time
 * zone shift) and sexagesimal numbers like {@code 1:30} stay strings too.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 64;
    // Aliases can repeat a list inside itself many times over; a config or front matter is never this big.
    private static final int MAX_VALUES = 100_000;

    private YamlReader() {
    }

    /**
     * A parsed YAML document with the 1-based position of each key, by dotted path, and of each list entry
     * ({@code loop[2]}, {@code highlights.palette[0]}).
     */
    public record Document(Object value, Map<String, Position> keys, List<String> duplicateKeys) {

        /** The document as a map, or an empty map when it is empty. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> asMap() {
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        /** Where the key at a dotted path ({@code scorecard.paper}) stands, or the document start. */
        public Position position(String path) {
            return keys.getOrDefault(path, new Position(1, 1));
        }
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    /** Thrown for YAML (or the vault's TOML front matter) that does not parse; line and column are 1-based. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        /** A problem with its message and 1-based position. */
        public SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** 1-based line of the problem. */
        public int line() {
            return line;
        }

        /** 1-based column of the problem. */
        public int column() {
            return column;
        }
    }

    // One loader per thread (a Yaml is not thread-safe, and building one is a good part of a small document's cost).
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    });

    /** Parses one YAML document. */
    public static Document read(String text) throws SyntaxError {
        Node root;
        try {
            root = YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            throw new SyntaxError(firstLine(problem) + context, line, column);
        } catch (YAMLException e) {
            throw new SyntaxError(firstLine(e.getMessage()), 1, 1);
        }
        Map<String, Position> keys = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        Object value = root == null ? null : convert(root, "", keys, duplicates, 0, new int[1]);
        return new Document(value, Collections.unmodifiableMap(keys), List.copyOf(duplicates));
    }

    private static Object convert(Node node, String path, Map<String, Position> keys, List<String> duplicates, int depth,
            int[] count) throws SyntaxError {
        if (depth > MAX_DEPTH) {
            Mark mark = node.getStartMark();
            throw new SyntaxError("YAML nested too deeply", mark.getLine() + 1, mark.getColumn() + 1);
        }
        if (++count[0] > MAX_VALUES) {
            Mark mark = node.getStartMark();
            throw new SyntaxError("YAML expands to too many values (aliases repeated within aliases?)",
                    mark.getLine() + 1, mark.getColumn() + 1);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            int index = 0;
            for (Node item : sequence.getValue()) {
                String itemPath = path + "[" + index++ + "]";
                Mark mark = item.getStartMark();
                keys.put(itemPath, new Position(mark.getLine() + 1, mark.getColumn() + 1));
                list.add(convert(item, itemPath, keys, duplicates, depth + 1, count));
            }
            return Collections.unmodifiableList(list);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Object keyValue = tuple.getKeyNode() instanceof ScalarNode k ? scalar(k) : null;
            String key = String.valueOf(keyValue);
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Mark mark = tuple.getKeyNode().getStartMark();
            if (map.containsKey(key)) {
                duplicates.add(keyPath);
            }
            keys.put(keyPath, new Position(mark.getLine() + 1, mark.getColumn() + 1));
            map.put(key, convert(tuple.getValueNode(), keyPath, keys, duplicates, depth + 1, count));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        // YAML 1.2's booleans only: YAML 1.1 also reads yes/no/on/off, which turned the labels
        // [Strong No, No, Yes, Strong Yes] into [Strong No, false, true, Strong Yes]. A field that wants a
        // flag reads those words itself.
        if (Tag.BOOL.equals(tag) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        if (Tag.BOOL.equals(tag)) {
            return text;
        }
        // A number is kept as written unless it reads back the same: "version: 2026.10" is not 2026.1, and
        // "007" or "1_000" are labels as often as numbers. Whoever wants a number parses the text.
        if (Tag.INT.equals(tag)) {
            try {
                long number = Long.parseLong(text);
                return Long.toString(number).equals(text) ? Long.valueOf(number) : text;
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    /** A parser's message cut to its first line; the diagnostic adds where, and what to do. */
    public static String firstLine(String message) {
        if (message == null) {
            return "not readable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
