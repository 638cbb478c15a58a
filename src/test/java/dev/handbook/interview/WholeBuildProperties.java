package dev.handbook.interview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the notes and site.yml hold, the whole build (links, question extraction, scorecard sheets, pages,
 * PDFs) ends with its own verdict, a built site or diagnostics (exit 0, 1 or 2): never a crash with a stack
 * trace, nor a failure of the Markdown library reported against a note; every page it links is there, and every
 * diagnostic points at a line of the file it names. Each try checks (one in four builds) the harbour fixture with
 * some of its notes replaced.
 */
class WholeBuildProperties {

    // Question-list lines as interviewers write them, and the block syntax they meet.
    private static final List<String> LINES = List.of("## Questions", "## On the quay", "# Yard Walk",
            "- How do you check a manifest before the crane starts?", "- Which stack would you move first?",
            "1. What would you change?", "- [ ] Did they ask about safety?", "*Look for: A routine, not heroics.*",
            "Look for: names the two fields", "  - Probe: and if the crane is late?", "\t- What then?",
            "> [!question] Why this berth?", "> Ask: who owns the gate?", "**Why now?**", "==What failed?==",
            "- What went wrong? #accuracy", "- [[Accuracy]] — how do you know?", "![[Screen]]", "![[Accuracy]]",
            "| Question | Look for |", "|---|---|", "| Why? | Reasons |", "Plain prose between the questions.", "",
            "---", "```", "    code?", "- ", "?", "- ?", "*Look for:*", "[^1]: A footnote?", "- What? ^q1",
            "[[Yard Walk#^q1]]", "<mark style=\"background: #FF5582A6;\">Why?</mark>",
            // Shapes flexmark once failed on, whole: a task with a nested list and another block after it.
            "- [ ] Did they ask why?\n  - and then?\n  1. first", "|\n\t|---|", "![[Screen]] ^seen", "[[#^seen]]",
            // Links of every odd shape.
            "See [[../Screen]] and [[Screen#Nope#Deeper]].", "[[Screen|]] [[|Screen]] [[#]] [[#^]] [[]]",
            "[[Screen.md]] [[SCREEN.MD#Screen]] [[stages/]] [[/stages/Screen]] [[ Screen ]]",
            "| [[Screen\\|alias]] | b |", "![[pic.png|100]] ![[doc.pdf#page=2]] ![[missing.png]]",
            "[[Screen^block]] [[Screen#^nope]] ![[Screen#^nope]] ![[Yard Walk]]", "[x](../stages/Screen.md#x)",
            "[x](<Screen.md>) [y](Yard%20Walk.md) [z](#) [w](?q=1)", "#tag/ #/tag #1 #tag-é");

    // Every key the handbook reads, and a few it does not.
    private static final List<String> KEYS = List.of("type", "title", "slug", "aliases", "tags", "date", "updated",
            "draft", "publish", "mission", "outcomes", "competencies", "loop", "duration", "purpose", "interviewers",
            "description", "levels", "scale", "questions", "lookFor", "text", "stage", "cssclasses", "level");

    // Values of every YAML shape, as they would be written after "key: ".
    private static final List<String> VALUES = List.of("Plain text", "42", "3.5", "true", "null", "~", "\"\"", "[]",
            "{}", "[\"[[Accuracy]]\", \"[[Teamwork]]\"]", "[[Accuracy]]", "\"[[Screen]]\"", "\"[[Missing]]\"",
            "{stage: \"[[Screen]]\", duration: 20m}", "[{stage: \"[[Screen]]\"}, {duration: 5}]", "[1, 2]",
            "2024-01-16", "[{stage: [a, b]}]", "{a: {b: c}}", "20m", "-5m", "[null]", "[{}]", "role", "stage",
            "competency", "[{stage: \"[[Yard Walk]]\", interviewers: 3}]", "[{text: 5, lookFor: [x]}]",
            "[\"[[Screen]]\", \"[[Yard Walk]]\", \"[[Screen]]\"]", "[{level: 1, text: Good}, {level: x}]",
            "\"[[Dock Planner]]\"", "[{stage: \"[[Dock Planner]]\"}]", "2026-13-45", "[[[[Accuracy]]]]");

