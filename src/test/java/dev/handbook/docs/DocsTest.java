package dev.handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The reference in {@code docs/} is a handbook this tool builds: it passes {@code check --strict}, so its links
 * cannot rot, and every YAML example in it reads as what it claims to be.
 */
class DocsTest {

    private static final Path DOCS = Path.of("docs");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    // The smallest valid PNG: one transparent pixel.
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    @Test
    void theReferenceBuildsWithCheckStrictAndNoDiagnostic() {
        TestSites.Run run = TestSites.cli("check", "--strict", "--config", DOCS.resolve("site.yml").toString());
        assertEquals(0, run.exitCode(), run::transcript);
        assertEquals("", run.err(), run::transcript);
    }

    @Test
    void everySiteYmlExampleLoadsWithoutADiagnostic() throws Exception {
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, String> example : yamlExamples()) {
            Object parsed = new Yaml().load(example.getValue());
            assertTrue(parsed instanceof Map, example.getKey() + " is a YAML map");
            if (example.getValue().contains("type: role") || example.getValue().contains("type: stage")
                    || example.getValue().contains("type: competency")) {
                continue; // front matter of a note, not a site.yml
            }
            examples++;
            Path site = dir.resolve("example-" + examples);
            Files.createDirectories(site.resolve("content"));
            Object theme = ((Map<?, ?>) parsed).get("theme");
            Files.createDirectories(site.resolve("themes").resolve(theme == null ? "default" : String.valueOf(theme)));
            if (((Map<?, ?>) parsed).get("brand") instanceof Map<?, ?> brand) {
                // The example names its own files: give it a real image and a stylesheet to find.
                for (String key : List.of("logo", "favicon")) {
                    if (brand.get(key) != null) {
                        TestSites.writeBytes(site.resolve(String.valueOf(brand.get(key))), PNG);
                    }
                }
                if (brand.get("stylesheet") != null) {
                    TestSites.write(site.resolve(String.valueOf(brand.get("stylesheet"))), ":root { }\n");
                }
            }
            Path siteYml = TestSites.write(site.resolve("site.yml"), example.getValue());
            Diagnostics diagnostics = new Diagnostics();
            try {
                new ConfigLoader(diagnostics).load(siteYml);
            } catch (dev.handbook.config.ConfigException e) {
                problems.add(example.getKey() + ": " + e.getMessage());
            }
            diagnostics.sorted().stream().map(Diagnostic::format).forEach(line -> problems.add(example.getKey() + ": " + line));
        }
        assertTrue(examples >= 2, "the site.yml examples were found");
        assertEquals(List.of(), problems);
    }

    // Every ```yaml block of the reference, named by its file and position.
    private static List<Map.Entry<String, String>> yamlExamples() throws IOException {
        List<Map.Entry<String, String>> blocks = new ArrayList<>();
        try (Stream<Path> notes = Files.list(DOCS)) {
            for (Path note : notes.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                Matcher block = YAML_BLOCK.matcher(Files.readString(note));
                while (block.find()) {
                    blocks.add(Map.entry(note.getFileName() + "@" + block.start(), block.group(1)));
                }
            }
        }
        return blocks;
    }
}
