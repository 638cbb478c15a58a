package dev.handbook.pipeline;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What one run of the pipeline is for: writing the site, checking it, or previewing it from memory after the
 * given files changed (empty for a first build); a preview may be superseded by a newer edit, and then stops at
 * the next stage.
 */
public record BuildRequest(Mode mode, Set<Path> changed, BooleanSupplier superseded) {

    /** The three uses of a build. */
    public enum Mode {
        /** Writes the site, its PDFs included, into the output folder. */
        WRITE,
        /** Writes nothing; stands in for the PDFs and crawls the pages for broken links. */
        CHECK,
        /** Keeps the site in memory without the PDFs, and keeps what the next preview build can reuse. */
        PREVIEW
    }

    public BuildRequest {
        changed = Set.copyOf(changed);
    }

    private BuildRequest(Mode mode, Set<Path> changed) {
        this(mode, changed, () -> false);
    }

    /** This request, stopped at the next stage once {@code superseded} says a newer one has come. */
    public BuildRequest supersededWhen(BooleanSupplier when) {
        return new BuildRequest(mode, changed, when);
    }

    /** A build that writes the site. */
    public static BuildRequest write() {
        return new BuildRequest(Mode.WRITE, Set.of());
    }

    /** A build that checks the site and writes nothing. */
    public static BuildRequest check() {
        return new BuildRequest(Mode.CHECK, Set.of());
    }

    /** A preview build after the given files changed. */
    public static BuildRequest preview(Set<Path> changed) {
        return new BuildRequest(Mode.PREVIEW, changed);
    }

    boolean writes() {
        return mode == Mode.WRITE;
    }

    boolean previews() {
        return mode == Mode.PREVIEW;
    }

    boolean checks() {
        return mode == Mode.CHECK;
    }
}
