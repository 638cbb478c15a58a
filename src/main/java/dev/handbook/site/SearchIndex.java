package dev.handbook.site;

import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.Question;
import dev.handbook.interview.QuestionSource;
import dev.handbook.markdown.Heading;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client-side search index, written as a script ({@code search-index.js}) rather than JSON so that
 * it loads from {@code file://} too, where browsers refuse {@code fetch}.
 */
public final class SearchIndex {

    /** The file the index is written to, at the site root. */
    public static final String FILE = "search-index.js";

    /** Body text kept per page in the biggest handbooks: enough to find a page by its opening. */
    static final int BODY_FLOOR = 1_500;
    /** Body text kept per page in small handbooks: all of any note a person writes by hand. */
    static final int BODY_CEILING = 20_000;
    /** Body text of all pages together that the index aims at: about 3 MB, loaded once when search opens. */
    static final int BODY_BUDGET = 3_000_000;
    /** The opening shown in link previews. */
    static final int EXCERPT_LIMIT = 280;

    private SearchIndex() {
    }

    /**
     * The body text kept per page for a handbook of this many notes: 20,000 characters (all of nearly any note
     * written by hand) up to 150 notes, 10,000 at 300, 3,000 at 1,000 and 1,500 from 2,000 notes on, so the
     * index stays a few MB.
     */
    public static int bodyLimit(int notes) {
        return Math.max(BODY_FLOOR, Math.min(BODY_CEILING, BODY_BUDGET / Math.max(1, notes)));
    }

    /** The script defining {@code window.HANDBOOK_SEARCH}, as UTF-8: one entry per published note. */
    public static byte[] script(List<NoteContent> contents, InterviewModel interview) {
        Map<String, List<Asked>> askedByNote = new HashMap<>();
        for (Question question : interview.questions()) {
            for (QuestionSource source : question.sources()) {
                List<Asked> asked = askedByNote.computeIfAbsent(source.note().path(), k -> new ArrayList<>());
                // A question merged from the same note twice is listed once, with its first anchor.
                if (asked.isEmpty() || asked.get(asked.size() - 1).question() != question) {
                    asked.add(new Asked(question, source.anchor()));
                }
            }
        }
        // A stage asks the questions it embeds too: listed on it, with the anchor they carry on its page.
        for (dev.handbook.interview.Stage stage : interview.stages()) {
            List<Asked> asked = askedByNote.computeIfAbsent(stage.note().path(), k -> new ArrayList<>());
            for (Question question : stage.questions()) {
                if (asked.stream().noneMatch(known -> known.question() == question)) {
                    asked.add(new Asked(question, question.source().anchor()));
                }
            }
        }
        // Each note's entry is made and encoded on its own (in parallel: 10,000 notes make a 20 MB index), then
        // the bytes are joined in order; one string of the whole index would be encoded on one core.
        List<byte[]> entries = contents.parallelStream().filter(content -> !content.note().isFolderIndex())
                .map(content -> entry(content, askedByNote.getOrDefault(content.note().path(), List.of()),
                        interview.byNote().get(content.note().path())).getBytes(StandardCharsets.UTF_8))
                .toList();
        ByteArrayOutputStream js = new ByteArrayOutputStream(
                entries.stream().mapToInt(entry -> entry.length + 2).sum() + 64);
        js.writeBytes(ascii("window.HANDBOOK_SEARCH=["));
        for (int i = 0; i < entries.size(); i++) {
            js.writeBytes(ascii(i == 0 ? "\n" : ",\n"));
            js.writeBytes(entries.get(i));
        }
        js.writeBytes(ascii("\n];\n"));
        return js.toByteArray();
    }

    // A question as one note asks it: the anchor is where that note asks it.
    private record Asked(Question question, String anchor) {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // role is the note's part in the interview model (a Stage, a Role), or null for any other note.
    private static String entry(NoteContent content, List<Asked> asked, Object role) {
        String body = content.text();
        StringBuilder js = new StringBuilder(body.length() + 512);
        List<String> headings = new ArrayList<>(content.headings().stream().map(Heading::text).toList());
        String kind = "";
        if (role instanceof dev.handbook.interview.Stage stage) {
            kind = "stage";
            if (!stage.purpose().isBlank()) {
                headings.add(0, stage.purpose()); // what the stage is for is found as its headings are
            }
        } else if (role instanceof dev.handbook.interview.Role) {
            kind = "role";
        }
        js.append("{\"t\":").append(string(content.note().title()))
                .append(",\"u\":").append(string(content.note().url()))
                .append(",\"k\":").append(string(kind))
                .append(",\"a\":").append(strings(content.note().aliases()))
                .append(",\"h\":").append(strings(headings))
                .append(",\"q\":[");
        for (int i = 0; i < asked.size(); i++) {
            js.append(i == 0 ? "" : ",").append("[").append(string(asked.get(i).question().text())).append(',')
                    .append(string(asked.get(i).anchor())).append(']');
        }
        return js.append("],\"x\":").append(string(cut(body, EXCERPT_LIMIT)))
                .append(",\"b\":").append(string(body)).append('}').toString();
    }

    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int space = text.lastIndexOf(' ', limit);
        return text.substring(0, space > limit / 2 ? space : limit) + "…";
    }

    private static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(string(values.get(i)));
        }
        return out.append(']').toString();
    }

    /** A JSON string literal; '<' is escaped too so the script can never close a tag. */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        int start = 0; // the text up to a character that needs escaping goes in whole
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                out.append(text, start, i).append(escaped);
                start = i + 1;
            }
        }
        return out.append(text, start, text.length()).append('"').toString();
    }
}
