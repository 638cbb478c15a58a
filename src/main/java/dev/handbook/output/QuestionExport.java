package dev.handbook.output;

import dev.handbook.config.SiteConfig;
import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.Question;
import dev.handbook.interview.QuestionSource;
import dev.handbook.interview.Role;
import dev.handbook.interview.Stage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole question bank as {@code questions.json} and {@code questions.csv} at the site root, for
 * spreadsheets and ATS imports: one record per question, in the model's A–Z order.
 */
public final class QuestionExport {

    /** The JSON file's path in the site. */
    public static final String JSON = "questions.json";
    /** The CSV file's path in the site. */
    public static final String CSV = "questions.csv";

    /** The columns, in the order both files give them. */
    public static final List<String> COLUMNS = List.of("id", "text", "variants", "source", "sources", "file", "line", "locations",
            "section", "themes", "competencies", "roles", "stages", "lookFor", "probes");

    private final InterviewModel model;
    private final String baseUrl;
    private final Map<String, String> themeLabels;

    /** Prepares the export of a model, with addresses absolute when the config's baseUrl is. */
    public QuestionExport(InterviewModel model, SiteConfig config) {
        this.model = model;
        // Only an absolute baseUrl makes a link that works outside the site; otherwise links stay relative
        // to the site root, which is where both files sit.
        this.baseUrl = config.hasAbsoluteBaseUrl() ? config.baseUrl() : "";
        this.themeLabels = config.highlights().labels();
    }

    /** Both files, ready to write, from one pass over the questions. */
    public List<OutputFile> files() {
        List<Map<String, Object>> records = records();
        return List.of(OutputFile.of(JSON, json(records).getBytes(StandardCharsets.UTF_8)),
                OutputFile.of(CSV, csv(records).getBytes(StandardCharsets.UTF_8)));
    }

    /** The bank as a JSON array of objects, one per question, lists as arrays. */
    public String json() {
        return json(records());
    }

    private List<Map<String, Object>> records() {
        return model.questions().stream().map(this::record).toList();
    }

    private static String json(List<Map<String, Object>> records) {
        JsonWriter json = new JsonWriter();
        json.beginArray();
        for (Map<String, Object> record : records) {
            json.beginObject();
            record.forEach(json::field);
            json.endObject();
        }
        json.endArray();
        return json.toString();
    }

    // RFC 4180: a header row, then one row per question, lists joined with "; ". The byte order mark is
    // what makes Excel read the file as UTF-8 rather than the system code page ("CafÃ©").
    private static String csv(List<Map<String, Object>> records) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.row(csv, COLUMNS);
        for (Map<String, Object> record : records) {
            List<String> cells = new ArrayList<>();
            record.values().forEach(value -> cells.add(value instanceof List<?> list
                    ? String.join("; ", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
            Csv.row(csv, cells);
        }
        return csv.toString();
    }

    // One question's fields by column name: strings, or lists of strings.
    private Map<String, Object> record(Question question) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", question.id());
        record.put("text", question.text());
        record.put("variants", question.variants());
        record.put("source", url(question.source()));
        record.put("sources", question.sources().stream().map(this::url).distinct().toList());
        // Where its first source writes it: sorted by file, then line, the rows come in each note's own order.
        record.put("file", question.source().note().displayPath());
        record.put("line", question.source().line());
        // Every place the question is written, as file:line: a question asked by two notes is one record.
        record.put("locations", question.sources().stream()
                .map(source -> source.note().displayPath() + ":" + source.line()).distinct().toList());
        record.put("section", question.section());
        record.put("themes", question.themes().stream().map(theme -> themeLabels.getOrDefault(theme, theme)).toList());
        record.put("competencies", question.competencies());
        record.put("roles", model.rolesOf(question).stream().map(Role::name).toList());
        record.put("stages", model.stagesOf(question).stream().map(Stage::name).toList());
        record.put("lookFor", question.lookFor());
        record.put("probes", question.probes());
        return record;
    }

    private String url(QuestionSource source) {
        return baseUrl + source.url();
    }
}
