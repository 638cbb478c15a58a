package dev.handbook.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Writes the site so that a failed build never leaves a half-written or empty site: new and changed files
 * go into a staging folder beside the output folder and move in only when every file is written.
 *
 * <p>A first build swaps the whole staging folder in. A rebuild over a site this tool built compares each
 * file with the one already there and stages only those that differ; when the build succeeds they are
 * moved in one by one and the files the new site no longer has are deleted. Rewriting ten thousand
 * identical pages, and deleting the old copies, cost more than drawing them; unchanged files also keep
 * their modification times, so a deploy that syncs by time sends only what changed. An output that is a
 * symlink is updated in the folder it points to. A rebuild stopped during those moves, or failing in them (a
 * full disk), leaves every file whole, some old and some new, until the next build.
 */
public final class SiteWriter {

    /** A marker in every built site: only folders that carry it are ever replaced. */
    public static final String MARKER = ".handbook-site";

    private static final byte[] MARKER_TEXT =
            "This folder was built by the interview handbook generator.\n".getBytes(StandardCharsets.UTF_8);

    private static final int COMPARE_BUFFER = 64 * 1024;

    private final Path output;
    // Early writes share the read lock; begin, discard and write take the write lock, so once a site is
    // discarded no page still being drawn on another thread can write into it (or recreate it).
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean begun;
    private boolean discarded;
    // The real folder files are compared with and the changed ones moved into, when the output holds a site
    // this tool built or is a symlink (then the folder it points to); null when the staging folder is swapped in.
    private Path site;
    // Every file of the new site, by its path in the output folder; anything else there is stale.
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    /** Creates a writer for the given output folder. */
    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Starts a new site in the staging folder, so that a build can write each page as soon as it is drawn
     * instead of holding the whole site in memory; {@link #write} adds the rest and moves it in, or
     * {@link #discard} drops it. The output folder is not touched until then.
     */
    public void begin() throws IOException {
        lock.writeLock().lock();
        try {
            if (discarded) {
                throw new IOException("the staged site was discarded");
            }
            start();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void start() throws IOException {
        if (begun) {
            return;
        }
        restorePrevious();
        // A symlinked output is always written through, into the folder it points to, never replaced.
        boolean throughLink = Files.isSymbolicLink(output) && Files.isDirectory(output);
        site = throughLink || Files.isRegularFile(output.resolve(MARKER)) ? output.toRealPath() : null;
        Path staging = staging();
        deleteTree(staging);
        Files.createDirectories(staging);
        paths.clear();
        begun = true;
    }

    /** Writes one file now (into the staging folder unless it is unchanged), beginning on first use. */
    public void writeNow(OutputFile file) throws IOException {
        if (!begun) {
            begin();
        }
        lock.readLock().lock();
        try {
            if (discarded) {
                throw new IOException("the staged site was discarded");
            }
            place(file);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops the staging folder of a site that will not be moved in; the output folder stays as it was. */
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

    // Beside the folder the files move into: for a symlinked output, beside the folder it points to, so the
    // moves stay on one disk (and atomic) and the staging folder is never inside the site.
    private Path staging() {
        Path folder = site != null ? site : output;
        return folder.resolveSibling("." + folder.getFileName() + ".staging");
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
        // Through a symlink the files land in the folder it points to: that is the one that must not hold them.
        Path real = realPath(output);
        for (Path source : sources) {
            Path absolute = source.toAbsolutePath().normalize();
            if (absolute.startsWith(output) || realPath(absolute).startsWith(real)) {
                return "output folder " + output + " contains " + absolute + "; choose an output folder of its own";
            }
        }
        if (Files.isSymbolicLink(output) && output.startsWith(real)) {
            return "output folder " + output + " is a link to " + real + ", which holds the link itself;"
                    + " choose an output folder of its own";
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

    // Where a path really is, through any symlinks; as it is when it does not exist (yet) or cannot be read.
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** Writes all files and moves the new site in; on failure the previous site stays as it was. */
    public void write(List<OutputFile> files) throws IOException {
        lock.writeLock().lock();
        try {
            writeAll(files);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void writeAll(List<OutputFile> files) throws IOException {
        Files.createDirectories(output.getParent());
        start();
        Path staging = staging(); // where start() put it: beside the folder the files move into
        Path previous = previous();
        begun = false;
        try {
            // Every write finishes before a failure is acted on: a stream that threw at the first failure
            // would leave other threads writing into the staging folder while it is deleted.
            List<IOException> failures = files.parallelStream().map(file -> {
                try {
                    place(file);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            }).filter(Objects::nonNull).toList();
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            place(OutputFile.of(MARKER, MARKER_TEXT));
            if (site == null) {
                deleteTree(previous);
                if (Files.exists(output)) {
                    Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE); // an empty folder
                }
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(previous);
                return;
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            restorePrevious();
            throw e;
        }
        moveIn(staging);
    }

    // Puts one file of the new site in the staging folder, unless the output folder already has it as it is.
    private void place(OutputFile file) throws IOException {
        Path target = output.resolve(file.path()).normalize();
        if (!target.startsWith(output) || target.equals(output)) {
            throw new IOException("output path escapes the site: " + file.path());
        }
        String path = relative(output, target);
        paths.add(path);
        if (site != null && unchanged(site.resolve(path), file)) {
            return;
        }
        Path staged = staging().resolve(path);
        Files.createDirectories(staged.getParent());
        if (file.bytes() != null) {
            Files.write(staged, file.bytes());
        } else {
            try (InputStream in = Files.newInputStream(file.copyOf())) {
                Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    // True when the site already has this file as it is, under this very name: not reached through a symlink
    // (which the move-in would drop as stale) nor under another case or Unicode form of the name (which a
    // case-insensitive file system matches, and the move-in would delete as stale).
    private static boolean unchanged(Path target, OutputFile file) throws IOException {
        // Compared as strings: Windows paths compare equal whatever their case.
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                || !target.toRealPath().toString().equals(target.toString())) {
            return false;
        }
        if (file.bytes() == null) {
            return Files.mismatch(file.copyOf(), target) == -1;
        }
        byte[] bytes = file.bytes();
        if (Files.size(target) != bytes.length) {
            return false;
        }
        // Read in small pieces: reading a 25 MB index page whole would put as much again on the heap.
        byte[] buffer = new byte[COMPARE_BUFFER];
        try (InputStream in = Files.newInputStream(target)) {
            for (int offset = 0; offset < bytes.length; ) {
                int read = in.readNBytes(buffer, 0, Math.min(buffer.length, bytes.length - offset));
                if (read <= 0 || Arrays.mismatch(buffer, 0, read, bytes, offset, offset + read) >= 0) {
                    return false;
                }
                offset += read;
            }
            return in.read() < 0;
        }
    }

    // Brings a rebuild's staged files into the site. The files the new site no longer has go first, and the
    // folders they leave empty, so a folder can become a file, a file a folder, and a renamed folder takes its
    // new name on a case-insensitive file system; then the new and changed files move in.
    private void moveIn(Path staging) throws IOException {
        try {
            moveInFiles(staging);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // from a folder walk
        }
    }

    private void moveInFiles(Path staging) throws IOException {
        List<Path> stale;
        try (Stream<Path> all = Files.find(site, Integer.MAX_VALUE, (file, attributes) -> !attributes.isDirectory())) {
            stale = all.filter(file -> !paths.contains(relative(site, file))).toList();
        }
        for (Path file : stale) {
            Files.delete(file);
        }
        for (Path file : stale) {
            pruneEmptyFolders(file.getParent());
        }
        List<Path> staged;
        try (Stream<Path> all = Files.find(staging, Integer.MAX_VALUE, (file, attributes) -> attributes.isRegularFile())) {
            staged = all.toList();
        }
        for (Path file : staged) {
            Path target = site.resolve(relative(staging, file));
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target); // only stale files were under it, and those are gone: empty folders
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // The site folder is a mount point of its own, so its sibling, the staging folder, is on another disk.
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteTree(staging);
    }

    // Deletes a folder a stale file left empty, and its parents that are then empty, up to the site's root. Only
    // tidying: a folder that cannot be listed or deleted is left, and the build goes on.
    private void pruneEmptyFolders(Path folder) {
        for (Path dir = folder; dir != null && !dir.equals(site); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
                Files.delete(dir);
            } catch (IOException e) {
                return;
            }
        }
    }

    // A path inside root with forward slashes, as the site's files name them.
    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
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
