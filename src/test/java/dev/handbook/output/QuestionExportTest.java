package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.interview.InterviewFixtures;
import dev.handbook.interview.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** questions.json and questions.csv: the whole question bank of the "harbour" fixture, as written by a build. */
class QuestionExportTest {

    private static final String BASE = "https://hiring.harbour.example/handbook/";

    @TempDir
    static Path temp;

    private static InterviewFixtures.Loaded harbour;
    private static List<Map<String, Object>> json;
    private static String csv;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build() throws IOException {
        Path out = temp.resolve("out");
        InterviewFixtures.build(InterviewFixtures.copy("harbour", temp), out);
        harbour = InterviewFixtures.load("harbour");
        json = (List<Map<String, Object>>) MiniJson.parse(Files.readString(out.resolve("questions.json"),
                StandardCharsets.UTF_8));
        csv = Files.readString(out.resolve("questions.csv"), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> record(String text) {
        return json.stream().filter(r -> r.get("text").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + text));
    }

    @Test
    void theJsonHoldsEveryQuestionInTheModelsOrder() {
        assertEquals(harbour.model().questions().stream().map(Question::id).toList(),
                json.stream().map(r -> r.get("id")).toList());
        for (Map<String, Object> record : json) {
            assertEquals(QuestionExport.COLUMNS, List.copyOf(record.keySet()),
                    "every record has every field, in order");
        }
    }

    @Test
    void aRecordHasEverythingAnInterviewerNeeds() {
        Question question = harbour.question("What brought you to harbour logistics?");
        Map<String, Object> record = record(question.text());
        assertEquals(question.id(), record.get("id"));
        assertEquals(BASE + "questions/rules/#" + question.id(), record.get("source"),
                "absolute, because the config's baseUrl is");
        assertEquals(List.of(BASE + "questions/rules/#" + question.id(), BASE + "stages/screen/#" + question.id()),
                record.get("sources"));
        assertEquals("content/questions/Rules.md", record.get("file"), "the file of its first source");
        assertEquals(13.0, record.get("line"), "a number, the line of that file");
        assertEquals(List.of("content/questions/Rules.md:13", "content/stages/Screen.md:13"), record.get("locations"),
                "every place it is written");
        assertEquals("Warm-up", record.get("section"));
        assertEquals(List.of("Teamwork"), record.get("competencies"));
        assertEquals(List.of("Dock Planner"), record.get("roles"));
        assertEquals(List.of("Screen"), record.get("stages"));
        assertEquals("A concrete reason rather than a rehearsed pitch.", record.get("lookFor"));
        assertEquals(List.of(), record.get("variants"));
    }

    @Test
    void listsKeepTheirItems() {
        assertEquals(List.of("How do you plan a quarter?"), record("How do you plan a week?").get("variants"));
        assertEquals(List.of("How early did you notice?", "Who did you tell first?", "What did they say?"),
                record("Tell me about a time a forecast was badly wrong. What did you do next?").get("probes"));
        assertEquals(List.of("Setbacks and conflict"),
                record("What was the hardest setback of your first year on the docks?").get("themes"),
                "themes by their legend label, as the theme index shows them");
        assertEquals(List.of(), record("How do you plan a week?").get("roles"), "a bank question no loop asks");
    }

    @Test
    void textSurvivesQuotesAndNonAsciiCharacters() {
        assertEquals("When a driver says \"it's fine\", how do you check?",
                record("When a driver says \"it's fine\", how do you check?").get("text"));
        assertTrue(json.stream().anyMatch(r -> r.get("text")
                .equals("What’s the hardest part of a night shift — and how do you get through it?")));
    }

    @Test
    void theCsvIsRfc4180WithAHeaderAndOneRowPerQuestion() {
        assertTrue(csv.endsWith("\r\n"));
        assertEquals("\uFEFF" + String.join(",", QuestionExport.COLUMNS) + "\r\n", csv.substring(0, csv.indexOf("\r\n") + 2),
                "a byte order mark, so Excel reads UTF-8, then the header");
        List<List<String>> rows = CsvReader.read(csv);
        assertEquals(json.size() + 1, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(QuestionExport.COLUMNS.size(), row.size(), row::toString);
            assertEquals(json.get(i - 1).get("id"), row.get(0), "the same order as the JSON");
        }
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBeAndListsAreJoined() {
        assertTrue(csv.contains(",\"When a driver says \"\"it's fine\"\", how do you check?\","),
                "a comma or quote in a field quotes it, and quotes are doubled");
        assertTrue(csv.contains(",How do you plan a week?,How do you plan a quarter?,"), "plain fields stay bare");
        List<String> row = CsvReader.read(csv).stream()
                .filter(r -> r.get(1).equals("Tell me about a time a forecast was badly wrong. What did you do next?"))
                .findFirst().orElseThrow();
        assertEquals("How early did you notice?; Who did you tell first?; What did they say?",
                row.get(QuestionExport.COLUMNS.indexOf("probes")));
    }

    @Test
    void sourceAddressesStayRelativeWithoutAnAbsoluteBaseUrl(@TempDir Path dir) {
        Path site = InterviewFixtures.copy("harbour", dir);
        InterviewFixtures.edit(site.resolve("site.yml"), "baseUrl: https://hiring.harbour.example/handbook/",
                "baseUrl: /handbook/");
        InterviewFixtures.Loaded relative = InterviewFixtures.load(site);
        String exported = new QuestionExport(relative.model(), relative.config()).json();
        Question question = relative.question("How do you plan a week?");
        assertTrue(exported.contains("\"source\": \"questions/rules/#" + question.id() + "\""), exported);
    }

    @Test
    void theCsvFieldRules() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", Csv.field("cr\rhere"));
        assertEquals("", Csv.field(""));
    }

    @Test
    void aCsvFieldThatStartsLikeAFormulaIsShownNotRun() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'-2 points?", Csv.field("-2 points?"));
        assertEquals("'@sum", Csv.field("@sum"));
        assertEquals("a=b", Csv.field("a=b"), "only a leading sign starts a formula");
    }

    @Test
    void theJsonWriterEscapesWhatJsonRequires() {
        String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 separator \u2028 done";
        JsonWriter writer = new JsonWriter();
        writer.beginArray();
        writer.beginObject();
        writer.field("text", tricky);
        writer.field("list", List.of("a", "b\"c"));
        writer.endObject();
        writer.beginObject();
        writer.endObject();
        writer.endArray();
        Object parsed = MiniJson.parse(writer.toString());
        assertEquals(List.of(Map.of("text", tricky, "list", List.of("a", "b\"c")), Map.of()), parsed);
        assertTrue(writer.toString().contains("\\u0007") && writer.toString().contains("\\u2028"));
    }
}