    private static final Map<String, String> NOTES = Map.of(
            "content/roles/Dock Planner.md", "type: role\n", "content/stages/Screen.md", "type: stage\n",
            "content/competencies/Accuracy.md", "", "content/questions/Rules.md", "");

    // site.yml's keys, nested ones dotted (not content, output and themes: a made-up path there could name a
    // folder outside the test's), and values of every shape, some of them palettes.
    private static final List<String> CONFIG_KEYS = List.of("title", "description", "baseUrl", "version", "theme",
            "language", "drafts", "strict", "markdown.hardLineBreaks", "highlights.default",
            "highlights.defaultLabel", "highlights.palette", "scorecard.paper", "scorecard.scale",
            "scorecard.recommendations", "unknown");

    private static final List<String> CONFIG_VALUES = List.of("Plain text", "42", "true", "null", "[]", "{}",
            "\"\"", "[a, b, c]", "[[a]]", "{a: b}", "https://example.com/h/", "/relative/", "ftp://x", "Letter",
            "A3", "custom", "../elsewhere", "[{color: \"#FF5582\", name: setback, label: Setbacks}]",
            "[{color: 5}]", "[{}]", "[{color: \"#GGGGGG\", name: \"\", label: null}]",
            "[{color: \"#FF5582\", name: a}, {color: \"#ff5582\", name: a}]", "[One]", "[1, 2, 3, 4, 5, 6, 7, 8, 9]",
            "\"<script>alert(1)</script>\"", "2026-11-22");

