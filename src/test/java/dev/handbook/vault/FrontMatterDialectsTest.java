package dev.handbook.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every front-matter dialect of Obsidian, Jekyll and Hugo notes, read from the "dialects" fixture vault. */
class FrontMatterDialectsTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private Vault vault;
    private Map<String, Note> byName;

    @BeforeEach
    void loadVault() throws Exception {
        vault = load(false);
        byName = Stream.concat(vault.notes().stream(), vault.hidden().stream())
                .collect(Collectors.toMap(Note::name, Function.identity()));
    }

    private Vault load(boolean drafts) throws Exception {
        SiteConfig config = new ConfigLoader(diagnostics).load(TestSites.fixture("dialects").resolve("site.yml"))
                .withOverrides(null, drafts, false);
        return new VaultLoader(config, diagnostics).load();
    }

    private Note note(String name) {
        Note note = byName.get(name);
        assertNotNull(note, () -> "no note " + name + " in " + byName.keySet());
        return note;
    }

    @Test
    void theFixtureReadsWithoutAnyDiagnostic() {
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void titleFromFrontMatterWinsOverTheHeading() {
        Note note = note("title-front-matter");
        assertEquals("Systems Design Round", note.title());
        assertFalse(note.titleFromHeading());
    }

    @Test
    void titleFromTheFirstLevelOneHeading() {
        Note note = note("title-heading");
        assertEquals("Heading Becomes Title", note.title());
        assertTrue(note.titleFromHeading());
    }

    @Test
    void titleFromTheFileNameWhenThereIsNoTitleAndNoH1() {
        Note note = note("Title From Name");
        assertEquals("Title From Name", note.title());
        assertFalse(note.titleFromHeading());
    }

    @Test
    void aliasesAsAYamlList() {
        assertEquals(List.of("Loop Day", "Onsite"), note("aliases-list").aliases());
    }

    @Test
    void aliasAsACommaString() {
        assertEquals(List.of("Debrief", "Wrap-up"), note("alias-string").aliases());
    }

    @Test
    void tagsAsAListWithAndWithoutHash() {
        assertEquals(List.of("hiring", "process"), note("tags-list").tags());
    }

    @Test
    void tagAsACommaString() {
        assertEquals(List.of("culture", "values"), note("tag-comma").tags());
    }

    @Test
    void tagsAsASpaceSeparatedStringOfHashTags() {
        assertEquals(List.of("behavioural", "star"), note("tags-space").tags());
    }

    @Test
    void createdAndModified() {
        Note note = note("dates-created-modified");
        assertEquals(LocalDate.of(2024, 3, 5), note.created());
        assertEquals(LocalDate.of(2024, 4, 10), note.updated());
    }

    @Test
    void dateAloneIsTheCreatedDateAndNoUpdate() {
        Note note = note("dates-date-only");
        assertEquals(LocalDate.of(2023, 11, 2), note.created());
        assertNull(note.updated(), "the page says 'Written', not 'Last updated'");
    }

    @Test
    void lastmodAsADateTimeWithZoneKeepsTheWrittenDay() {
        Note note = note("dates-lastmod-datetime");
        assertEquals(LocalDate.of(2024, 1, 1), note.created());
        assertEquals(LocalDate.of(2024, 2, 2), note.updated());
    }

    @Test
    void updatedAsADateAndTimeString() {
        Note note = note("dates-updated-space");
        assertEquals(LocalDate.of(2024, 5, 5), note.created());
        assertEquals(LocalDate.of(2024, 6, 6), note.updated());
    }

    @Test
    void hugosTomlFrontMatterIsReadLikeYaml() {
        // It was left out with a warning, so a Hugo vault's titles, dates and drafts were all lost.
        Note note = note("hugo-toml");
        assertEquals("Take-Home Review", note.title());
        assertEquals(LocalDate.of(2024, 2, 1), note.created());
        assertEquals(LocalDate.of(2024, 3, 4), note.updated());
        assertEquals(List.of("Homework Review"), note.aliases());
        assertEquals(List.of("take-home", "coding"), note.tags());
        assertEquals(4, note.order());
        assertEquals("take-home/", note.url());
        assertEquals(Map.of("owner", "Platform hiring"), note.frontMatter().get("params"));
        assertEquals(7, note.keyLine("weight"));
        assertEquals(13, note.bodyLine());
        assertEquals("\nReviewers read the submission before the call.\n", note.body());
    }

    @Test
    void noteWithoutDatesHasNone() {
        assertNull(note("title-heading").created());
        assertNull(note("title-heading").updated());
    }

    @Test
    void everyDraftDialectIsHidden() {
        List<String> hidden = vault.hidden().stream().map(Note::name).toList();
        assertEquals(List.of("draft-bool", "draft-string", "publish-string", "published-false", "toml-draft"),
                hidden);
        assertTrue(vault.hidden().stream().allMatch(Note::hidden));
        assertTrue(vault.notes().stream().noneMatch(note -> hidden.contains(note.name())));
    }

    // A vault of one note per entry, each with the entry's front matter and the body "Secret.".
    private static Vault flagged(Path dir, Diagnostics diagnostics, Map<String, String> frontMatter) throws Exception {
        Path site = TestSites.newSite(dir, "Flags");
        frontMatter.forEach((name, flag) -> TestSites.write(site.resolve("content/" + name + ".md"),
                "---\n" + flag + "\n---\nSecret.\n"));
        return new VaultLoader(new ConfigLoader(diagnostics).load(site.resolve("site.yml")), diagnostics).load();
    }

    @Test
    void aFlagThatIsNoBooleanKeepsTheNoteBackAndSaysSo(@TempDir Path dir) throws Exception {
        Diagnostics flagged = new Diagnostics();
        Vault loaded = flagged(dir, flagged, Map.of("quoted-yes", "draft: \"yes\"", "publish-zero", "publish: 0",
                "maybe", "draft: maybe", "quoted-no", "published: \"no\"", "draft-no", "draft: \"no\"",
                "published-on", "published: \"on\""));
        assertEquals(List.of("maybe", "publish-zero", "quoted-no", "quoted-yes"),
                loaded.hidden().stream().map(Note::name).sorted().toList());
        assertEquals(List.of("content/maybe.md:2:1: warning: 'draft' should be true or false, not 'maybe'; the note"
                + " is kept unpublished until it says which"), flagged.sorted().stream().map(Diagnostic::format)
                .filter(line -> line.contains("true or false")).toList());
    }

    @Test
    void emptyAndCapitalisedDraftKeysKeepTheNoteBackAndAPublicationDateDoesNot(@TempDir Path dir) throws Exception {
        Diagnostics flagged = new Diagnostics();
        Vault loaded = flagged(dir, flagged, Map.of("empty", "draft:", "tilde", "draft: ~", "capital", "Draft: true",
                "shout", "DRAFT: true", "mixed", "draft: false\nDraft: true", "dated", "published: 2021-04-17",
                "dated-time", "published: 2021-04-17T10:00:00Z", "capital-false", "Published: false"));
        assertEquals(List.of("capital", "capital-false", "empty", "mixed", "shout", "tilde"),
                loaded.hidden().stream().map(Note::name).sorted().toList());
        assertEquals(List.of("dated", "dated-time"), loaded.notes().stream().map(Note::name).sorted().toList());
        assertEquals(List.of(
                "content/empty.md:2:1: warning: 'draft' should be true or false, not empty; the note is kept"
                        + " unpublished until it says which",
                "content/tilde.md:2:1: warning: 'draft' should be true or false, not empty; the note is kept"
                        + " unpublished until it says which"),
                flagged.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void anUnfilledTemplatePlaceholderIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path site = TestSites.newSite(dir, "Placeholders");
        TestSites.write(site.resolve("content/New.md"), "---\ncreated: {{date}}\n---\nBody.\n");
        Diagnostics read = new Diagnostics();
        new VaultLoader(new ConfigLoader(read).load(site.resolve("site.yml")), read).load();
        assertEquals(List.of("content/New.md:2:1: warning: 'created' is not a date but a YAML map (an unfilled"
                + " template placeholder such as {{date}}?); write it as YYYY-MM-DD"),
                read.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void tomlThatDoesNotParseIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path site = TestSites.newSite(dir, "Toml");
        TestSites.write(site.resolve("content/Broken.md"), "+++\ntitle = \"Screen\"\ndraft = yes\n+++\nBody.\n");
        TestSites.write(site.resolve("content/Open.md"), "+++\ntitle = \"Screen\"\nBody.\n");
        TestSites.write(site.resolve("content/Typed.md"), "+++\ndraft = \"maybe\"\n+++\nBody.\n");
        TestSites.write(site.resolve("content/Twice.md"), "+++\ntitle = \"x\"\n# Wrap regexes in \'\'\' quotes\n"
                + "title = \"y\"\n\nweight = 3\n+++\nB.\n");
        TestSites.write(site.resolve("content/Long.md"), "+++\nsummary = \"\"\"\nweight = 1 in the old scheme\n[draft]\n"
                + "\"\"\"\nweight = \"heavy\"\n+++\nBody.\n");
        Diagnostics read = new Diagnostics();
        SiteConfig config = new ConfigLoader(read).load(site.resolve("site.yml"));
        Vault loaded = new VaultLoader(config, read).load();
        List<String> lines = read.sorted().stream().map(Diagnostic::format).toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("content/Broken.md:3:9: error: invalid front"
                + " matter TOML: ")), lines::toString);
        assertTrue(lines.contains("content/Open.md:1:1: error: front matter is not closed: add a line with +++"
                + " after its last key"), lines::toString);
        assertTrue(lines.contains("content/Typed.md:2:1: warning: 'draft' should be true or false, not 'maybe'; the"
                + " note is kept unpublished until it says which"), lines::toString);
        assertEquals(List.of("Typed"), loaded.hidden().stream().map(Note::name).toList());
        assertTrue(lines.contains("content/Twice.md:4:1: error: invalid front matter TOML: duplicate key 'title'"),
                lines::toString);
        assertTrue(lines.contains("content/Long.md:6:1: warning: 'weight' should be a number, not 'heavy'; it is"
                + " ignored"), "a key after a multi-line string is found at its own line: " + lines);
    }

    @Test
    void publishedTrueAndDraftFalseAreVisible() {
        Note note = note("published-true");
        assertFalse(note.hidden());
        assertTrue(vault.notes().contains(note));
    }

    @Test
    void draftsAreReadAsNotesWhenDraftsAreAskedFor() throws Exception {
        Vault withDrafts = load(true);
        assertEquals(List.of(), withDrafts.hidden());
        assertEquals(21, withDrafts.notes().size());
        assertTrue(withDrafts.notes().stream().anyMatch(note -> note.name().equals("draft-string")));
    }

    @Test
    void orderAndWeightAreSortKeys() {
        assertEquals(3, note("order-key").order());
        assertEquals(7, note("weight-key").order());
        assertNull(note("tags-list").order());
    }

    @Test
    void theRawFrontMatterStaysAvailable() {
        Map<String, Object> raw = note("weight-key").frontMatter();
        assertEquals(2L, raw.get("interviewers"));
        assertEquals(List.of("Ana", "Bo"), raw.get("panel"));
    }

    @Test
    void notesAreSortedByPath() {
        List<String> paths = vault.notes().stream().map(Note::path).toList();
        assertEquals(paths.stream().sorted().toList(), paths);
        assertEquals(16, paths.size());
    }
}
