package dev.handbook.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only when every
 * file is written, so a failed build never leaves a half-written or empty site.
 */
public final class SiteWriter {

    /** A marker in every built site: only folders that carry it are ever replaced. */
    public static final String MARKER = ".handbook-site";

    private final Path output;
    // Early writes share the read lock; begin, discard and write take the write lock, so once a site is
    // discarded no page still being drawn on another thread can write into it (or recreate it).
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean begun;
    private boolean discarded;

    /** Creates a writer for the given output folder. */
    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Starts a new site in the staging folder, so that a build can write each page as soon as it is drawn
     * instead of holding the whole site in memory; {@link #write} adds the rest and swaps it in, or
     * {@link #discard} drops it. The output folder is not touched until the swap.
     */
    public void begin() throws IOException {
        lock.writeLock().lock();
        try {
            if (discarded) {
                throw new IOException("the staged site was discarded");
            }
            if (begun) {
                return;
            }
            Path staging = staging();
            deleteTree(staging);
            restorePrevious();
            Files.createDirectories(staging);
            begun = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Writes one file into the staging folder now, beginning it on first use; {@link #write} finishes the site. */
    public void writeNow(OutputFile file) throws IOException {
        if (!begun) {
            begin();
        }
        lock.readLock().lock();
        try {
            if (discarded) {
                throw new IOException("the staged site was discarded");
            }
            writeOne(staging(), file);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops the staging folder of a site that will not be swapped in; the output folder stays as it was. */
    public void discard() throws IOException {
        lock.writeLock().lock();
        try {
            discarded = true;
            begun = false;
            deleteTree(staging());
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Path staging() {
        return output.getParent().resolve("." + output.getFileName() + ".staging");
    }

    // The previous site is dropped only at the swap, once a build has succeeded. A run stopped between the
    // swap's two moves leaves it as the only copy of the last good site, so it is brought back first.
    private void restorePrevious() throws IOException {
        if (!Files.exists(output) && Files.exists(previous())) {
            Files.move(previous(), output, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private Path previous() {
        return output.getParent().resolve("." + output.getFileName() + ".previous");
    }

    /**
     * Refuses an output folder that holds the sources or that some other tool owns; deleting it
     * to make room for the site would destroy the user's files.
     *
     * @return why the folder cannot be used, or null when it can
     */
    public String refusal(List<Path> sources) {
        for (Path source : sources) {
            Path absolute = source.toAbsolutePath().normalize();
            if (absolute.startsWith(output)) {
                return "output folder " + output + " contains " + absolute + "; choose an output folder of its own";
            }
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    return "output folder " + output + " is not empty and was not built by this tool;"
                            + " empty it or choose another with --out";
                }
            } catch (IOException e) {
                return "cannot read output folder " + output + ": " + e.getMessage();
            }
        } else if (Files.exists(output) && !Files.isDirectory(output)) {
            return "output path " + output + " is a file, not a folder";
        }
        return null;
    }

    /** Writes all files and swaps the new site in; on failure the previous site stays as it was. */
    public void write(List<OutputFile> files) throws IOException {
        lock.writeLock().lock();
        try {
            writeAll(files);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void writeAll(List<OutputFile> files) throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        Path staging = staging();
        Path previous = previous();
        if (!begun) {
            deleteTree(staging);
            restorePrevious();
        }
        begun = false;
        try {
            Files.createDirectories(staging);
            // Every write finishes before a failure is acted on: a stream that threw at the first failure
            // would leave other threads writing into the staging folder while it is deleted.
            List<IOException> failures = files.parallelStream().map(file -> {
                try {
                    writeOne(staging, file);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            }).filter(Objects::nonNull).toList();
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            Files.writeString(staging.resolve(MARKER), "This folder was built by the interview handbook generator.\n");
            deleteTree(previous);
            if (Files.exists(output)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            restorePrevious();
            throw e;
        }
        deleteTree(previous);
    }

    private static void writeOne(Path root, OutputFile file) throws IOException {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("output path escapes the site: " + file.path());
        }
        Files.createDirectories(target.getParent());
        if (file.bytes() != null) {
            Files.write(target, file.bytes());
        } else {
            try (InputStream in = Files.newInputStream(file.copyOf())) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
