package dev.handbook.cli;

import dev.handbook.serve.PreviewSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook serve}: a live preview on localhost that rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the handbook at http://127.0.0.1:PORT/, rebuilding and reloading on every change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timings", description = "Print how long each stage of every rebuild took.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return new PreviewSession(site.config, port, spec.commandLine().getOut(), spec.commandLine().getErr())
                .withTimings(timings).run();
    }
}
