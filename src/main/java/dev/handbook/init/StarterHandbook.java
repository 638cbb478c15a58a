package dev.handbook.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small handbook a team starts from: a neutral site.yml and one role, two stages, a question bank, two competencies. */
public final class StarterHandbook {

    /** The starter's notes, by their path under {@code content/}. */
    public static final List<String> NOTES = List.of(
            "index.md",
            "roles/Software Engineer.md",
            "stages/Screening Call.md",
            "stages/Technical Interview.md",
            "questions/Technical Questions.md",
            "competencies/Problem Solving.md",
            "competencies/Collaboration.md");

    private static final String RESOURCES = "/starter/";
    private static final String TITLE = "${title}";

    private final String title;

    /** A starter handbook with the given title on its site and home page. */
    public StarterHandbook(String title) {
        this.title = title;
    }

    /** Writes {@code site.yml} and {@code content/} into {@code folder}, which must not hold either yet. */
    public void writeTo(Path folder) throws IOException {
        write(folder.resolve("site.yml"), "site.yml");
        for (String note : NOTES) {
            write(folder.resolve("content").resolve(note), "content/" + note);
        }
    }

    private void write(Path file, String resource) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, read(resource).replace(TITLE, yamlString(title)), StandardCharsets.UTF_8);
    }

    private static String read(String resource) {
        try (InputStream in = StarterHandbook.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IllegalStateException("the starter note " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted string, so any title (quotes, colons, a leading '#') stays one title. */
    static String yamlString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append(String.format("\\x%02X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
