package dev.handbook.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a clone of the project into a team's own handbook: the Larkspur sample moves to {@code examples/larkspur/}
 * and a starter handbook takes its place, deleting nothing.
 */
public final class Init {

    private final Path folder;
    private final String title;
    private final boolean force;

    /** An init of the handbook in {@code folder} (the clone's root), titled {@code title}. */
    public Init(Path folder, String title, boolean force) {
        this.folder = folder.toAbsolutePath().normalize();
        this.title = title;
        this.force = force;
    }

    /**
     * Moves the sample away and writes the starter, returning one line per thing done; refuses, changing nothing,
     * when something other than the sample is in the way and {@code force} is off.
     */
    public List<String> run() throws InitRefusal, IOException {
        if (!Files.isDirectory(folder)) {
            throw new InitRefusal(folder + " is not a folder: run init in your clone of the handbook");
        }
        boolean sample = LarkspurSample.isIn(folder);
        List<Path> inTheWay = inTheWay(sample);
        if (!inTheWay.isEmpty() && !force) {
            throw new InitRefusal(refusal(sample));
        }
        // The starter is written to one side first, so a failure there leaves the folder as it was.
        Path staging = Files.createTempDirectory(folder, ".handbook-init-");
        List<String> done = new ArrayList<>();
        try {
            new StarterHandbook(title).writeTo(staging);
            for (Path path : inTheWay) {
                Path aside = asideName(path);
                String slash = Files.isDirectory(path) ? "/" : "";
                Files.move(path, aside);
                done.add("moved " + relative(path) + slash + " to " + relative(aside) + slash);
            }
            if (sample) {
                LarkspurSample.move(folder);
                done.add("moved the Larkspur Labs sample to " + LarkspurSample.EXAMPLE + "/ (content/ and site.yml)");
            }
            Files.move(staging.resolve("content"), folder.resolve("content"));
            Files.move(staging.resolve("site.yml"), folder.resolve("site.yml"));
            done.add("wrote site.yml and content/ with " + StarterHandbook.NOTES.size()
                    + " notes: a home page, a role, two stages, a question bank and two competencies");
        } finally {
            deleteTree(staging);
        }
        return done;
    }

    private List<Path> inTheWay(boolean sample) {
        List<Path> paths = new ArrayList<>();
        if (sample) {
            Path example = folder.resolve(LarkspurSample.EXAMPLE);
            if (Files.exists(example)) {
                paths.add(example);
            }
        } else {
            for (String name : List.of("content", "site.yml")) {
                if (Files.exists(folder.resolve(name))) {
                    paths.add(folder.resolve(name));
                }
            }
        }
        return paths;
    }

    private static String refusal(boolean sample) {
        if (sample) {
            return LarkspurSample.EXAMPLE + "/ already exists, and init moves the sample there: rename or remove that"
                    + " folder, or run init --force to move it to " + LarkspurSample.EXAMPLE + ".before-init/ first";
        }
        return "content/ and site.yml are not the Larkspur Labs sample (content/ has no " + LarkspurSample.MARKER
                + " file), so this looks like a handbook of your own already, and init never replaces a team's notes."
                + " Build it as it is with `java -jar target/handbook.jar build`, or run init --force to move content/"
                + " to content.before-init/ and site.yml to site.yml.before-init (nothing is deleted) and start afresh";
    }

    // The first free "<name>.before-init", then "-2", "-3": an earlier forced init's copy is never overwritten.
    private static Path asideName(Path path) {
        Path aside = path.resolveSibling(path.getFileName() + ".before-init");
        for (int n = 2; Files.exists(aside); n++) {
            aside = path.resolveSibling(path.getFileName() + ".before-init-" + n);
        }
        return aside;
    }

    private String relative(Path path) {
        return folder.relativize(path).toString().replace('\\', '/');
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
