package dev.handbook.evaluation;

import dev.handbook.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The notes nobody here wrote, read where they sit beside the project ({@code ../shared}): the corpora of
 * {@code ../shared/realworld} and the seed notes. They are never copied into the project; a checkout
 * without them skips the tests that read them.
 */
final class RealCorpora {

    static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();

    private RealCorpora() {
    }

    /** True when the corpora are there to read. */
    static boolean present() {
        return Files.isDirectory(SHARED.resolve("realworld")) && Files.isDirectory(SHARED.resolve("seeds"));
    }

    /**
     * The content folder of each corpus by its name; the seeds, which are text files, are copied into
     * {@code work/seeds} as notes first.
     */
    static Map<String, Path> contentFolders(Path work) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("sourcegraph-handbook", SHARED.resolve("realworld/sourcegraph-handbook/content"));
        folders.put("tech-interview-handbook", SHARED.resolve("realworld/tech-interview-handbook/apps/website"));
        Path seeds = work.resolve("seeds");
        try (Stream<Path> files = Files.list(SHARED.resolve("seeds"))) {
            Files.createDirectories(seeds);
            for (Path seed : files.filter(file -> file.toString().endsWith(".txt")).toList()) {
                String name = seed.getFileName().toString();
                Files.copy(seed, seeds.resolve(name.substring(0, name.length() - 4) + ".md"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folders.put("seeds", seeds);
        return folders;
    }

    /** Builds one content folder with a plain site.yml, as a user trying the tool on a vault would. */
    static TestSites.Run build(Path content, Path work) {
        Path site = work.resolve("site");
        TestSites.write(site.resolve("site.yml"), "title: Trial\ncontent: \"" + content + "\"\n");
        return TestSites.build(site, work.resolve("out"));
    }
}
