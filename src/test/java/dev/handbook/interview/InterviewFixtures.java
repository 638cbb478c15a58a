package dev.handbook.interview;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The interview fixtures under {@code src/test/resources/interview}: the interview stage run over one of them,
 * or the whole command line run over a copy.
 */
public final class InterviewFixtures {

    private InterviewFixtures() {
    }

    /** What the interview stage made of a vault, with what it reported. */
    public record Loaded(SiteConfig config, InterviewModel model, Diagnostics diagnostics) {

        /** The one question with exactly this text; fails when there is none. */
        public Question question(String text) {
            return model.questions().stream().filter(q -> q.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no question '" + text + "' among "
                            + model.questions().stream().map(Question::text).toList()));
        }

        /** The role with this name. */
        public Role role(String name) {
            return model.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** The fixture folder {@code interview/<name>} on the test class path. */
    public static Path fixture(String name) {
        return TestSites.resource("interview", name);
    }

    /** Runs the pipeline's first stages (vault, markdown, links, interview) over a site folder (read only). */
    public static Loaded load(Path site) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteConfig config = new ConfigLoader(diagnostics).load(site.resolve("site.yml"));
            InterviewModel model = new Pipeline(config, diagnostics, null).notes().interview();
            return new Loaded(config, model, diagnostics);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a fixture by name. */
    public static Loaded load(String name) {
        return load(fixture(name));
    }

    /** Copies a fixture into {@code into/<name>}, so builds never write beside the test resources. */
    public static Path copy(String name, Path into) {
        Path target = into.resolve(name);
        TestSites.copyTree(fixture(name), target);
        return target;
    }

    /** Runs {@code handbook <command> --config <site>/site.yml <extra>} in-process. */
    public static TestSites.Run cli(String command, Path site, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--config", site.resolve("site.yml").toString()));
        args.addAll(List.of(extra));
        return TestSites.cli(args.toArray(String[]::new));
    }

    /** Builds a site folder into {@code out}; fails with the transcript when the build does not succeed. */
    public static TestSites.Run build(Path site, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        TestSites.Run run = cli("build", site, args.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new AssertionError("build failed\n" + run.transcript());
        }
        return run;
    }

    /** Replaces a text in a file of a copied fixture. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
