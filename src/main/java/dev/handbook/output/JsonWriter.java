package dev.handbook.output;

import dev.handbook.site.SearchIndex;
import java.util.List;

/**
 * Just enough JSON for the exports: arrays of objects whose values are strings or lists of strings, two-space
 * indented, with every character JSON requires escaped (a library would be a dependency for forty lines).
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    void beginArray() {
        open('[');
    }

    void endArray() {
        close(']');
    }

    void beginObject() {
        open('{');
    }

    void endObject() {
        close('}');
    }

    /** A field of the current object: a string, a whole number, or a list written as an array of strings. */
    void field(String name, Object value) {
        next();
        string(name);
        out.append(": ");
        if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                string(String.valueOf(list.get(i)));
            }
            out.append(']');
        } else if (value instanceof Integer number) {
            out.append(number);
        } else {
            string(String.valueOf(value));
        }
    }

    private void open(char bracket) {
        if (depth > 0) {
            next();
        }
        out.append(bracket);
        depth++;
        first = true;
    }

    private void close(char bracket) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(bracket);
        first = false;
        if (depth == 0) {
            out.append('\n');
        }
    }

    // Starts the next member: a comma after the previous one, then a new indented line.
    private void next() {
        if (!first) {
            out.append(',');
        }
        newline();
        first = false;
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    // One JSON string escaper for the whole site: the search index's, which also escapes '<'.
    private void string(String text) {
        out.append(SearchIndex.string(text));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
