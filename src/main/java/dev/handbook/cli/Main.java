package dev.handbook.cli;

import dev.handbook.pipeline.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handbook} command: build, check, and the usual --help and --version. */
@Command(name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Turns interview-process notes (an Obsidian vault) into an interviewer handbook site.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code when the JVM's heap is too small for the handbook; the previous site is kept. */
    public static final int OUT_OF_MEMORY = 3;

    /** Exit code for a bug in the generator itself, never for bad input. */
    public static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line with the given streams and returns the exit code, for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, line, parsed) -> {
                    err.println("internal error (a bug in the generator, not in your notes): " + exception);
                    exception.printStackTrace(err);
                    err.flush();
                    return INTERNAL_ERROR;
                });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug and not the notes: the heap the JVM was given is too small. The build has already
            // dropped its staging folder, so the previous site is intact.
            err.println("error: out of memory with a maximum heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB; run java with a larger -Xmx (docs/performance.md has the figures)");
            code = OUT_OF_MEMORY;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version Maven stamped into the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"handbook " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
