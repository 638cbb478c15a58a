package dev.handbook.output;

import java.util.List;

/** RFC 4180 rows: fields separated by commas, lines ended by CRLF, a field quoted when it needs to be. */
final class Csv {

    private Csv() {
    }

    /** Appends one row. */
    static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A field as written: in double quotes, with quotes doubled, when it holds a comma, quote or line break; and
     * with a leading apostrophe when it starts like a formula, so a spreadsheet shows it instead of running it.
     */
    static String field(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
