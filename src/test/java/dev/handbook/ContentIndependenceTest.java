package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test suite stays green whatever a team keeps in {@code content/}: no test reads the repository's notes or
 * site.yml, and the handbooks a team starts with (the {@code init} starter, an empty vault) build cleanly.
 */
class ContentIndependenceTest {

    // A path written from the working folder, which under Maven is the repository's root.
    static final Pattern ROOT_NOTES = Pattern.compile(
            "(Path\\.of|Paths\\.get|new File)\\(\\s*\"(\\./)?(content|site\\.yml|examples)(\"|/)"
                    + "|\"(\\.\\./)+(content|site\\.yml)\\b");

    @TempDir
    Path temp;

    @Test
    void noTestReadsTheRepositorysContentOrSiteYml() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (source.getFileName().toString().equals("ContentIndependenceTest.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (ROOT_NOTES.matcher(lines.get(i)).find()) {
                        found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "tests must build their own fixtures (src/test/resources/vaults/ or a @TempDir),"
                + " not the repository's content/ or site.yml, which a team replaces:\n" + String.join("\n", found));
    }

    @Test
    void thePatternCatchesTheWaysATestCouldReachTheRepositorysNotes() {
        String quote = "\"";
        for (String line : List.of("Path config = Path.of(" + quote + "site.yml" + quote + ").toAbsolutePath();",
                "copyTree(Path.of(" + quote + "content" + quote + "), site);",
                "Path note = Path.of(" + quote + "content/stages/Debrief.md" + quote + ");",
                "Paths.get(" + quote + "./content" + quote + ")",
                "new File(" + quote + "site.yml" + quote + ")",
                "Path.of(" + quote + "examples/larkspur/site.yml" + quote + ")",
                "String up = " + quote + "../content" + quote + ";")) {
            assertTrue(ROOT_NOTES.matcher(line).find(), line);
        }
        for (String line : List.of("site.resolve(" + quote + "content/A.md" + quote + ")",
                "TestSites.write(dir.resolve(" + quote + "site.yml" + quote + "), yaml);",
                "Path.of(" + quote + "themes/default/assets/scorecard.css" + quote + ")")) {
            assertTrue(!ROOT_NOTES.matcher(line).find(), line);
        }
    }

    @Test
    void noFixtureVaultReadsNotesFromOutsideItself() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources"))) {
            for (Path config : files.filter(path -> path.getFileName().toString().equals("site.yml")).toList()) {
                for (String line : Files.readAllLines(config)) {
                    if (line.matches("(content|themes)\\s*:.*\\.\\..*")) {
                        found.add(config + ": " + line);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void theInitHandbookPassesTheTeamsGateWithNoWarning() {
        Path clone = temp.resolve("clone");
        Run init = TestSites.cli("init", "--title", "Acme Hiring", clone.toString());
        assertEquals(2, init.exitCode(), "a folder that does not exist is refused: " + init.transcript());
        TestSites.write(clone.resolve("README.md"), "a clone\n");

        assertEquals(0, TestSites.cli("init", "--title", "Acme Hiring", clone.toString()).exitCode());
        Run check = TestSites.cli("check", "--strict", "--config", clone.resolve("site.yml").toString());

        assertEquals(0, check.exitCode(), check::transcript);
        assertTrue(check.out().contains(": 0 errors, 0 warnings"), check::transcript);
        assertEquals("", check.err(), "no diagnostic at all:\n" + check.transcript());
        Run build = TestSites.build(clone, temp.resolve("site"), "--strict");
        assertEquals(0, build.exitCode(), build::transcript);
        assertEquals("", build.err(), build::transcript);
    }

    @Test
    void anEmptyVaultBuildsAndPassesTheGate() {
        Path empty = TestSites.newSite(temp, "Nothing Yet");
        TestSites.write(empty.resolve("content/.obsidian/app.json"), "{}\n");

        Run build = TestSites.build(empty, temp.resolve("out"));
        Run check = TestSites.cli("check", "--strict", "--config", empty.resolve("site.yml").toString());

        assertEquals(0, build.exitCode(), build::transcript);
        assertTrue(Files.isRegularFile(temp.resolve("out/index.html")), build::transcript);
        assertEquals(0, check.exitCode(), check::transcript);
    }
}
