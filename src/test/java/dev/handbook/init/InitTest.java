package dev.handbook.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.TestSites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook init}: the sample moves to examples/larkspur/, a starter takes its place, and no team's note is lost. */
class InitTest {

    @TempDir
    Path temp;

    /** A clone as a team gets it: the Larkspur sample in content/ (with its marker) and site.yml. */
    private Path sampleClone() {
        Path clone = TestSites.copy("larkspur", temp);
        TestSites.write(clone.resolve("content").resolve(LarkspurSample.MARKER), "the sample\n");
        return clone;
    }

    private static Run init(Path folder, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "init";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = folder.toString();
        return TestSites.cli(args);
    }

    @Test
    void initMovesTheSampleToExamplesWhereItStillBuilds() {
        Path clone = sampleClone();
        byte[] role = read(clone.resolve("content/roles/Backend Engineer.md"));

        Run run = init(clone, "--title", "Acme Hiring");

        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(run.out().contains("moved the Larkspur Labs sample to examples/larkspur/"), run::transcript);
        Path example = clone.resolve("examples/larkspur");
        assertArrayEquals(role, read(example.resolve("content/roles/Backend Engineer.md")));
        assertTrue(Files.isRegularFile(example.resolve("content").resolve(LarkspurSample.MARKER)));
        String config = text(example.resolve("site.yml"));
        assertTrue(config.contains("title: Larkspur Labs Interview Handbook"), config);
        assertTrue(config.contains("output: ../../target/larkspur"), config);
        // Built with its own output setting: the paths in the moved site.yml now climb back to the clone.
        Run sample = TestSites.cli("build", "--config", example.resolve("site.yml").toString());
        assertEquals(0, sample.exitCode(), sample::transcript);
        Document home = TestSites.html(clone.resolve("target/larkspur/index.html"));
        assertTrue(home.title().contains("Larkspur Labs"), home::title);
        assertTrue(Files.isRegularFile(clone.resolve("target/larkspur/roles/backend-engineer/index.html")));
    }

    @Test
    void theStarterIsNeutralAndPassesCheckStrictWithNoWarning() {
        Path clone = sampleClone();

        assertEquals(0, init(clone, "--title", "Acme Hiring").exitCode());

        String config = text(clone.resolve("site.yml"));
        assertTrue(config.contains("title: \"Acme Hiring\""), config);
        assertFalse(config.toLowerCase().contains("larkspur"), config);
        assertFalse(config.contains("Scoring Scale"), "no comment cites a guide the team does not have:\n" + config);
        for (String note : StarterHandbook.NOTES) {
            assertTrue(Files.isRegularFile(clone.resolve("content").resolve(note)), note);
        }
        assertFalse(Files.exists(clone.resolve("content").resolve(LarkspurSample.MARKER)), "the starter is not the sample");
        Run check = TestSites.cli("check", "--strict", "--config", clone.resolve("site.yml").toString());
        assertEquals(0, check.exitCode(), check::transcript);
        assertTrue(check.out().contains("0 errors, 0 warnings"), check::transcript);
        assertEquals("", check.err(), check::transcript);
    }

    @Test
    void theStarterHasOneRoleTwoStagesABankAndTwoCompetencies() {
        Path clone = sampleClone();
        init(clone, "--title", "Acme Hiring");

        Path site = TestSites.built(clone, temp.resolve("site"));

        assertTrue(TestSites.html(site.resolve("index.html")).title().contains("Acme Hiring"));
        for (String page : new String[] {"roles/software-engineer/", "stages/screening-call/",
                "stages/technical-interview/", "questions/technical-questions/", "competencies/problem-solving/",
                "competencies/collaboration/", "scorecards/software-engineer/technical-interview/"}) {
            assertTrue(Files.isRegularFile(site.resolve(page + "index.html")), page);
        }
        Document role = TestSites.html(site.resolve("roles/software-engineer/index.html"));
        assertTrue(role.text().contains("Problem Solving") && role.text().contains("Collaboration"), role::text);
        String questions = text(site.resolve("questions.json"));
        assertTrue(questions.contains("Look for") || questions.contains("lookFor"), questions);
        assertTrue(questions.contains("questions/technical-questions/"), "the bank's questions are in the export");
    }

    @Test
    void aTitleWithQuotesAndColonsStaysOneTitle() {
        Path clone = sampleClone();
        String title = "Acme: \"Hiring\" #1 \\ ok";

        assertEquals(0, init(clone, "--title", title).exitCode());

        Path site = TestSites.built(clone, temp.resolve("site"));
        assertTrue(TestSites.html(site.resolve("index.html")).title().contains(title),
                () -> TestSites.html(site.resolve("index.html")).title());
    }

