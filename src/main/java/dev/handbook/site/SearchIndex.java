package dev.handbook.site;

import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.Question;
import dev.handbook.interview.QuestionSource;
import dev.handbook.markdown.Heading;
import dev.handbook.markdown.MarkdownEngine;
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

    /** Body text kept per page: enough to find a page by its words, small enough for big handbooks. */
    static final int BODY_LIMIT = 1500;
    /** The opening shown in link previews. */
    static final int EXCERPT_LIMIT = 280;

    private SearchIndex() {
    }

    /** The script defining {@code window.HANDBOOK_SEARCH}: one entry per published note. */
    public static String script(List<NoteContent> contents, InterviewModel interview) {
        Map<String, List<Question>> questionsByNote = new HashMap<>();
        for (Question question : interview.questions()) {
            for (QuestionSource source : question.sources()) {
                questionsByNote.computeIfAbsent(source.note().path(), k -> new ArrayList<>()).add(question);
            }
        }
        // Each note's entry is made on its own (in parallel: 10,000 notes make a big index), then joined in order.
        List<String> entries = contents.parallelStream().filter(content -> !content.note().isFolderIndex())
                .map(content -> entry(content, questionsByNote.getOrDefault(content.note().path(), List.of())))
                .toList();
        StringBuilder js = new StringBuilder(entries.stream().mapToInt(String::length).sum() + entries.size() * 2 + 64);
        js.append("window.HANDBOOK_SEARCH=[");
        for (int i = 0; i < entries.size(); i++) {
            js.append(i == 0 ? "\n" : ",\n").append(entries.get(i));
        }
        return js.append("\n];\n").toString();
    }

    private static String entry(NoteContent content, List<Question> questions) {
        String body = MarkdownEngine.plainText(content.parsed().document(), BODY_LIMIT);
        StringBuilder js = new StringBuilder(body.length() + 512);
        js.append("{\"t\":").append(string(content.note().title()))
                .append(",\"u\":").append(string(content.note().url()))
                .append(",\"a\":").append(strings(content.note().aliases()))
                .append(",\"h\":").append(strings(content.parsed().headings().stream().map(Heading::text).toList()))
                .append(",\"q\":[");
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String anchor = question.sources().stream().filter(s -> s.note().path().equals(content.note().path()))
                    .findFirst().map(QuestionSource::anchor).orElse("");
            js.append(i == 0 ? "" : ",").append("[").append(string(question.text())).append(',')
                    .append(string(anchor)).append(']');
        }
        return js.append("],\"x\":").append(string(cut(body, EXCERPT_LIMIT)))
                .append(",\"b\":").append(string(cut(body, BODY_LIMIT))).append('}').toString();
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
