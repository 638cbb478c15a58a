package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml: defaults, paths, and a diagnostic at the right place for every kind of mistake. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path siteYml(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        return TestSites.write(dir.resolve("site.yml"), yaml);
    }

    private SiteConfig load(String yaml) throws Exception {
        return new ConfigLoader(diagnostics).load(siteYml(yaml));
    }

    private ConfigException loadFails(String yaml) throws Exception {
        Path file = siteYml(yaml);
        return assertThrows(ConfigException.class, () -> new ConfigLoader(diagnostics).load(file));
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private Diagnostic only(Severity severity) {
        List<Diagnostic> found = diagnostics.sorted().stream().filter(d -> d.severity() == severity).toList();
        assertEquals(1, found.size(), () -> "expected one " + severity + " in " + messages());
        return found.get(0);
    }

    @Test
    void labelsAreTextAsWrittenNotYaml11BooleansOrRoundedNumbers() throws Exception {
        SiteConfig config = load("version: 2026.10\nscorecard:\n  scale: [Off, On, 007, 1.50]\n"
                + "  recommendations: [Strong No, No, Yes, Strong Yes]\n");
        assertEquals(List.of("Strong No", "No", "Yes", "Strong Yes"), config.scorecard().recommendations());
        assertEquals(List.of("Off", "On", "007", "1.50"), config.scorecard().scale());
        assertEquals("2026.10", config.version());
        assertEquals(List.of(), messages());
    }

    @Test
    void aHighlightClassThatIsNoCssNameIsRefused() throws Exception {
        loadFails("highlights:\n  default: 'x\"><img src=x onerror=alert(1)>'\n");
        assertEquals("site.yml:2:3: error: 'highlights.default' must be a lower-case name such as \"highlight\""
                + " (letters, digits, -), not 'x\"><img src=x onerror=alert(1)>'", only(Severity.ERROR).format());
    }

    @Test
    void emptyFileGivesDefaultsForEveryKey() throws Exception {
        SiteConfig config = load("");
        Path root = dir.toAbsolutePath().normalize();
        assertEquals(root, config.root());
        assertEquals("Interview Handbook", config.title());
        assertEquals("", config.description());
        assertEquals("", config.baseUrl());
        assertFalse(config.hasAbsoluteBaseUrl());
        assertEquals(root.resolve("content"), config.content());
        assertEquals(root.resolve("target/handbook"), config.output());
        assertEquals("default", config.theme());
        assertEquals(root.resolve("themes"), config.themes());
        assertEquals("en", config.language());
        assertFalse(config.drafts());
        assertFalse(config.strict());
        assertTrue(config.markdown().hardLineBreaks());
        assertEquals("A4", config.scorecard().paper());
        assertEquals(5, config.scorecard().scale().size());
        assertEquals(5, config.highlights().palette().size());
        assertEquals("#FF5582", config.highlights().palette().get(0).color());
        assertEquals(List.of(), messages());
    }

    @Test
    void readsEveryTypedValue() throws Exception {
        SiteConfig config = load("""
                title: Harbour Team Handbook
                description: Interviewing at the harbour
                baseUrl: https://example.org/handbook
                language: fr
                drafts: true
                strict: yes
                markdown:
                  hardLineBreaks: false
                scorecard:
                  paper: letter
                  scale: [Poor, Fair, Good]
                """);
        assertEquals("Harbour Team Handbook", config.title());
        assertEquals("Interviewing at the harbour", config.description());
        assertEquals("https://example.org/handbook/", config.baseUrl(), "baseUrl always ends in a slash");
        assertTrue(config.hasAbsoluteBaseUrl());
        assertEquals("fr", config.language());
        assertTrue(config.drafts());
        assertTrue(config.strict());
        assertFalse(config.markdown().hardLineBreaks());
        assertEquals("Letter", config.scorecard().paper());
        assertEquals(List.of("Poor", "Fair", "Good"), config.scorecard().scale());
        assertEquals(List.of(), messages());
    }

    @Test
    void pathsAreRelativeToTheConfigFolderNotTheWorkingDirectory() throws Exception {
        Path nested = dir.resolve("handbook/config");
        Files.createDirectories(nested.resolve("notes"));
        Path file = TestSites.write(nested.resolve("site.yml"), """
                content: notes
                output: ../public
                themes: my-themes
                """);
        SiteConfig config = new ConfigLoader(diagnostics).load(file);
        Path root = nested.toAbsolutePath().normalize();
        assertEquals(root, config.root());
        assertEquals(root.resolve("notes"), config.content());
        assertEquals(dir.toAbsolutePath().normalize().resolve("handbook/public"), config.output());
        assertEquals(root.resolve("my-themes"), config.themes());
        assertEquals("notes/Loop.md", config.display(root.resolve("notes/Loop.md")));
    }

    @Test
    void relativeBaseUrlIsKeptButIsNotAbsolute() throws Exception {
        SiteConfig config = load("baseUrl: /handbook\n");
        assertEquals("/handbook/", config.baseUrl());
        assertFalse(config.hasAbsoluteBaseUrl());
    }

    @Test
    void baseUrlWithoutSchemeIsAWarningThatNoSitemapIsWritten() throws Exception {
        SiteConfig config = load("title: T\nbaseUrl: example.org/handbook\n");
        Diagnostic warning = only(Severity.WARNING);
        assertEquals(2, warning.line());
        assertTrue(warning.message().contains("no sitemap.xml is written"), warning.message());
        assertFalse(config.hasAbsoluteBaseUrl());
    }

    @Test
    void baseUrlWithAQueryIsAnError() {
        // "/handbook/?v=2" made addresses like /handbook/?v=2/theme/handbook.css.
        assertThrows(ConfigException.class, () -> load("title: T\nbaseUrl: /handbook/?v=2\n"));
        Diagnostic error = only(Severity.ERROR);
        assertEquals(2, error.line());
        assertTrue(error.message().startsWith("'baseUrl' must be the address the handbook is published at, without"
                + " ? or #"), error.message());
    }

    @Test
    void commandLineOverridesReplaceOutputAndSwitchOnDrafts() throws Exception {
        SiteConfig config = load("output: site\n").withOverrides(dir.resolve("elsewhere"), true, false);
        assertEquals(dir.toAbsolutePath().normalize().resolve("elsewhere"), config.output());
        assertTrue(config.drafts());
        assertFalse(config.strict());
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws Exception {
        ConfigException e = loadFails("""
                title: Handbook
                description: one: two
                """);
        Diagnostic error = only(Severity.ERROR);
        assertEquals("site.yml", error.file());
        assertEquals(2, error.line());
        assertEquals(17, error.column());
        assertTrue(error.message().startsWith("invalid YAML: "), error.message());
        assertTrue(error.format().startsWith("site.yml:2:17: error: invalid YAML"), error.format());
        assertTrue(e.getMessage().contains("site.yml"), e.getMessage());
    }

    @Test
    void tabIndentationIsASyntaxErrorOnItsLine() throws Exception {
        loadFails("title: T\nmarkdown:\n\thardLineBreaks: true\n");
        assertEquals(3, only(Severity.ERROR).line());
    }

    @Test
    void missingFileIsAConfigExceptionThatSaysHowToFixIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(diagnostics).load(dir.resolve("missing.yml")));
        assertTrue(e.getMessage().contains("config file not found"), e.getMessage());
        assertTrue(e.getMessage().contains("--config"), e.getMessage());
    }

    @Test
    void booleanThatIsNotTrueOrFalseNamesTheKeyAndWhatItExpects() throws Exception {
        loadFails("title: T\ndrafts: maybe\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(2, error.line());
        assertEquals(1, error.column());
        assertEquals("'drafts' must be true or false, not 'maybe'", error.message());
    }

    @Test
    void listWhereTextIsExpectedNamesTheKey() throws Exception {
        loadFails("title: [a]\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(1, error.line());
        assertEquals("'title' must be a text value, not a list", error.message());
    }

    @Test
    void nestedKeyTypeErrorUsesTheDottedPathAndItsPosition() throws Exception {
        loadFails("markdown:\n  hardLineBreaks: often\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(2, error.line());
        assertEquals(3, error.column());
        assertTrue(error.message().startsWith("'markdown.hardLineBreaks' must be true or false"), error.message());
    }

    @Test
    void aColourTwiceInThePaletteNamesTheSecondAndTheFirstsName() throws Exception {
        // Before, the question stage stopped the build on the duplicate key (exit 70, stack trace).
        loadFails("highlights:\n  palette:\n    - { color: \"#FF5582\", name: setback }\n"
                + "    - { color: \"#ff5582a6\", name: conflict }\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(4, error.line());
        assertTrue(error.message().startsWith("'highlights.palette[1].color' must be a colour not already in the"
                + " palette (it is 'setback')"), error.message());
    }

    @Test
    void sectionWrittenAsAScalarIsATypeError() throws Exception {
        loadFails("scorecard: A4\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(1, error.line());
        assertTrue(error.message().startsWith("'scorecard' must be a map"), error.message());
    }

    @Test
    void everyTypeErrorIsReportedInOneRun() throws Exception {
        loadFails("title: [a]\ndrafts: maybe\nstrict: 3\n");
        assertEquals(3, diagnostics.count(Severity.ERROR), messages()::toString);
    }

    @Test
    void unknownKeyIsAWarningThatSuggestsTheNearestKnownKey() throws Exception {
        SiteConfig config = load("titel: My Handbook\n");
        Diagnostic warning = only(Severity.WARNING);
        assertEquals("site.yml:1:1: warning: unknown key 'titel'; did you mean 'title'?", warning.format());
        assertEquals("Interview Handbook", config.title(), "an unknown key is ignored");
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void unknownNestedKeySuggestsTheNearestNestedKey() throws Exception {
        load("scorecard:\n  papr: A4\n");
        Diagnostic warning = only(Severity.WARNING);
        assertEquals(2, warning.line());
        assertEquals(3, warning.column());
        assertEquals("unknown key 'scorecard.papr'; did you mean 'scorecard.paper'?", warning.message());
    }

    @Test
    void misspeltSectionWarnsOnceNotForEveryKeyInside() throws Exception {
        load("markdwn:\n  hardLineBreaks: false\n");
        Diagnostic warning = only(Severity.WARNING);
        assertEquals("unknown key 'markdwn'; did you mean 'markdown'?", warning.message());
    }

    @Test
    void remoteResourcesDefaultsToWarnAndTakesItsThreeValuesInAnyCase() throws Exception {
        assertEquals(RemoteResources.WARN, load("").remoteResources());
        assertEquals(RemoteResources.BLOCK, load("remoteResources: Block\n").remoteResources());
        assertEquals(RemoteResources.ALLOW, load("remoteResources: allow\n").remoteResources());
        assertEquals(List.of(), messages());
    }

    @Test
    void anUnknownRemoteResourcesValueIsAnErrorNamingTheAllowedValues() throws Exception {
        loadFails("title: T\nremoteResources: off\n");
        assertEquals("site.yml:2:1: error: 'remoteResources' must be warn, block or allow, not 'off'",
                only(Severity.ERROR).format());
    }

    @Test
    void aMisspeltRemoteResourcesKeySuggestsIt() throws Exception {
        load("remoteResource: block\n");
        assertEquals("unknown key 'remoteResource'; did you mean 'remoteResources'?",
                only(Severity.WARNING).message());
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyHasNoSuggestion() throws Exception {
        load("favouriteColour: green\n");
        assertEquals("unknown key 'favouriteColour'; it is ignored", only(Severity.WARNING).message());
    }

    @Test
    void duplicateKeyIsAWarningAndTheLastOneWins() throws Exception {
        SiteConfig config = load("title: First\ntitle: Second\n");
        assertEquals("Second", config.title());
        assertTrue(only(Severity.WARNING).message().contains("duplicate key 'title'"), messages()::toString);
    }

    @Test
    void paperMustBeA4OrLetter() throws Exception {
        loadFails("scorecard:\n  paper: A5\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(2, error.line());
        assertEquals("'scorecard.paper' must be A4 or Letter, not 'A5'", error.message());
    }

    @Test
    void scaleMustBeANonEmptyList() throws Exception {
        loadFails("scorecard:\n  scale: []\n");
        assertTrue(only(Severity.ERROR).message().startsWith("'scorecard.scale' must be a non-empty list"),
                messages()::toString);
    }

    @Test
    void paletteIsReadWithColoursNormalised() throws Exception {
        SiteConfig config = load("""
                highlights:
                  default: key
                  palette:
                    - color: "#ff5582a6"
                      name: risk
                      label: Risks
                    - color: "ABCDEF"
                      name: calm
                """);
        assertEquals("key", config.highlights().defaultName());
        assertEquals(List.of(
                new SiteConfig.HighlightColor("#FF5582", "risk", "Risks"),
                new SiteConfig.HighlightColor("#ABCDEF", "calm", "calm")), config.highlights().palette());
        assertEquals(List.of(), messages());
    }

    @Test
    void paletteColourThatIsNotHexIsAnErrorAtTheEntry() throws Exception {
        loadFails("""
                highlights:
                  palette:
                    - color: red
                      name: danger
                """);
        Diagnostic error = only(Severity.ERROR);
        assertEquals(3, error.line());
        assertEquals("'highlights.palette[0].color' must be a hex colour such as \"#FF5582\", not 'red'",
                error.message());
    }

    @Test
    void unquotedHashColourIsAYamlCommentAndTheErrorSaysToQuoteIt() throws Exception {
        loadFails("""
                highlights:
                  palette:
                    - color: #FF5582
                      name: danger
                """);
        Diagnostic error = only(Severity.ERROR);
        assertEquals(3, error.line());
        assertTrue(error.message().contains("quote"), error.message());
    }

    @Test
    void paletteNameMustBeCssSafeAndPresent() throws Exception {
        loadFails("""
                highlights:
                  palette:
                    - color: "#112233"
                      name: Big Risk
                    - color: "#445566"
                """);
        List<Diagnostic> errors = diagnostics.sorted();
        assertEquals(2, errors.size(), messages()::toString);
        assertTrue(errors.get(0).message().startsWith("'highlights.palette[0].name' must be a lower-case name"),
                errors.get(0).message());
        assertEquals(5, errors.get(1).line());
        assertTrue(errors.get(1).message().startsWith("'highlights.palette[1].name' must be a lower-case name"),
                errors.get(1).message());
    }

    @Test
    void paletteThatIsNotAListIsATypeError() throws Exception {
        loadFails("highlights:\n  palette: pink\n");
        assertEquals("'highlights.palette' must be a list of {color, name, label}, not 'pink'",
                only(Severity.ERROR).message());
    }

    @Test
    void documentThatIsNotAMapIsAnError() throws Exception {
        loadFails("- title\n- drafts\n");
        assertTrue(only(Severity.ERROR).message().contains("must be a map"), messages()::toString);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Path file = TestSites.writeBytes(dir.resolve("site.yml"),
                "\uFEFFtitle: BOM Handbook\r\ndrafts: true\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SiteConfig config = new ConfigLoader(diagnostics).load(file);
        assertEquals("BOM Handbook", config.title());
        assertTrue(config.drafts());
        assertEquals(List.of(), messages());
    }

    @Test
    void themeMustBeAFolderNameNotAPath() throws Exception {
        loadFails("theme: ../../elsewhere\n");
        assertTrue(only(Severity.ERROR).message().startsWith("'theme' must be"), messages()::toString);
    }

    @Test
    void contentFolderThatDoesNotExistIsAConfigErrorAtTheKey() throws Exception {
        loadFails("title: T\ncontent: notes\n");
        Diagnostic error = only(Severity.ERROR);
        assertEquals(2, error.line());
        assertTrue(error.message().startsWith("content folder not found: notes"), error.message());
    }

    @Test
    void suggestionsFindTyposButNotUnrelatedWords() {
        assertEquals("output", Suggestions.nearest("ouptut", ConfigLoader.KNOWN_KEYS));
        assertEquals("baseUrl", Suggestions.nearest("baseurl", ConfigLoader.KNOWN_KEYS));
        assertEquals(null, Suggestions.nearest("zzzzzz", ConfigLoader.KNOWN_KEYS));
    }
}
