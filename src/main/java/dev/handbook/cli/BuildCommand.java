package dev.handbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the handbook site. Exit codes: 0 built, 1 content errors, 2 usage or configuration errors.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write the site here instead of site.yml's 'output'.")
    Path out;

    @Option(names = "--drafts", description = "Include drafts and unpublished notes.")
    boolean drafts;

    // "--strict=false" is accepted too, so `mvn generate -Dhandbook.strict=true` can pass its property through.
    @Option(names = "--strict", arity = "0..1", description = "Treat link and coverage warnings as errors.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new BuildRunner(spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(site.config, out, drafts, strict, true, timings);
    }
}
