package dev.handbook.cli;

import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Loads the config, runs one build, prints diagnostics like a compiler and returns the exit code. */
final class BuildRunner {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE_ERRORS = 2;

    private final PrintWriter out;
    private final PrintWriter err;

    BuildRunner(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path configFile, Path outOverride, boolean drafts, boolean strict, boolean write, boolean timings) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config;
        try {
            config = new ConfigLoader(diagnostics).load(configFile).withOverrides(outOverride, drafts, strict);
        } catch (ConfigException e) {
            print(diagnostics);
            err.println("error: " + e.getMessage());
            return USAGE_ERRORS;
        }
        BuildResult result;
        Pipeline build = new Pipeline(config, diagnostics, null);
        try {
            result = build.build(write ? BuildRequest.write() : BuildRequest.check());
        } catch (ConfigException e) {
            print(diagnostics);
            err.println("error: " + e.getMessage());
            return USAGE_ERRORS;
        } catch (IOException e) {
            // The notes are fine; the place the site should go is not usable, which the user must fix.
            print(diagnostics);
            err.println("error: cannot write the site to " + config.display(config.output()) + ": " + describe(e));
            return USAGE_ERRORS;
        }
        print(diagnostics);
        if (timings) {
            err.println("timings: " + build.timings().summary());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long errors = diagnostics.count(Severity.ERROR);
        long warnings = diagnostics.count(Severity.WARNING);
        String counts = errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s");
        if (errors > 0) {
            err.println((write ? "build failed" : "check failed") + ": " + counts + " in " + millis + " ms"
                    + (write ? "; " + config.display(config.output()) + " was left as it was" : ""));
            return CONTENT_ERRORS;
        }
        if (write) {
            out.println("built " + result.pages() + " pages (" + result.files() + " files) into "
                    + config.display(config.output()) + " in " + millis + " ms: " + counts);
        } else {
            out.println("checked " + result.pages() + " pages in " + millis + " ms: " + counts);
        }
        return OK;
    }

    /** An I/O failure in words, without the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException failure) {
            String reason = failure.getReason() != null ? failure.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e instanceof DirectoryNotEmptyException ? "folder not empty"
                    : "file system error";
            return reason + (failure.getFile() == null ? "" : " (" + failure.getFile() + ")");
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    private void print(Diagnostics diagnostics) {
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            err.println(diagnostic.format());
        }
        err.flush();
    }
}
