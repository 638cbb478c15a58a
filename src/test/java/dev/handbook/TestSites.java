package dev.handbook;

import dev.handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Shared helpers for tests: fixture vaults copied to a temp folder, the CLI run in-process, HTML parsing. */
public final class TestSites {

    private TestSites() {
    }

    /** What one run of the command line printed and returned. */
    public record Run(int exitCode, String out, String err) {

        /** Both streams, for assertion messages. */
        public String transcript() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /** The fixture folder {@code src/test/resources/vaults/<name>} as it sits on the test class path. */
    public static Path fixture(String name) {
        return resource("vaults", name);
    }

    /** The fixture folder {@code src/test/resources/<group>/<name>} as it sits on the test class path. */
    public static Path resource(String group, String name) {
        URL url = TestSites.class.getResource("/" + group + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture named " + name + " in " + group);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture vault into {@code into/<name>} so builds never write beside the test resources. */
    public static Path copy(String name, Path into) {
        Path source = fixture(name);
        Path target = into.resolve(name);
        copyTree(source, target);
        return target;
    }

    /** Copies a folder and everything in it, dotfiles included. */
    public static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code handbook <args>} in-process and captures both streams. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code handbook build --config <site>/site.yml --out <out> <extra>}. */
    public static Run build(Path site, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--config", site.resolve("site.yml").toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    /** Starts a site at {@code <dir>/site} whose site.yml gives only its title; its notes are written after. */
    public static Path newSite(Path dir, String title) {
        Path site = dir.resolve("site");
        write(site.resolve("site.yml"), "title: " + title + "\n");
        return site;
    }

    /** Builds a site into {@code out}, failing the test with the transcript unless the build succeeds. */
    public static Path built(Path site, Path out) {
        Run run = build(site, out);
        if (run.exitCode() != 0) {
            throw new AssertionError("the build failed:\n" + run.transcript());
        }
        return out;
    }

    /** Parses a built HTML file. */
    public static Document html(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file as UTF-8, creating its folders. */
    public static Path write(Path file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a file, creating its folders. */
    public static Path writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder by its relative path (forward slashes), with its bytes, in path order. */
    public static SortedMap<String, byte[]> tree(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every HTML file under a folder by relative path. */
    public static List<String> htmlFiles(Path folder) {
        return tree(folder).keySet().stream().filter(path -> path.endsWith(".html")).toList();
    }
}
