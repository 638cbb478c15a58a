package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, {@code target/bin/handbook}, run as a user runs it: from another folder, from a moved
 * clone, through a symbolic link, with its class-data archive missing, stale or damaged, and with an AOT cache on
 * Java 24 and later. It exists only after {@code mvn package}, so these tests run in the integration-test phase
 * ({@code mvn verify}, the CI command); without a launcher they are skipped.
 */
class LauncherIT {

    private static final Path BIN = Path.of("target", "bin").toAbsolutePath();
    private static final Path JAR = Path.of("target", "handbook.jar").toAbsolutePath();

    /** A copy of the packaged launcher and jar in a folder with a space in its name: a clone moved elsewhere. */
    @TempDir
    static Path moved;

    private static Path launcher;

    /** What a launch printed and how it ended. */
    record Run(int exit, String out, String err) {
        String transcript() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void copyThePackagedLauncher() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
                "the POSIX launcher; handbook.cmd is not run here");
        assumeTrue(Files.isRegularFile(BIN.resolve("handbook")) && Files.isRegularFile(JAR),
                "no packaged launcher: run mvn verify (or mvn package first)");
        Path target = moved.resolve("moved clone").resolve("target");
        copyTree(BIN.resolve("training"), target.resolve("bin/training"));
        Files.copy(BIN.resolve("handbook"), target.resolve("bin/handbook"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, target.resolve("handbook.jar"));
        launcher = target.resolve("bin/handbook");
    }

    @Test
    void mavenMakesTheLauncherExecutableAndItsArchiveForMavensJava() {
        assertTrue(Files.isExecutable(BIN.resolve("handbook")), "target/bin/handbook is executable");
        assertTrue(Files.isRegularFile(BIN.resolve("handbook.cmd")), "the Windows launcher is beside it");
        // The tests run on the java that ran Maven, which wrote its archive at package time.
        assertTrue(Files.isRegularFile(BIN.resolve(archiveName(runtimeVersion(), Runtime.version().feature()))),
                () -> "no archive for Java " + runtimeVersion() + " in " + list(BIN));
    }

