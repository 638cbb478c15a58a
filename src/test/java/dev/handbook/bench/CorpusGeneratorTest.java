package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: the same seed writes the same files, and a small corpus builds cleanly. No timings here. */
class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        new CorpusGenerator(60, 7).write(dir.resolve("a"));
        new CorpusGenerator(60, 7).write(dir.resolve("b"));
        new CorpusGenerator(60, 8).write(dir.resolve("c"));
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertNotEquals(a.keySet(), files(dir.resolve("c")).keySet(), "another seed gives another corpus");
    }

    @Test
    void notesUseEveryFeatureTheBenchmarkPromises() throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(200, 42).write(dir);
        Map<String, byte[]> files = files(dir);
        assertEquals(201, files.size(), "200 notes and site.yml");
        String all = String.join("\n", files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        for (String feature : new String[] {"type: role", "type: stage", "type: competency", "draft: true",
            "published: false", "aliases:", "alias: ", "tags: \"#", "lastmod: ", "modified: ", "updated: ",
            "created: ", "*Look for: ", "\t- ", "==", "<mark style=\"background: #", "|---|", "```", "|", "#Trade-offs]]",
            "loop:\n  - stage: \"[[", "  4: "}) {
            assertTrue(all.contains(feature), () -> "no note has " + feature);
        }
        assertTrue(corpus.hidden() > 0);
    }

    @Test
    void everyNoteIsAsHeavyAsTheBenchmarkSays() throws IOException {
        new CorpusGenerator(200, 42).write(dir);
        Path content = dir.resolve("content");
        long bytes = 0;
        int notes = 0;
        try (Stream<Path> paths = Files.walk(content)) {
            for (Path note : paths.filter(path -> path.toString().endsWith(".md")).toList()) {
                String path = content.relativize(note).toString();
                if (path.startsWith("process") || path.startsWith("competencies")) {
                    continue; // roles, stages and competencies are shorter by nature
                }
                String text = Files.readString(note, StandardCharsets.UTF_8);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                notes++;
                assertTrue(text.startsWith("---\n"), () -> path + " has front matter");
                assertTrue(text.contains("*Look for: "), () -> path + " has questions with guidance");
                assertTrue(text.contains("|---|"), () -> path + " has a table");
                long links = text.split("\\[\\[", -1).length - 1;
                assertTrue(links >= 5, () -> path + " has " + links + " wiki-links, fewer than 5");
            }
        }
        long average = bytes / notes;
        assertTrue(average >= 4_500 && average <= 7_000, "about 5 KB a note, not " + average + " bytes");
    }

    @Test
    void aFiftyNoteCorpusBuildsWithoutErrors() throws IOException {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(50, 42).write(dir.resolve("corpus"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--config", corpus.siteYml().toString(), "--out",
            dir.resolve("site").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> out + "\n" + err);
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(Files.isDirectory(dir.resolve("site/process/roles")), "role pages are built");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