    // Note and folder names as vaults have them, odd ones too (a name the file system refuses is skipped).
    private static final List<String> NAMES = List.of("Screen", "screen", "SCREEN", "Yard Walk", "yard-walk",
            "index", "Index", "tags", "scorecards", "missing-notes", "Café & Co", "a#b", "a^b", "a|b", "[a]", "50%",
            "what?", ".hidden", "trailing ", "x".repeat(200), "日本語", "a.b.c", "404", "search-index.js", "-", "_");

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("whole-build");
    }

    @AfterContainer
    static void dropFolder() throws IOException {
        SiteWriter.deleteTree(dir);
    }

    @Property(tries = 40)
    void aBuildOfAnyStageAndQuestionBankEndsWithAVerdict(@ForAll("bodies") String stage,
                                                          @ForAll("bodies") String bank) throws IOException {
        Path site = harbour();
        Files.writeString(site.resolve("content/stages/Yard Walk.md"),
                "---\ntype: stage\ncompetencies: [\"[[Accuracy]]\"]\n---\n" + stage);
        Files.writeString(site.resolve("content/questions/Rules.md"), bank);
        assertVerdict(site);
    }

    @Property(tries = 40)
    void anyShapeOfFrontMatterEndsWithAVerdict(@ForAll("frontMatters") List<String> frontMatters) throws IOException {
        Path site = harbour();
        List<String> paths = NOTES.keySet().stream().sorted().toList();
        for (int i = 0; i < paths.size(); i++) {
            Path note = site.resolve(paths.get(i));
            String text = Files.readString(note);
            String body = text.startsWith("---\n") ? text.substring(text.indexOf("\n---\n", 4) + 5) : text;
            Files.writeString(note, "---\n" + NOTES.get(paths.get(i)) + frontMatters.get(i) + "---\n" + body);
        }
        assertVerdict(site);
    }

    @Property(tries = 40)
    void anyShapeOfSiteYmlEndsWithAVerdict(@ForAll("siteYmls") String yaml) throws IOException {
        Path site = harbour();
        Files.writeString(site.resolve("site.yml"), yaml);
        assertVerdict(site);
    }

    @Provide
    Arbitrary<String> siteYmls() {
        Arbitrary<Map.Entry<String, String>> entry = Combinators.combine(Arbitraries.of(CONFIG_KEYS),
                Arbitraries.of(CONFIG_VALUES)).as(Map::entry);
        return entry.list().ofMaxSize(8).uniqueElements(Map.Entry::getKey).map(entries -> {
            // Nested keys go under their section, once per section.
            Map<String, StringBuilder> sections = new java.util.TreeMap<>();
            StringBuilder yaml = new StringBuilder();
            for (Map.Entry<String, String> e : entries) {
                int dot = e.getKey().indexOf('.');
                if (dot < 0) {
                    yaml.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
                } else {
                    sections.computeIfAbsent(e.getKey().substring(0, dot), k -> new StringBuilder())
                            .append("  ").append(e.getKey().substring(dot + 1)).append(": ").append(e.getValue())
                            .append('\n');
                }
            }
            sections.forEach((section, keys) -> yaml.append(section).append(":\n").append(keys));
            return yaml.toString();
        });
    }

    @Property(tries = 40)
    void anyNamesOfNotesAndFoldersEndWithAVerdict(@ForAll("paths") List<String> paths) throws IOException {
        Path site = harbour();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            // Every other name is an attachment (of several kinds) beside the notes, embedded by a note.
            String file = i % 2 == 0 ? path + ".md" : path + List.of(".png", ".pdf", "", ".html", ".MD").get(i % 5);
            try {
                Path written = site.resolve("content").resolve(file);
                Files.createDirectories(written.getParent());
                Files.writeString(written, "# " + path + "\n\nSee [[Screen]] and [[" + path + "]].\n\n- Why " + path
                        + "? #accuracy\n\n![[" + file + "]]\n");
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // a name this file system does not allow
            }
        }
        assertVerdict(site);
    }

    @Provide
    Arbitrary<List<String>> paths() {
        Arbitrary<String> path = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("/", parts));
        return path.list().ofMaxSize(6);
    }

    // A fresh copy of the fixture, to change notes in.
    private static Path harbour() {
        Path site = dir.resolve("site");
        try {
            SiteWriter.deleteTree(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestSites.copyTree(TestSites.resource("interview", "harbour"), site);
        return site;
    }

    // A check runs every stage but the PDFs in memory and crawls the pages it drew, which is what a build must
    // keep whatever it is fed: a verdict of its own, every page it links reachable, and each diagnostic on a
    // line of the file it names. One property in four also writes the site, PDFs included.
    private static void assertVerdict(Path site) {
        boolean write = TRIES.incrementAndGet() % 4 == 0;
        TestSites.Run run = write ? TestSites.build(site, dir.resolve("out"))
                : TestSites.cli("check", "--config", site.resolve("site.yml").toString());
        // 2 is a diagnosed refusal too: a content folder named like a generated file (search-index.js/) is
        // "a file is in the way" when the site is written.
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, run::transcript);
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run::transcript);
        assertFalse(run.err().contains("a bug in the handbook generator"), run::transcript);
        assertFalse(run.err().contains("broken link in the built page"), run::transcript);
        for (String line : run.err().lines().toList()) {
            Matcher at = DIAGNOSTIC.matcher(line);
            if (!at.lookingAt()) {
                continue;
            }
            Path file = site.resolve(at.group(1));
            int number = Integer.parseInt(at.group(2));
            assertTrue(Files.isRegularFile(file), () -> "a diagnostic names no input file: " + line);
            long lines;
            try {
                lines = Files.readString(file).lines().count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertTrue(number <= lines + 1, () -> "line " + number + " of a " + lines + "-line file: " + line);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger TRIES = new java.util.concurrent.atomic.AtomicInteger();

    private static final Pattern DIAGNOSTIC = Pattern.compile("(.+?):(\\d+):(\\d+): (?:error|warning): ");

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(LINES).list().ofMaxSize(16).map(lines -> String.join("\n", lines) + "\n");
    }

    @Provide
    Arbitrary<List<String>> frontMatters() {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.of(VALUES))
                .as((key, value) -> key + ": " + value + "\n");
        // A later duplicate key is itself an error the reader reports; distinct keys reach the stages.
        Arbitrary<String> frontMatter = entry.list().ofMaxSize(6).uniqueElements(line -> line.substring(0,
                line.indexOf(':'))).map(lines -> String.join("", lines));
        return frontMatter.list().ofSize(NOTES.size());
    }
}
