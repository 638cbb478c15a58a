package dev.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times what users run, as whole processes (JVM start included) on generated corpora, alternating so every tool
 * sees the same machine: the launcher {@code target/bin/handbook build}, a rebuild by the launcher over its last
 * site after one note was edited, plain {@code java -jar target/handbook.jar build} with the JVM's defaults,
 * {@code mvn generate} from a cold Maven (the classes compiled already), and Hugo on the same notes when
 * {@code hugo} is on the PATH. It prints wall time, notes per second, CPU, peak resident memory and the ratio
 * to Hugo measured in the same run; then times the preview loop of {@code serve} (started by the launcher)
 * on the 1,000-note corpus, from a note written to disk to the reload events (see {@link ServeTiming}).
 *
 * <pre>
 * mvn -P bench verify -DskipTests             # 1,000 and 10,000 notes, then serve on 1,000
 * java -cp target/test-classes:target/handbook.jar dev.handbook.bench.Benchmark --notes 1000,10000 --runs 5,3
 * java -cp target/test-classes:target/handbook.jar dev.handbook.bench.Benchmark --notes 1000 --runs 3 --no-serve
 * </pre>
 *
 * Options: {@code --notes N[,N...]}, {@code --runs R[,R...]} (per size), {@code --seed S},
 * {@code --work DIR} (corpora and outputs, default {@code /tmp/handbook-bench}), {@code --jar FILE} (the
 * launcher is {@code bin/handbook} beside it), {@code --project DIR} (where {@code mvn generate} runs, default
 * the current folder), {@code --mvn "mvn -B -q -o"} (the Maven command), {@code --no-mvn}, {@code --no-hugo},
 * {@code --corpus site.yml} (also time an existing site, such as the project's own), {@code --serve-notes N}
 * (the corpus to preview, default 1000), {@code --serve-edits N} (measured edits after 3 warm-up edits, default
 * 20; 0 skips the preview) and {@code --no-serve}. The CPU column (user + system) moves less than wall time on a
 * busy machine.
 */
public final class Benchmark {

    /** One timed process: wall time in milliseconds, peak RSS in KiB, CPU (user + system) in ms or -1, exit code. */
    record Measurement(long millis, long peakKib, long cpuMillis, int exit) {
    }

    /** The measured runs (warm-up left out) of one tool on one corpus. */
    record Result(String tool, int notes, List<Measurement> runs) {
        long medianMillis() {
            return median(runs.stream().mapToLong(Measurement::millis).toArray());
        }

        long peakKib() {
            return runs.stream().mapToLong(Measurement::peakKib).max().orElse(0);
        }

        long medianCpuMillis() {
            return runs.isEmpty() || runs.get(0).cpuMillis() < 0 ? -1
                    : median(runs.stream().mapToLong(Measurement::cpuMillis).toArray());
        }

        private static long median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? -1 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    /**
     * One way to build a corpus: its name in the table, its command, the folder it runs in, the folder it builds
     * into (deleted before the clock starts unless {@code fresh} is false), and what to do to the corpus first.
     */
    private record Tool(String name, List<String> command, Path dir, Path out, boolean fresh, Setup setup) {
    }

    /** A step before a tool's run that is not timed, such as editing a note. */
    @FunctionalInterface
    private interface Setup {
        void before(int run) throws IOException;
    }

    static final String LAUNCHER = "launcher";
    static final String REBUILD = "rebuild after an edit";
    static final String JAVA_JAR = "java -jar";
    static final String MVN = "mvn generate";
    static final String HUGO = "hugo";

    private static final Path TIME = Path.of("/usr/bin/time");

    // Edits before the measured ones: the first rebuilds also load classes and compile the hot paths.
    private static final int SERVE_WARMUPS = 3;

    private final Path jar;
    private final Path launcher;
    private final Path project;
    private final List<String> mvn;
    private final Path work;
    private final String hugo;

    private Benchmark(Path jar, Path project, List<String> mvn, Path work, boolean useHugo) {
        this.jar = jar.toAbsolutePath();
        this.launcher = this.jar.resolveSibling("bin").resolve("handbook");
        this.project = project.toAbsolutePath();
        this.mvn = mvn;
        this.work = work.toAbsolutePath();
        this.hugo = useHugo ? onPath("hugo") : null;
    }

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000);
        List<Integer> runs = List.of(5, 3);
        long seed = 42;
        Path work = Path.of("/tmp/handbook-bench");
        Path jar = Path.of("target/handbook.jar");
        Path project = Path.of("");
        List<String> mvn = List.of("mvn", "-B", "-q", "-o");
        Path corpus = null;
        boolean useHugo = true;
        int serveNotes = 1000;
        int serveEdits = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--notes" -> sizes = ints(args[++i]);
                case "--runs" -> runs = ints(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--project" -> project = Path.of(args[++i]);
                case "--mvn" -> mvn = words(args[++i]);
                case "--no-mvn" -> mvn = List.of();
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--no-hugo" -> useHugo = false;
                case "--serve-notes" -> serveNotes = Integer.parseInt(args[++i]);
                case "--serve-edits" -> serveEdits = Integer.parseInt(args[++i]);
                case "--no-serve" -> serveEdits = 0;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; see the Javadoc of dev.handbook.bench.Benchmark");
            }
        }
        Benchmark benchmark = new Benchmark(jar, project, mvn, work, useHugo);
        if (!Files.isRegularFile(benchmark.jar) || !Files.isExecutable(benchmark.launcher)) {
            throw new IllegalStateException(benchmark.jar + " or " + benchmark.launcher + " not found; run mvn package first");
        }
        benchmark.header();
        List<List<Result>> results = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            int notes = sizes.get(i);
            int times = runs.get(Math.min(i, runs.size() - 1));
            Path dir = work.resolve("corpus-" + notes + "-seed-" + seed);
            Path siteYml = dir.resolve("site.yml");
            deleteTree(dir); // always afresh: a corpus left by an older generator would not be this one
            long start = System.nanoTime();
            new CorpusGenerator(notes, seed).write(dir);
            System.out.printf(Locale.ROOT, "generated %,d notes into %s in %d ms%n", notes, dir,
                    (System.nanoTime() - start) / 1_000_000);
            results.add(benchmark.measure(notes, siteYml, times));
        }
        if (corpus != null) {
            long notes;
            try (Stream<Path> files = Files.walk(corpus.toAbsolutePath().getParent().resolve("content"))) {
                notes = files.filter(f -> f.toString().endsWith(".md")).count();
            }
            results.add(benchmark.measure((int) notes, corpus.toAbsolutePath(), runs.get(0)));
        }
        ServeTiming.Result serve = null;
        if (serveEdits > 0) {
            Path dir = work.resolve("corpus-" + serveNotes + "-seed-" + seed);
            if (!sizes.contains(serveNotes)) {
                deleteTree(dir);
                new CorpusGenerator(serveNotes, seed).write(dir);
            }
            serve = new ServeTiming(List.of(benchmark.launcher.toString()), benchmark.work).run(dir.resolve("site.yml"),
                    serveNotes, SERVE_WARMUPS, serveEdits);
        }
        table(results);
        if (serve != null) {
            serveTable(serve);
        }
    }

    private void header() throws IOException, InterruptedException {
        System.out.println("== handbook benchmark ==");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + memTotal() + ", Java " + System.getProperty("java.version") + ", load average " + loadAverage());
        System.out.println("launcher: " + launcher + " (" + archives() + ")");
        System.out.println("java -jar: " + java() + " -jar " + jar + ", the JVM's default options");
        System.out.println("mvn generate: " + (mvn.isEmpty() ? "not timed (--no-mvn)"
                : String.join(" ", mvn) + " generate -Dhandbook.config=… in " + project + ", with its .mvn/jvm.config"));
        System.out.println("peak RSS from: " + (Files.isExecutable(TIME) ? "/usr/bin/time (max RSS of the process)"
                : "polling /proc/<pid>/status VmHWM"));
        if (hugo != null) {
            System.out.println("hugo: " + output(List.of(hugo, "version")).trim());
        } else {
            System.out.println("hugo: not on PATH (apt-get install hugo); no ratio");
        }
    }

    // The class-data archives and AOT caches beside the launcher, which say which JVMs it has run on.
    private String archives() throws IOException {
        try (Stream<Path> files = Files.list(launcher.getParent())) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".jsa") || name.endsWith(".aot")).sorted().toList();
            return names.isEmpty() ? "no archive yet" : String.join(", ", names);
        }
    }

    // A warm-up of each tool, then the runs, alternating tools so all see the same machine.
    private List<Result> measure(int notes, Path siteYml, int times) throws IOException, InterruptedException {
        Path dir = siteYml.getParent();
        String name = dir.getFileName().toString();
        List<String> build = List.of("build", "--config", siteYml.toString(), "--out");
        List<Tool> tools = new ArrayList<>();
        Path launcherOut = work.resolve("out-launcher-" + name);
        tools.add(new Tool(LAUNCHER, concat(List.of(launcher.toString()), build, launcherOut), dir, launcherOut, true,
                run -> { }));
        Path edited = noteToEdit(dir.resolve("content"));
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        tools.add(new Tool(REBUILD, concat(List.of(launcher.toString()), build, launcherOut), dir, launcherOut, false,
                run -> Files.writeString(edited, original + "\nEdited before rebuild " + run + ": the panel revisits"
                        + " the migration order.\n", StandardCharsets.UTF_8)));
        Path jarOut = work.resolve("out-java-jar-" + name);
        tools.add(new Tool(JAVA_JAR, concat(List.of(java(), "-jar", jar.toString()), build, jarOut), dir, jarOut, true,
                run -> { }));
        if (!mvn.isEmpty()) {
            // mvn generate builds into the output site.yml names (the corpus's public/), with Maven's own JVM.
            List<String> command = new ArrayList<>(mvn);
            command.addAll(List.of("generate", "-Dhandbook.config=" + siteYml));
            tools.add(new Tool(MVN, command, project, dir.resolve("public"), true, run -> { }));
        }
        if (hugo != null) {
            Path hugoSite = work.resolve("hugo-" + name);
            deleteTree(hugoSite);
            HugoSite.write(dir.resolve("content"), hugoSite, "Benchmark Handbook");
            Path hugoOut = work.resolve("out-hugo-" + name);
            tools.add(new Tool(HUGO, List.of(hugo, "--source", hugoSite.toString(), "--destination", hugoOut.toString(),
                    "--quiet"), hugoSite, hugoOut, true, run -> { }));
        }
        System.out.printf(Locale.ROOT, "%n-- %,d notes (%s), %d runs after a warm-up; the rebuild edits %s --%n", notes,
                dir, times, dir.relativize(edited));
        for (Tool tool : tools) {
            System.out.println("  " + tool.name() + ": " + (tool.dir().equals(dir) ? "" : "(in " + tool.dir() + ") ")
                    + String.join(" ", tool.command()));
        }
        List<List<Measurement>> measured = new ArrayList<>();
        tools.forEach(tool -> measured.add(new ArrayList<>()));
        try {
            for (int run = 0; run <= times; run++) {
                String label = run == 0 ? "warm-up" : "run " + run;
                for (int t = 0; t < tools.size(); t++) {
                    Tool tool = tools.get(t);
                    tool.setup().before(run);
                    Measurement m = time(tool.command(), tool.dir(), tool.out(), tool.fresh());
                    System.out.printf(Locale.ROOT, "  %-8s %-22s %7d ms  %7.0f MiB  cpu %6d ms%n", label, tool.name(),
                            m.millis(), m.peakKib() / 1024.0, m.cpuMillis());
                    if (m.exit() != 0) {
                        throw new IllegalStateException(tool.name() + " failed with exit code " + m.exit() + "; see "
                                + log(tool.out()));
                    }
                    if (run > 0) {
                        measured.get(t).add(m);
                    }
                }
            }
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        }
        List<Result> results = new ArrayList<>();
        for (int t = 0; t < tools.size(); t++) {
            results.add(new Result(tools.get(t).name(), notes, measured.get(t)));
        }
        return results;
    }

    // A note in the middle of the corpus (not a role, stage or competency): what a writer edits most.
    private static Path noteToEdit(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            List<Path> notes = files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !content.relativize(f).startsWith("process") && !content.relativize(f).startsWith("competencies"))
                    .sorted().toList();
            return notes.get(notes.size() / 2);
        }
    }

    private static List<String> concat(List<String> first, List<String> then, Path last) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        all.add(last.toString());
        return all;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path log(Path out) {
        return out.resolveSibling(out.getFileName() + ".log");
    }

    // Runs one process, into a fresh output folder when asked: the folder and the build cache beside it are
    // deleted before the clock starts, so a cold build takes nothing from an earlier run.
    private Measurement time(List<String> command, Path dir, Path out, boolean fresh)
            throws IOException, InterruptedException {
        if (fresh) {
            deleteTree(out);
            deleteTree(out.resolveSibling(out.getFileName() + "-cache"));
        }
        Path log = log(out);
        Path rss = out.resolveSibling(out.getFileName() + ".rss");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", rss.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        long cpu = -1;
        if (!timed) {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                peak = Math.max(peak, vmHwm(status));
                Thread.sleep(5);
            }
        }
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (timed) {
            List<String> lines = Files.readAllLines(rss);
            String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
            peak = Long.parseLong(fields[0]);
            cpu = Math.round((Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000);
        }
        return new Measurement(millis, peak, cpu, exit);
    }

    static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    private static void table(List<List<Result>> results) {
        System.out.println();
        System.out.println("| notes | tool | median | notes/s | CPU (median) | peak RSS | ratio to hugo |");
        System.out.println("|------:|:-----|-------:|--------:|-------------:|---------:|--------------:|");
        for (List<Result> corpus : results) {
            Result hugo = corpus.stream().filter(r -> r.tool().equals(HUGO)).findFirst().orElse(null);
            for (Result result : corpus) {
                double seconds = result.medianMillis() / 1000.0;
                System.out.printf(Locale.ROOT, "| %,d | %s | %.2f s | %,.0f | %s | %,.0f MiB | %s |%n", result.notes(),
                        result.tool(), seconds, result.notes() / seconds, cpu(result), result.peakKib() / 1024.0,
                        hugo == null || result == hugo ? "–"
                                : String.format(Locale.ROOT, "%.2f", (double) result.medianMillis() / hugo.medianMillis()));
            }
        }
        System.out.println();
        System.out.println("Wall times are medians of whole processes (JVM start included), alternated; every build but the"
                + " rebuild goes into an empty folder; the rebuild builds over the launcher's last site after one note was"
                + " edited. Peak RSS is the largest of the runs. Only ratios, measured in one run, compare across machines.");
    }

    private static void serveTable(ServeTiming.Result serve) {
        System.out.println();
        System.out.println("| notes | edits | edited note visible (median / p90) | full rebuild done (median / p90)"
                + " | quick renders | serve ready | serve peak RSS | load before → after |");
        System.out.println("|------:|------:|-----------------------------------:|----------------------------------:"
                + "|--------------:|------------:|---------------:|:--------------------|");
        List<Long> visible = serve.visible();
        List<Long> rebuilt = serve.rebuilt();
        System.out.printf(Locale.ROOT, "| %,d | %d | %s | %s | %d of %d | %.2f s | %,.0f MiB | %s → %s |%n",
                serve.notes(), serve.edits().size(), spread(visible, serve.edits().size()),
                spread(rebuilt, serve.edits().size()), serve.quickRenders(), serve.edits().size(),
                serve.readyMillis() / 1000.0, serve.peakKib() / 1024.0, serve.loadBefore(), serve.loadAfter());
        System.out.println();
        System.out.println("Preview times run from Files.writeString to the server-sent reload event as this process"
                + " reads it: the first reload naming the note's page (the quick render when there was one), then"
                + " the full rebuild's reload, or its 'rebuilt' log line when no other page changed; the server's"
                + " JVM has the same options as the builds.");
    }

    // "12 ms / 20 ms", with how many edits it covers when some reload never came.
    private static String spread(List<Long> millis, int edits) {
        if (millis.isEmpty()) {
            return "–";
        }
        String text = ServeTiming.median(millis) + " ms / " + ServeTiming.p90(millis) + " ms";
        return millis.size() == edits ? text : text + " (" + millis.size() + " of " + edits + ")";
    }

    private static String cpu(Result result) {
        long millis = result.medianCpuMillis();
        return millis < 0 ? "–" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.1f GiB RAM", Long.parseLong(line.replaceAll("\\D", ""))
                            / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux; the core count still says something
        }
        return "unknown RAM";
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.stream(trimmed.split("\\s+")).toList();
    }

    private static List<Integer> ints(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
