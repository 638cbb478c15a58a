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
 * Times full builds of the packaged jar as whole processes (JVM start included) on generated corpora,
 * beside Hugo on the same notes when {@code hugo} is on the PATH, and prints wall time, notes per second,
 * peak resident memory and the ratio to Hugo measured in the same run; then times the preview loop of
 * {@code serve} on the 1,000-note corpus, from a note written to disk to the reload events (see {@link ServeTiming}).
 *
 * <pre>
 * mvn -P bench verify                      # 1,000 and 10,000 notes, then serve on 1,000
 * java -cp target/test-classes:target/handbook.jar dev.handbook.bench.Benchmark --notes 1000,10000 --runs 5,3
 * java -cp target/test-classes:target/handbook.jar dev.handbook.bench.Benchmark --notes 1000 --runs 3 --no-serve
 * </pre>
 *
 * Options: {@code --notes N[,N...]}, {@code --runs R[,R...]} (per size), {@code --seed S},
 * {@code --work DIR} (corpora and outputs, default {@code /tmp/handbook-bench}), {@code --jar FILE},
 * {@code --jvm-options "..."} (for the handbook's JVM; default {@value #RECOMMENDED_JVM_OPTIONS} and the
 * class-data archive beside the jar, the README's recommendation; {@code default} for none), {@code --corpus site.yml} (also time an existing site, such as the
 * project's own), {@code --no-hugo}, {@code --serve-notes N} (the corpus to preview, default 1000),
 * {@code --serve-edits N} (measured edits after 3 warm-up edits, default 20; 0 skips the preview) and
 * {@code --no-serve}. The CPU column (user + system) moves less than wall time on a busy machine.
 */
public final class Benchmark {

    /** One timed process: wall time in milliseconds, peak RSS in KiB, CPU (user + system) in ms or -1, exit code. */
    record Measurement(long millis, long peakKib, long cpuMillis, int exit) {
    }

    /**
     * The figures of one tool on one corpus.
     *
     * @param runs full builds, each into an empty output folder
     * @param rebuilds builds over the site the last full build wrote, as a developer's second build runs
     *                 (empty for Hugo, which has nothing to take from its previous output)
     */
    record Result(String tool, int notes, List<Measurement> runs, List<Measurement> rebuilds) {
        long medianMillis() {
            return median(runs);
        }

        long medianRebuildMillis() {
            return rebuilds.isEmpty() ? -1 : median(rebuilds);
        }

        private static long median(List<Measurement> measurements) {
            long[] sorted = measurements.stream().mapToLong(Measurement::millis).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }

        long peakKib() {
            return runs.stream().mapToLong(Measurement::peakKib).max().orElse(0);
        }

        long medianCpuMillis() {
            long[] sorted = runs.stream().mapToLong(Measurement::cpuMillis).sorted().toArray();
            return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
        }
    }

    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * The JVM options the README recommends for the handbook: C1 only, since a build is over before C2's
     * compilations pay back; a heap cap that keeps 10,000 notes under 1 GiB of resident memory; G1's marking
     * started at 80% of that heap, since its adaptive start kept marking almost without pause once the parsed
     * notes filled two thirds of the heap; parsed notes, which live until they are drawn, promoted at their
     * first collection instead of copied between survivor spaces; and the heap in huge pages, which cost
     * fewer page faults and TLB misses. (The README's command also names the class-data archive.)
     */
    static final String RECOMMENDED_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -Xmx768m -XX:-G1UseAdaptiveIHOP"
            + " -XX:InitiatingHeapOccupancyPercent=80 -XX:MaxTenuringThreshold=1 -XX:+UseTransparentHugePages";

    // Edits before the measured ones: the first rebuilds also load classes and compile the hot paths.
    private static final int SERVE_WARMUPS = 3;

    private final Path jar;
    private final Path work;
    private final List<String> jvmOptions;
    private final String hugo;

    private Benchmark(Path jar, Path work, List<String> jvmOptions, boolean useHugo) {
        this.jar = jar.toAbsolutePath();
        this.work = work.toAbsolutePath();
        this.jvmOptions = jvmOptions;
        this.hugo = useHugo ? onPath("hugo") : null;
    }

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000);
        List<Integer> runs = List.of(5, 3);
        long seed = 42;
        Path work = Path.of("/tmp/handbook-bench");
        Path jar = Path.of("target/handbook.jar");
        List<String> jvmOptions = null;
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
                case "--jvm-options" -> jvmOptions = options(i + 1 < args.length ? args[++i] : "");
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--no-hugo" -> useHugo = false;
                case "--serve-notes" -> serveNotes = Integer.parseInt(args[++i]);
                case "--serve-edits" -> serveEdits = Integer.parseInt(args[++i]);
                case "--no-serve" -> serveEdits = 0;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; see the Javadoc of dev.handbook.bench.Benchmark");
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found; run mvn package first");
        }
        if (jvmOptions == null) {
            // The class-data archive mvn package writes beside the jar, as the README's command names it.
            jvmOptions = options(RECOMMENDED_JVM_OPTIONS + " -XX:SharedArchiveFile="
                    + jar.toAbsolutePath().resolveSibling("handbook.jsa"));
        }
        Benchmark benchmark = new Benchmark(jar, work, jvmOptions, useHugo);
        benchmark.header();
        List<Result[]> results = new ArrayList<>();
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
            serve = new ServeTiming(benchmark.handbook(), benchmark.work).run(dir.resolve("site.yml"), serveNotes,
                    SERVE_WARMUPS, serveEdits);
        }
        benchmark.table(results);
        if (serve != null) {
            serveTable(serve);
        }
    }

    private void header() throws IOException, InterruptedException {
        System.out.println("== handbook benchmark ==");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + memTotal() + ", Java " + System.getProperty("java.version") + ", load average " + loadAverage());
        System.out.println("jar: " + jar + (jvmOptions.isEmpty() ? " with the JVM's default options"
                : " with JVM options " + String.join(" ", jvmOptions)));
        System.out.println("peak RSS from: " + (Files.isExecutable(TIME) ? "/usr/bin/time (max RSS of the process)"
                : "polling /proc/<pid>/status VmHWM"));
        if (hugo != null) {
            System.out.println("hugo: " + output(List.of(hugo, "version")).trim());
        } else {
            System.out.println("hugo: not on PATH (apt-get install hugo); no ratio");
        }
    }

    // A warm-up of each tool, then the runs, alternating tools so both see the same machine.
    private Result[] measure(int notes, Path siteYml, int times) throws IOException, InterruptedException {
        Path dir = siteYml.getParent();
        Path out = work.resolve("out-" + dir.getFileName());
        List<String> ours = new ArrayList<>(handbook());
        ours.addAll(List.of("build", "--config", siteYml.toString(), "--out", out.toString()));
        Path hugoSite = work.resolve("hugo-" + dir.getFileName());
        Path hugoOut = work.resolve("out-hugo-" + dir.getFileName());
        List<String> hugoCommand = null;
        if (hugo != null) {
            deleteTree(hugoSite);
            HugoSite.write(dir.resolve("content"), hugoSite, "Benchmark Handbook");
            hugoCommand = List.of(hugo, "--source", hugoSite.toString(), "--destination", hugoOut.toString(),
                    "--quiet");
        }
        System.out.printf(Locale.ROOT, "%n-- %,d notes (%s), %d runs after a warm-up --%n", notes, dir, times);
        List<Measurement> ourRuns = new ArrayList<>();
        List<Measurement> hugoRuns = new ArrayList<>();
        for (int run = 0; run <= times; run++) {
            String label = run == 0 ? "warm-up" : "run " + run;
            Measurement m = time(ours, dir, out);
            System.out.printf(Locale.ROOT, "  %-8s handbook %7d ms  %7.0f MiB  cpu %6d ms%n", label, m.millis(),
                    m.peakKib() / 1024.0, m.cpuMillis());
            if (m.exit() != 0) {
                throw new IllegalStateException("the handbook build failed with exit code " + m.exit() + "; see "
                        + out + ".log");
            }
            if (run > 0) {
                ourRuns.add(m);
            }
            if (hugoCommand != null) {
                Measurement h = time(hugoCommand, hugoSite, hugoOut);
                System.out.printf(Locale.ROOT, "  %-8s hugo     %7d ms  %7.0f MiB  cpu %6d ms%n", label, h.millis(),
                        h.peakKib() / 1024.0, h.cpuMillis());
                if (h.exit() != 0) {
                    throw new IllegalStateException("hugo failed with exit code " + h.exit() + "; see " + hugoOut + ".log");
                }
                if (run > 0) {
                    hugoRuns.add(h);
                }
            }
        }
        // Then builds over the last one's site, which take its PDFs again where their inputs are unchanged.
        List<Measurement> rebuilds = new ArrayList<>();
        for (int run = 1; run <= times; run++) {
            Measurement m = time(ours, dir, out, false);
            System.out.printf(Locale.ROOT, "  %-8s handbook %7d ms  %7.0f MiB  cpu %6d ms  (over the last site)%n",
                    "rebuild " + run, m.millis(), m.peakKib() / 1024.0, m.cpuMillis());
            if (m.exit() != 0) {
                throw new IllegalStateException("the handbook rebuild failed with exit code " + m.exit() + "; see "
                        + out + ".log");
            }
            rebuilds.add(m);
        }
        return new Result[] {new Result("handbook", notes, ourRuns, rebuilds),
            hugoCommand == null ? null : new Result("hugo", notes, hugoRuns, List.of())};
    }

    // The handbook's command up to its arguments: this JVM's java, the benchmark's JVM options, the jar.
    private List<String> handbook() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    // Runs one process into a fresh output folder; the folder is deleted before the clock starts.
    private Measurement time(List<String> command, Path dir, Path out) throws IOException, InterruptedException {
        return time(command, dir, out, true);
    }

    private Measurement time(List<String> command, Path dir, Path out, boolean fresh)
            throws IOException, InterruptedException {
        if (fresh) {
            deleteTree(out);
        }
        Path log = out.resolveSibling(out.getFileName() + ".log");
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

    private void table(List<Result[]> results) {
        System.out.println();
        System.out.println("| notes | handbook median | notes/s | peak RSS | CPU (median) | rebuild median | hugo median"
                + " | hugo peak RSS | hugo CPU | ratio handbook/hugo |");
        System.out.println("|------:|----------------:|--------:|---------:|-------------:|---------------:|------------:"
                + "|--------------:|---------:|--------------------:|");
        for (Result[] pair : results) {
            Result ours = pair[0];
            Result theirs = pair[1];
            double seconds = ours.medianMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "| %,d | %.2f s | %,.0f | %,.0f MiB | %s | %.2f s | %s | %s | %s | %s |%n",
                    ours.notes(), seconds, ours.notes() / seconds, ours.peakKib() / 1024.0, cpu(ours),
                    ours.medianRebuildMillis() / 1000.0,
                    theirs == null ? "–" : String.format(Locale.ROOT, "%.2f s", theirs.medianMillis() / 1000.0),
                    theirs == null ? "–" : String.format(Locale.ROOT, "%,.0f MiB", theirs.peakKib() / 1024.0),
                    theirs == null ? "–" : cpu(theirs),
                    theirs == null ? "–" : String.format(Locale.ROOT, "%.2f", (double) ours.medianMillis()
                            / theirs.medianMillis()));
        }
        System.out.println();
        System.out.println("Wall times are medians of whole processes (JVM start included), each full build into an empty"
                + " folder; a rebuild builds over the last site and takes its unchanged PDFs again. Peak RSS is the"
                + " largest of the full builds. Only the ratio, measured in one run, compares across machines.");
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

    // "default" (or nothing) means the JVM's own defaults, with no options at all.
    private static List<String> options(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() || trimmed.equals("default") ? List.of()
                : Arrays.stream(trimmed.split("\\s+")).toList();
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
