package dev.handbook.output;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for the export tests: CRLF records, quoted fields with doubled quotes and line breaks. */
final class CsvReader {

    private CsvReader() {
    }

    /** The records of a whole file; fails on a bare LF between records or a stray quote. */
    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0; // the byte order mark is not part of the first field
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }
}
