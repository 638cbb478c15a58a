package dev.handbook.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking the content folder: which files become notes and assets, their addresses, and bad files. */
class VaultLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig config(Path site) throws Exception {
        return new ConfigLoader(diagnostics).load(site.resolve("site.yml"));
    }

    private Vault load(Path site) throws Exception {
        return new VaultLoader(config(site), diagnostics).load();
    }

    /** A site in the temp folder with the given files under content/, for bytes git must not touch. */
    private Path site(String siteYml) {
        TestSites.write(dir.resolve("site.yml"), siteYml);
        try {
            Files.createDirectories(dir.resolve("content"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    private List<String> formatted() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static Note named(Vault vault, String name) {
        return vault.notes().stream().filter(note -> note.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + name));
    }

    @Test
    void readsEveryMarkdownFileRecursivelyAndSkipsDotFoldersAndDotfiles() throws Exception {
        Vault vault = load(TestSites.fixture("basic"));
        assertEquals(List.of(
                "guides/Café Chats.md",
                "index.md",
                "process/Onsite Loop.md",
                "process/Phone Screen.md",
                "teams/Data Analyst.md",
                "teams/Platform Engineer.md"), vault.notes().stream().map(Note::path).toList());
        assertEquals(List.of("guides/Note Taking Tips.md", "guides/Old Process.md"),
                vault.hidden().stream().map(Note::path).toList());
        assertEquals(List.of(), formatted());
    }

    @Test
    void otherFilesAreAssetsAtTheSameRelativePath() throws Exception {
        Path fixture = TestSites.fixture("basic");
        Vault vault = load(fixture);
        assertEquals(1, vault.assets().size(), () -> vault.assets().toString());
        Asset asset = vault.assets().get(0);
        assertEquals("attachments/loop-diagram.svg", asset.path());
        assertEquals("content/attachments/loop-diagram.svg", asset.displayPath());
        assertEquals("loop-diagram.svg", asset.name());
        assertEquals(fixture.resolve("content/attachments/loop-diagram.svg").toAbsolutePath().normalize(),
                asset.source().toAbsolutePath().normalize());
    }

    @Test
    void fileNamesWithSpacesAndAccentsBecomeSlugUrls() throws Exception {
        Vault vault = load(TestSites.fixture("basic"));
        assertEquals("guides/cafe-chats/", named(vault, "Café Chats").url());
        assertEquals("teams/platform-engineer/", named(vault, "Platform Engineer").url());
        assertEquals("", named(vault, "index").url(), "the root index.md is the home page");
        assertEquals("content/guides/Café Chats.md", named(vault, "Café Chats").displayPath());
        assertEquals("guides", named(vault, "Café Chats").folder());
    }

    @Test
    void theTemplatesFolderAndObsidiansExcludedFilesAreNotContent() throws Exception {
        Path site = site("title: T\n");
        Path content = site.resolve("content");
        TestSites.write(content.resolve("index.md"), "# Home\n");
        TestSites.write(content.resolve("Meta/Templates/Daily.md"), "---\ncreated: {{date}}\n---\n# {{title}}\n");
        TestSites.write(content.resolve("Tpl/Stage.md"), "<% tp.file.title %>\n");
        TestSites.write(content.resolve("Archive/Old.md"), "# Old\n");
        TestSites.write(content.resolve("drafts-2020/Scratch.md"), "# Scratch\n");
        TestSites.write(content.resolve("Kept.md"), "# Kept\n");
        TestSites.write(content.resolve(".obsidian/templates.json"), "{\"folder\": \"Meta/Templates\"}");
        TestSites.write(content.resolve(".obsidian/plugins/templater-obsidian/data.json"), "{\"templates_folder\": \"Tpl\"}");
        TestSites.write(content.resolve(".obsidian/app.json"), "{\"userIgnoreFilters\": [\"Archive/\", \"/^drafts-\\\\d+/\"]}");
        Vault vault = load(site);
        assertEquals(List.of("Kept.md", "index.md"), vault.notes().stream().map(Note::path).toList());
        assertEquals(List.of(), formatted());
    }

    @Test
    void slugsAreLowerCaseAsciiJoinedByHyphens() {
        assertEquals("cafe-chats", Slugs.slug("Café Chats"));
        assertEquals("cafe-chats-references", Slugs.slug("Café chats & Références"));
        assertEquals("hiring-managers-guide", Slugs.slug("Hiring Manager's Guide"));
        assertEquals("q3-2025-loop", Slugs.slug("  Q3 / 2025 -- Loop  "));
        assertEquals("面接の準備", Slugs.slug("面接の準備"));
        assertEquals("ガイド", Slugs.slug("ガイド"), "Japanese voiced kana keep their marks");
        assertEquals("cafe-面接", Slugs.slug("Café 面接"));
        assertEquals("strasse-fur-alle", Slugs.slug("Straße für alle"));
        assertEquals("note", Slugs.slug("???"));
        assertEquals("values", Slugs.slug("\u2764\uFE0F Values"), "an emoji's variation selector starts no word");
        assertEquals("team-lead", Slugs.slug("\uD83D\uDC69\u200D\uD83D\uDCBB\uFE0F Team \u2B50\uFE0F Lead"));
    }

    @Test
    void namesInOtherScriptsDoNotCollideWhenTheyShareAsciiWords() {
        assertEquals("面接-1", Slugs.slug("面接 1"));
        assertEquals("評価-1", Slugs.slug("評価 1"));
    }

    @Test
    void slugInFrontMatterOverridesTheFileName() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/process/Long File Name.md"), "---\nslug: Short\n---\nBody\n");
        Note note = load(site).notes().get(0);
        assertEquals("process/short/", note.url());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "# Debrief Guide\\n\\nBody                      | Debrief Guide",
        "\\n\\n%% draft %%\\n<!-- old -->\\n# Debrief Guide\\n | Debrief Guide",
        "Why we debrief.\\n\\n# Background\\n           | debrief",
        "```\\n# not a heading\\n```\\n# Background\\n    | debrief",
        "'    # indented code\\n'                     | debrief",
    })
    void onlyAHeadingThatOpensTheNoteIsItsTitle(String body, String title) throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/debrief.md"), body.replace("\\n", "\n"));
        assertEquals(title, load(site).notes().get(0).title());
    }

    @Test
    void titleFromAHeadingDropsInlineMarkup() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/loop.md"),
                "# The **Big** `Loop` with [[Phone Screen|a screen]] and [notes](https://example.org)\n\nBody\n");
        assertEquals("The Big Loop with a screen and notes", load(site).notes().get(0).title());
    }

    @Test
    void aTitleReadsAWikiLinkAsThePageShowsIt() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/Screen.md"), "# Screen\n\n## Notes\n");
        TestSites.write(site.resolve("content/loop.md"), "# Using [[Screen#Notes]] and [[#Top]] and [[Screen#^b1]]\n\n"
                + "## Top\n");
        assertEquals("Using Screen > Notes and Top and Screen > b1", load(site).notes().stream()
                .filter(note -> note.path().equals("loop.md")).findFirst().orElseThrow().title());
        TestSites.Run run = TestSites.build(site, site.resolve("out"));
        assertEquals(1, TestSites.html(site.resolve("out/loop/index.html")).select("h1").size(),
                "the heading is the title, drawn once: " + run.transcript());
    }

    @Test
    void aHeadingTooLongForATitleIsNotReadAsOneAndIsNamed() throws Exception {
        // 30,000 "*a " kept the title's emphasis regexes backtracking for 99 s; the length is now checked first.
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/long.md"), "\n# " + "*a ".repeat(30_000) + "\n\nBody\n");
        Note note = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(site)).notes().get(0);
        assertEquals("long", note.title());
        assertFalse(note.titleFromHeading());
        assertEquals(List.of("content/long.md:2:1: warning: this heading is 89999 characters long, too long for the"
                + " page's title (over 500); the page is titled by its file name; shorten the heading, or set"
                + " 'title:' in the front matter"), formatted());
    }

    @Test
    void aHeadingAtTheTitleLimitIsStillTheTitle() throws Exception {
        Path site = site("title: T\n");
        String heading = "*a* ".repeat(124) + "wxyz"; // 500 characters
        TestSites.write(site.resolve("content/long.md"), "# " + heading + "\n");
        assertEquals("a ".repeat(124) + "wxyz", load(site).notes().get(0).title());
        assertEquals(List.of(), formatted());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Plain words                       | Plain words",
        "C++ and snake_case_names          | C++ and snake_case_names",
        "Why *really* and _truly_          | Why really and truly",
        "Escaped \\*stars\\*                | Escaped *stars*",
        "==Marked== ~~gone~~ <mark>hi</mark> | Marked gone hi",
        "[[Folder/Note#Part]]              | Folder/Note > Part",
        "2 * 3 * 4                         | 2 * 3 * 4",
    })
    void plainTextOfAHeading(String markdown, String expected) {
        assertEquals(expected, VaultLoader.plainText(markdown));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreHandled() throws Exception {
        Path site = site("title: T\n");
        String text = "\uFEFF---\r\ntitle: Windows Note\r\ntags: [crlf, bom]\r\n---\r\n\r\nFirst line\r\nSecond line\r\n";
        TestSites.writeBytes(site.resolve("content/windows.md"), text.getBytes(StandardCharsets.UTF_8));
        Vault vault = load(site);
        Note note = vault.notes().get(0);
        assertEquals("Windows Note", note.title());
        assertEquals(List.of("crlf", "bom"), note.tags());
        assertEquals("\nFirst line\nSecond line\n", note.body());
        assertEquals(5, note.bodyLine());
        assertEquals(List.of(), formatted());
    }

    @Test
    void byteOrderMarkWithoutFrontMatterKeepsTheHeadingTitle() throws Exception {
        Path site = site("title: T\n");
        TestSites.writeBytes(site.resolve("content/bom.md"),
                "\uFEFF# Marked Title\r\n\r\nText\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Marked Title", load(site).notes().get(0).title());
    }

    @Test
    void invalidUtf8IsAnErrorAtItsLineAndColumnAndTheNoteIsStillRead() throws Exception {
        Path site = site("title: T\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("---\ntitle: Latin One\n---\n\nGood line\nna".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xEF);
        bytes.write('v');
        bytes.writeBytes("e\n".getBytes(StandardCharsets.UTF_8));
        TestSites.writeBytes(site.resolve("content/latin1.md"), bytes.toByteArray());
        TestSites.write(site.resolve("content/fine.md"), "# Fine\n");
        Vault vault = load(site);
        List<Diagnostic> errors = diagnostics.sorted();
        assertEquals(1, errors.size(), formatted()::toString);
        Diagnostic error = errors.get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("content/latin1.md", error.file());
        assertEquals(6, error.line());
        assertEquals(3, error.column());
        assertTrue(error.message().contains("invalid UTF-8"), error.message());
        assertEquals(2, vault.notes().size(), "both notes are still read");
        assertEquals("Latin One", named(vault, "latin1").title());
    }

    @Test
    void brokenFrontMatterIsAnErrorAtTheFileLineAndTheOtherNotesAreStillRead() throws Exception {
        Vault vault = load(TestSites.fixture("broken"));
        List<String> errors = diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        assertEquals(2, errors.size(), formatted()::toString);
        assertTrue(errors.get(0).startsWith(
                "content/notes/Bad Yaml.md:3:15: error: invalid front matter YAML: mapping values are not allowed"),
                errors.get(0));
        assertEquals("content/notes/Never Closed.md:1:1: error: front matter is not closed: add a line with ---"
                + " after its last key", errors.get(1));
        assertEquals("Good First", named(vault, "Good First").title());
        assertEquals("Good Second", named(vault, "Good Second").title());
        assertEquals(4, vault.notes().size(), "the broken notes are read too, so every problem is reported");
    }

    @Test
    void frontMatterThatIsNotAMapIsAnError() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/list.md"), "---\n- one\n- two\n---\nBody\n");
        load(site);
        assertEquals(List.of("content/list.md:2:1: error: front matter must be keys and values such as"
                + " 'title: Phone Screen'"), formatted());
    }

    @Test
    void valueOfTheWrongKindIsAWarningAtItsFileLine() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/odd.md"),
                "---\ntitle: Odd\ncreated: next tuesday\ndraft: perhaps\norder: first\n---\nBody\n");
        // A draft flag that is no boolean keeps the note back rather than publish what may be a draft.
        Note note = load(site).hidden().get(0);
        List<Diagnostic> warnings = diagnostics.sorted();
        assertEquals(3, warnings.size(), formatted()::toString);
        assertTrue(warnings.stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals(List.of(3, 4, 5), warnings.stream().map(Diagnostic::line).toList());
        assertTrue(warnings.get(0).message().contains("is not a date"), warnings.get(0).message());
        assertEquals(null, note.created());
        assertTrue(note.hidden());
        assertEquals(null, note.order());
    }

    @Test
    void singleDigitMonthAndDayAreDates() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/short-date.md"), "---\ndate: 2024-6-3\n---\nBody\n");
        Note note = load(site).notes().get(0);
        assertEquals(java.time.LocalDate.of(2024, 6, 3), note.created());
        assertEquals(List.of(), formatted());
    }

    @Test
    void emptyFrontMatterIsFine() throws Exception {
        Path site = site("title: T\n");
        TestSites.write(site.resolve("content/empty.md"), "---\n---\n# Heading Title\n");
        Note note = load(site).notes().get(0);
        assertEquals("Heading Title", note.title());
        assertEquals(3, note.bodyLine());
        assertEquals(List.of(), formatted());
    }

    @Test
    void theOutputFolderConfigAndThemesInsideTheContentFolderAreNotContent() throws Exception {
        Path site = site("title: T\ncontent: .\noutput: public\n");
        TestSites.write(site.resolve("Loop.md"), "# Loop\n");
        TestSites.write(site.resolve("diagram.svg"), "<svg/>");
        TestSites.write(site.resolve("public/.handbook-site"), "built\n");
        TestSites.write(site.resolve("public/index.html"), "<p>old build</p>");
        TestSites.write(site.resolve("public/old/index.html"), "<p>old build</p>");
        TestSites.write(site.resolve("themes/mine/templates/note.peb"), "{{ content | raw }}");
        Files.delete(site.resolve("content"));
        Vault vault = load(site);
        assertEquals(List.of("Loop.md"), vault.notes().stream().map(Note::path).toList());
        assertEquals(List.of("diagram.svg"), vault.assets().stream().map(Asset::path).toList());
    }

    @Test
    void missingContentFolderIsReportedNotThrown() throws Exception {
        Path site = site("title: T\n");
        SiteConfig config = config(site);
        Files.delete(site.resolve("content"));
        Vault vault = new VaultLoader(config, diagnostics).load();
        assertEquals(List.of(), vault.notes());
        assertTrue(diagnostics.hasErrors());
        assertTrue(formatted().get(0).contains("content folder not found"), formatted()::toString);
    }

    @Test
    void aSingleFileCanBeReadAgain() throws Exception {
        Path site = TestSites.copy("basic", dir);
        SiteConfig config = config(site);
        Note note = new VaultLoader(config, diagnostics).read(site.resolve("content/process/Phone Screen.md"));
        assertNotNull(note);
        assertEquals("Phone Screen: First Call", note.title());
        assertTrue(note.titleFromHeading());
        assertEquals("process/phone-screen/", note.url());
    }
}
