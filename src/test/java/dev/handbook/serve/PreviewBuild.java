package dev.handbook.serve;

import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.StageCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One preview build of a site folder, made the way {@code serve} makes it: the files it serves from memory and
 * the cache the next preview build (and its edited-pages route) takes from.
 */
record PreviewBuild(Map<String, byte[]> files, StageCache state, List<Diagnostic> diagnostics, int pagesDrawn) {

    /** Builds {@code site/site.yml} for preview; fails with the diagnostics when the build has errors. */
    static PreviewBuild of(Path site) {
        return of(site, null);
    }

    /** Builds for preview as {@code serve} rebuilds: reusing the previous preview's parses and pages where it can. */
    static PreviewBuild of(Path site, StageCache previous) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            Pipeline build = new Pipeline(new ConfigLoader(diagnostics).load(site.resolve("site.yml")), diagnostics,
                    previous);
            Pipeline.BuiltSite compiled = build.run(BuildRequest.preview(Set.of()));
            if (diagnostics.hasErrors()) {
                throw new AssertionError("the preview build failed:\n" + diagnostics.sorted().stream()
                        .map(Diagnostic::format).collect(Collectors.joining("\n")));
            }
            return new PreviewBuild(PreviewSession.inMemory(compiled.files()), compiled.cache(), diagnostics.sorted(),
                    build.pagesDrawn());
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The edited notes' pages as the preview draws them at once after this build ({@link Pipeline#editedPages}),
     * or null when the edit needs the full run.
     */
    Map<String, byte[]> edited(Path site, Set<Path> changed) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            return new Pipeline(new ConfigLoader(diagnostics).load(site.resolve("site.yml")), diagnostics, state)
                    .editedPages(changed);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of one built file; fails when the build has no such file. */
    byte[] file(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("the build has no " + path + "; it has "
                    + files.keySet().stream().sorted().toList());
        }
        return bytes;
    }

    /** One built file as UTF-8 text. */
    String text(String path) {
        return new String(file(path), StandardCharsets.UTF_8);
    }
}
