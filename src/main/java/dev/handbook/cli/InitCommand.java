package dev.handbook.cli;

import dev.handbook.init.Init;
import dev.handbook.init.InitRefusal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handbook init}: makes a clone the team's own handbook, keeping the sample in examples/larkspur/. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start your own handbook: move the Larkspur Labs sample (content/ and site.yml) to"
                + " examples/larkspur/ and write a neutral site.yml and a small starter content/ in their place.",
                "Refuses, changing nothing, when content/ is not the sample or examples/larkspur/ exists, unless --force."
                        + " Exit codes: 0 done, 2 refused or not possible."})
final class InitCommand implements Callable<Integer> {

    @Option(names = {"-t", "--title"}, paramLabel = "TITLE", defaultValue = "Interview Handbook",
            description = "The handbook's title, on every page (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--force", description = "Move whatever is in the way to a .before-init name first; nothing is deleted.")
    boolean force;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", defaultValue = ".",
            description = "The clone to turn into your handbook (default: the current folder).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (title.isBlank()) {
            err.println("error: --title is empty; give the handbook a name, such as --title \"Acme Hiring\"");
            return BuildRunner.USAGE_ERRORS;
        }
        try {
            for (String line : new Init(folder, title.strip(), force).run()) {
                out.println(line);
            }
        } catch (InitRefusal e) {
            err.println("error: " + e.getMessage());
            return BuildRunner.USAGE_ERRORS;
        } catch (IOException e) {
            err.println("error: cannot set up the handbook in " + folder + ": " + BuildRunner.describe(e));
            return BuildRunner.USAGE_ERRORS;
        }
        out.println("next: edit the notes in content/ (or point content: in site.yml at your Obsidian vault), then");
        out.println("  mvn generate                                    # builds your handbook into target/handbook/");
        out.println("  java -jar target/handbook.jar check --strict    # the gate for your CI: fails on any warning");
        out.println("the sample still builds: java -jar target/handbook.jar build --config examples/larkspur/site.yml");
        return BuildRunner.OK;
    }
}
