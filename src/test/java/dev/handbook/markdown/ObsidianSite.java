package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A handbook built from an Obsidian test vault through the command line, with its pages parsed by jsoup
 * and its diagnostics split into lines.
 *
 * <p>The fixture vault under {@code src/test/resources/obsidian/vault} is built once per test run and shared;
 * tests that need their own notes build a small vault in a temp folder.
 */
public final class ObsidianSite {

    /** A diagnostic line as the build prints it: {@code path:line:col: warning|error: message}. */
    public static final Pattern DIAGNOSTIC = Pattern.compile("^(.+?):(\\d+):(\\d+): (warning|error): (.*)$");

    private static ObsidianSite fixture;

    private final Path site;
    private final Path out;
    private final int exitCode;
    private final String stdout;
    private final String stderr;

    private ObsidianSite(Path site, Path out, int exitCode, String stdout, String stderr) {
        this.site = site;
        this.out = out;
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The shared build of the fixture vault {@code obsidian/vault}; it must build without errors. */
    public static synchronized ObsidianSite fixture() {
        if (fixture == null) {
            try {
                Path temp = Files.createTempDirectory("obsidian-fixture");
                // Shared by every test class, so it lives as long as the test JVM and no longer.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(temp)));
                Path copy = temp.resolve("vault");
                TestSites.copyTree(resource("/obsidian/vault"), copy);
                fixture = build(copy, temp.resolve("out"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertTrue(fixture.exitCode() == 0, fixture::transcript);
        }
        return fixture;
    }

    /**
     * Writes a small vault into a folder and builds it.
     *
     * @param files contents by path below the vault folder, e.g. {@code content/A.md}; a plain
     *              {@code site.yml} is added when missing
     */
    public static ObsidianSite build(Path folder, Map<String, String> files, String... args) {
        Path vault = folder.resolve("vault");
        files.forEach((path, text) -> write(vault.resolve(path), text));
        if (!files.containsKey("site.yml")) {
            write(vault.resolve("site.yml"), "title: Test Handbook\n");
        }
        return build(vault, folder.resolve("out"), args);
    }

    /** Builds the vault at {@code site} into {@code out} in-process. */
    public static ObsidianSite build(Path site, Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--config", site.resolve("site.yml").toString(),
                "--out", out.toString()));
        all.addAll(Arrays.asList(args));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        return new ObsidianSite(site, out, code, stdout.toString(), stderr.toString());
    }

    /** The exit code of the build. */
    public int exitCode() {
        return exitCode;
    }

    /** Everything the build printed to its error stream. */
    public String err() {
        return stderr;
    }

    /** Both streams and the exit code, for assertion messages. */
    public String transcript() {
        return "exit " + exitCode + "\n--- out ---\n" + stdout + "--- err ---\n" + stderr;
    }

    /** The diagnostic lines printed for one file (its path relative to the vault, e.g. {@code content/A.md}). */
    public List<String> diagnostics(String file) {
        return diagnostics().stream().filter(line -> line.startsWith(file + ":")).toList();
    }

    /** Every diagnostic line printed. */
    public List<String> diagnostics() {
        return stderr.lines().filter(line -> DIAGNOSTIC.matcher(line).matches()).toList();
    }

    /** True when a file exists in the built site. */
    public boolean exists(String path) {
        return Files.isRegularFile(out.resolve(path));
    }

    /** The page at a site address such as {@code stages/phone-screen/}, parsed. */
    public Document page(String url) {
        Path file = out.resolve(url.isEmpty() || url.endsWith("/") ? url + "index.html" : url);
        assertTrue(Files.isRegularFile(file), () -> "no page " + url + " in the built site\n" + transcript());
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://handbook.test/" + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered Markdown of a note's page: its {@code .note-body}. */
    public Element body(String url) {
        Element body = page(url).selectFirst(".note-body");
        assertNotNull(body, () -> "page " + url + " has no .note-body");
        return body;
    }

    /**
     * The first paragraph, list item or table cell of a note whose text starts with a label such as
     * {@code "W3:"}; the fixture notes label each example so a test can find it.
     */
    public Element labelled(String url, String label) {
        Element body = body(url);
        for (Element element : body.select("p, li, td")) {
            if (element.text().startsWith(label)) {
                return element;
            }
        }
        throw new AssertionError("no element labelled '" + label + "' on " + url + ":\n" + body.html());
    }

    /** The site address of a link, resolved against the page it is on, e.g. {@code stages/phone-screen/#x}. */
    public static String target(Element link) {
        String absolute = link.absUrl(link.hasAttr("href") ? "href" : "src");
        String prefix = "https://handbook.test/";
        return absolute.startsWith(prefix) ? absolute.substring(prefix.length()) : absolute;
    }

    /**
     * The element a site address with a fragment points at, e.g. {@code stages/phone-screen/#%5Ethanks};
     * the fragment is percent-decoded as browsers do before they look for the id.
     */
    public Element anchor(String address) {
        int hash = address.indexOf('#');
        assertTrue(hash >= 0, () -> "no fragment in " + address);
        String id = URLDecoder.decode(address.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Element element = page(address.substring(0, hash)).getElementById(id);
        assertNotNull(element, () -> "no element with id '" + id + "' on " + address.substring(0, hash));
        return element;
    }

    /** Asserts that the page and the anchor of a site address exist. */
    public void assertAnchorExists(String address) {
        anchor(address);
    }

    /** The vault folder the site was built from. */
    public Path site() {
        return site;
    }

    /** The folder the site was built into. */
    public Path out() {
        return out;
    }

    /** Writes a UTF-8 text file, creating its folders. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = ObsidianSite.class.getResource(name);
        assertNotNull(url, "missing test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Best effort: the folder is in the temp directory anyway.
        }
    }
}
