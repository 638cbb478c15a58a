package dev.handbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook check}: runs the whole build and reports problems without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the notes and report every problem without writing the site.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "Treat link and coverage warnings as errors.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new BuildRunner(spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(site.config, null, false, strict, false, timings);
    }
}