    @Test
    void refusesWhenExamplesLarkspurAlreadyExistsAndChangesNothing() {
        Path clone = sampleClone();
        TestSites.write(clone.resolve("examples/larkspur/notes.md"), "someone's notes\n");
        SortedMap<String, byte[]> before = TestSites.tree(clone);

        Run run = init(clone, "--title", "Acme Hiring");

        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().startsWith("error: examples/larkspur/ already exists"), run::transcript);
        assertTrue(run.err().contains("--force"), run::transcript);
        assertFalse(run.err().contains("Exception"), run::transcript);
        assertSameTree(before, TestSites.tree(clone));
    }

    @Test
    void refusesWhenContentIsATeamsOwnNotesAndChangesNothing() {
        Path team = TestSites.newSite(temp, "Our Handbook");
        TestSites.write(team.resolve("content/Our Loop.md"), "# Our loop\n");
        SortedMap<String, byte[]> before = TestSites.tree(team);

        Run run = init(team, "--title", "Acme Hiring");

        assertEquals(2, run.exitCode(), run::transcript);
        assertTrue(run.err().contains("not the Larkspur Labs sample"), run::transcript);
        assertTrue(run.err().contains("init never replaces a team's notes"), run::transcript);
        assertTrue(run.err().contains("--force"), run::transcript);
        assertSameTree(before, TestSites.tree(team));
    }

    @Test
    void aSecondInitRefusesBecauseTheStarterIsNotTheSample() {
        Path clone = sampleClone();
        assertEquals(0, init(clone, "--title", "Acme Hiring").exitCode());
        SortedMap<String, byte[]> before = TestSites.tree(clone);

        Run again = init(clone, "--title", "Acme Hiring");

        assertEquals(2, again.exitCode(), again::transcript);
        assertSameTree(before, TestSites.tree(clone));
    }

    @Test
    void forceMovesATeamsNotesAsideAndDeletesNothing() {
        Path team = TestSites.newSite(temp, "Our Handbook");
        byte[] note = read(TestSites.write(team.resolve("content/Our Loop.md"), "# Our loop\n"));
        byte[] config = read(team.resolve("site.yml"));

        Run run = init(team, "--title", "Acme Hiring", "--force");

        assertEquals(0, run.exitCode(), run::transcript);
        assertArrayEquals(note, read(team.resolve("content.before-init/Our Loop.md")));
        assertArrayEquals(config, read(team.resolve("site.yml.before-init")));
        assertTrue(run.out().contains("moved content/ to content.before-init/"), run::transcript);
        assertTrue(run.out().contains("moved site.yml to site.yml.before-init"), run::transcript);
        assertTrue(text(team.resolve("site.yml")).contains("Acme Hiring"));
        assertFalse(Files.exists(team.resolve("examples")), "there was no sample to move");

        Run again = init(team, "--title", "Acme Hiring", "--force");
        assertEquals(0, again.exitCode(), again::transcript);
        assertTrue(Files.isRegularFile(team.resolve("content.before-init/Our Loop.md")), "the first copy is kept");
        assertTrue(Files.isRegularFile(team.resolve("content.before-init-2/index.md")), again::transcript);
    }

    @Test
    void forceMovesAnExistingExampleAsideBeforeMovingTheSample() {
        Path clone = sampleClone();
        byte[] notes = read(TestSites.write(clone.resolve("examples/larkspur/notes.md"), "someone's notes\n"));

        Run run = init(clone, "--force");

        assertEquals(0, run.exitCode(), run::transcript);
        assertArrayEquals(notes, read(clone.resolve("examples/larkspur.before-init/notes.md")));
        assertTrue(Files.isRegularFile(clone.resolve("examples/larkspur/content/roles/Backend Engineer.md")));
        assertTrue(text(clone.resolve("site.yml")).contains("title: \"Interview Handbook\""), "the default title");
    }

    @Test
    void anEmptyFolderGetsTheStarter() {
        Path empty = temp.resolve("empty");
        TestSites.write(empty.resolve("README.md"), "a fresh repository\n");

        Run run = init(empty, "--title", "Acme Hiring");

        assertEquals(0, run.exitCode(), run::transcript);
        assertTrue(Files.isRegularFile(empty.resolve("content/roles/Software Engineer.md")));
        assertFalse(Files.exists(empty.resolve("examples")));
        assertEquals(1 + 1 + StarterHandbook.NOTES.size(), TestSites.tree(empty).size(), "no staging folder is left");
    }

    @Test
    void anEmptyTitleOrAMissingFolderIsAUsageError() {
        Run blank = init(sampleClone(), "--title", " ");
        assertEquals(2, blank.exitCode(), blank::transcript);
        assertTrue(blank.err().contains("--title is empty"), blank::transcript);

        Run missing = init(temp.resolve("nowhere"), "--title", "Acme Hiring");
        assertEquals(2, missing.exitCode(), missing::transcript);
        assertTrue(missing.err().contains("is not a folder"), missing::transcript);
        assertFalse(missing.err().contains("Exception"), missing::transcript);
    }

    @Test
    void theHelpListsInit() {
        Run help = TestSites.cli("--help");
        assertTrue(help.out().contains("init"), help::transcript);
        Run initHelp = TestSites.cli("init", "--help");
        assertTrue(initHelp.out().contains("--title") && initHelp.out().contains("examples/larkspur/"), initHelp::transcript);
    }

    private static void assertSameTree(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