    @Test
    void printsTheVersionFromAnotherFolderAndSaysNothingElse() throws Exception {
        Run run = run(launcher, moved, Map.of(), "--version");
        assertEquals(0, run.exit(), run::transcript);
        assertTrue(run.out().startsWith("handbook "), run::transcript);
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run::transcript);
        assertEquals("", run.err(), run::transcript);
    }

    @Test
    void worksThroughASymbolicLinkFromAnotherFolder() throws Exception {
        Path link = Files.createDirectories(moved.resolve("elsewhere/bin")).resolve("handbook");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, launcher);
        Run run = run(link, moved.resolve("elsewhere"), Map.of(), "--version");
        assertEquals(0, run.exit(), run::transcript);
        assertTrue(run.out().startsWith("handbook "), run::transcript);
        assertEquals("", run.err(), run::transcript);
    }

    @Test
    void writesAMissingArchiveSilentlyAndUsesIt() throws Exception {
        Path archive = archive();
        Files.deleteIfExists(archive);
        Run run = run(launcher, moved, Map.of(), "--version");
        assertEquals(0, run.exit(), run::transcript);
        assertEquals("", run.err(), run::transcript);
        assertTrue(Files.isRegularFile(archive), () -> "no archive written: " + list(archive.getParent()));

        Path classes = moved.resolve("classes.log");
        Run logged = run(launcher, moved, Map.of("HANDBOOK_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
                "--version");
        assertEquals(0, logged.exit(), logged::transcript);
        assertTrue(Files.readString(classes).contains("shared objects file"),
                "the JVM maps classes from the archive");
    }

    @Test
    void aDamagedArchiveNeitherBreaksTheLaunchNorPrintsAWarning() throws Exception {
        Path archive = archive();
        run(launcher, moved, Map.of(), "--version"); // written if missing, with the note of the jar it is for
        Files.deleteIfExists(archive);
        Files.write(archive, "not an archive at all, just some bytes".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path siteYml = launcher.resolveSibling("training").resolve("site.yml");
        Path out = moved.resolve("site");
        Run run = run(launcher, moved, Map.of(), "build", "--config", siteYml.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run::transcript);
        assertTrue(Files.isRegularFile(out.resolve("index.html")), run::transcript);
        Run version = run(launcher, moved, Map.of(), "--version");
        assertEquals(0, version.exit(), version::transcript);
        assertEquals("", version.err(), version::transcript);
        assertTrue(Files.readString(archive).startsWith("not an archive"), "a damaged archive is left as it is");
    }

    @Test
    void anArchiveOlderThanTheJarIsWrittenAgain() throws Exception {
        Path archive = archive();
        run(launcher, moved, Map.of(), "--version");
        assertTrue(Files.isRegularFile(archive));
        FileTime jarTime = Files.getLastModifiedTime(launcher.getParent().resolveSibling("handbook.jar"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(jarTime.toMillis() - 60_000));
        Run run = run(launcher, moved, Map.of(), "--version");
        assertEquals(0, run.exit(), run::transcript);
        assertEquals("", run.err(), run::transcript);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(jarTime) >= 0, "the archive is written again");
    }

    @Test
    void startsTheJvmWithTheRecommendedOptionsAndLetsTheUserOverrideThem() throws Exception {
        Run build = run(launcher, moved, Map.of("HANDBOOK_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertEquals(0, build.exit(), build::transcript);
        String flags = build.out().lines().filter(line -> line.contains("-XX:")).findFirst().orElse("");
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), flags);
        assertTrue(flags.contains("-XX:MaxHeapSize=805306368"), "-Xmx768m: " + flags);
        assertTrue(flags.contains("-XX:InitiatingHeapOccupancyPercent=80"), flags);

        Run bigger = run(launcher, moved, Map.of("HANDBOOK_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx1g"),
                "--version");
        assertTrue(bigger.out().contains("-XX:MaxHeapSize=1073741824"), bigger::transcript);

        // A preview runs for hours: it keeps the full JIT.
        Run serve = run(launcher, moved, Map.of("HANDBOOK_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "serve",
                "--help");
        assertEquals(0, serve.exit(), serve::transcript);
        assertFalse(serve.out().contains("TieredStopAtLevel"), serve::transcript);
    }

    @Test
    void refusesAJavaOlderThan17WithAMessage() throws Exception {
        Path fakeHome = Files.createDirectories(moved.resolve("old-java/bin"));
        Path java = fakeHome.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_402\"' >&2\necho 'Java(TM) SE Runtime Environment"
                + " (build 1.8.0_402-b08)' >&2\n");
        java.toFile().setExecutable(true);
        Run run = run(launcher, moved, Map.of("JAVA_HOME", fakeHome.getParent().toString()), "--version");
        assertEquals(2, run.exit(), run::transcript);
        assertTrue(run.err().contains("needs Java 17 or newer"), run::transcript);
    }

    @Test
    void usesAnAotCacheOnJava24AndLater() throws Exception {
        Optional<Path> home = newerJdk();
        assumeTrue(home.isPresent(), "no JDK 24 or newer under /usr/lib/jvm or in -Dlauncher.jdk24");
        String build = release(home.get(), "JAVA_RUNTIME_VERSION");
        Path cache = launcher.resolveSibling(archiveName(build, 24));
        Files.deleteIfExists(cache);
        Map<String, String> env = Map.of("JAVA_HOME", home.get().toString());
        Run first = run(launcher, moved, env, "--version");
        assertEquals(0, first.exit(), first::transcript);
        assertEquals("", first.err(), first::transcript);
        assertTrue(Files.isRegularFile(cache), () -> "no AOT cache: " + list(cache.getParent()));

        Path log = moved.resolve("aot.log");
        Run logged = run(launcher, moved, Map.of("JAVA_HOME", home.get().toString(), "HANDBOOK_JAVA_OPTS",
                "-Xlog:class+load=info:file=" + log), "--version");
        assertEquals(0, logged.exit(), logged::transcript);
        assertTrue(Files.readString(log).contains("shared objects file"), "the JVM maps classes from the cache");

        Files.write(cache, new byte[4096]);
        Run damaged = run(launcher, moved, env, "--version");
        assertEquals(0, damaged.exit(), damaged::transcript);
        assertEquals("", damaged.err(), damaged::transcript);
    }

    private static Path archive() {
        return launcher.resolveSibling(archiveName(runtimeVersion(), Runtime.version().feature()));
    }

    // The launcher's name for the archive of one JVM build: handbook-17.0.15_6-Debian-1deb12u1.jsa.
    private static String archiveName(String build, int feature) {
        return "handbook-" + build.replaceAll("[^A-Za-z0-9._-]", "_") + (feature >= 24 ? ".aot" : ".jsa");
    }

    private static String runtimeVersion() {
        return System.getProperty("java.runtime.version");
    }

    private static Optional<Path> newerJdk() throws IOException {
        String given = System.getProperty("launcher.jdk24");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> !Files.isSymbolicLink(home))
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> {
                        String version = release(home, "JAVA_VERSION");
                        return !version.isEmpty() && Integer.parseInt(version.split("[^0-9]", 2)[0]) >= 24;
                    })
                    .sorted().findFirst();
        }
    }

    private static String release(Path home, String key) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith(key + "=")) {
                    return line.substring(key.length() + 1).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // no release file: not a JDK this test can use
        }
        return "";
    }

    private static Run run(Path script, Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("HANDBOOK_JAVA_OPTS");
        environment.remove("JAVA_TOOL_OPTIONS"); // the JVM announces it on stderr
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(new HashMap<>(env));
        Path out = Files.createTempFile(moved, "out", ".txt");
        Path err = Files.createTempFile(moved, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 180 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static String list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList().toString();
        } catch (IOException e) {
            return folder + " (" + e.getMessage() + ")";
        }
    }
}
