package dev.handbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How often the question bank is right on notes nobody here wrote: each corpus of {@link RealCorpora} is built
 * as a user would, and the place of every question in {@code questions.json} is compared with the hand-made
 * labels in {@code src/test/resources/evaluation/question-labels.tsv} (file and line of each question an
 * interviewer asks a candidate). Prints precision and recall per corpus, the misses and the extra questions,
 * and fails when either falls below the figure the README states.
 */
class QuestionBankEvaluationTest {

    // The README's figures, rounded down: a change that makes the bank worse on real notes fails here.
    private static final double PRECISION_FLOOR = 0.84;
    private static final double RECALL_FLOOR = 0.83;

    @TempDir
    Path work;

    /** One place a question is written: corpus, file within its content folder, line. */
    private record Place(String corpus, String path, int line) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return corpus + "/" + path + ":" + line;
        }
    }

    @Test
    void theQuestionBankMatchesTheHandLabels() throws IOException {
        Assumptions.assumeTrue(RealCorpora.present(), "../shared is not beside the project");
        Map<String, Set<Place>> labels = labels();
        Map<String, Path> corpora = RealCorpora.contentFolders(work);
        StringBuilder report = new StringBuilder("\nQuestion bank against the hand labels\n");
        int truePositives = 0;
        int predicted = 0;
        int labelled = 0;
        for (Map.Entry<String, Path> corpus : corpora.entrySet()) {
            Path folder = work.resolve("build-" + corpus.getKey());
            TestSites.Run run = RealCorpora.build(corpus.getValue(), folder);
            assertEquals(0, run.exitCode(), run::transcript);
            Map<Place, String> found = questions(corpus.getKey(), corpus.getValue(), folder.resolve("out"));
            Set<Place> expected = labels.getOrDefault(corpus.getKey(), Set.of());
            Set<Place> hits = new TreeSet<>(found.keySet());
            hits.retainAll(expected);
            truePositives += hits.size();
            predicted += found.size();
            labelled += expected.size();
            report.append(String.format("%-24s precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)%n", corpus.getKey(),
                    percent(hits.size(), found.size()), hits.size(), found.size(),
                    percent(hits.size(), expected.size()), hits.size(), expected.size()));
            found.forEach((place, text) -> {
                if (!expected.contains(place)) {
                    report.append("  extra  ").append(place).append("  ").append(text).append('\n');
                }
            });
            expected.stream().filter(place -> !found.containsKey(place))
                    .forEach(place -> report.append("  missed ").append(place).append('\n'));
        }
        double precision = predicted == 0 ? 1 : (double) truePositives / predicted;
        double recall = labelled == 0 ? 1 : (double) truePositives / labelled;
        report.append(String.format("all corpora              precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)%n",
                100 * precision, truePositives, predicted, 100 * recall, truePositives, labelled));
        System.out.println(report);
        assertTrue(precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR, report::toString);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    // Every place a question of the built bank is written, with its text, by file within the content folder.
    private static Map<Place, String> questions(String corpus, Path content, Path out) throws IOException {
        JsonNode bank = new ObjectMapper().readTree(out.resolve("questions.json").toFile());
        String prefix = content.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
        Map<Place, String> places = new TreeMap<>();
        for (JsonNode question : bank) {
            for (JsonNode location : question.get("locations")) {
                String written = location.asText();
                int colon = written.lastIndexOf(':');
                String file = written.substring(0, colon);
                file = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
                places.put(new Place(corpus, file, Integer.parseInt(written.substring(colon + 1))),
                        question.get("text").asText());
            }
        }
        return places;
    }

    private static Map<String, Set<Place>> labels() throws IOException {
        Map<String, Set<Place>> labels = new TreeMap<>();
        try (InputStream in = QuestionBankEvaluationTest.class.getResourceAsStream("/evaluation/question-labels.tsv")) {
            Assumptions.assumeTrue(in != null, "no labels");
            List<String> lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                if (cells.length >= 4 && cells[3].trim().equals("question")) {
                    labels.computeIfAbsent(cells[0], k -> new TreeSet<>())
                            .add(new Place(cells[0], cells[1], Integer.parseInt(cells[2].trim())));
                }
            }
        }
        return labels;
    }
}
