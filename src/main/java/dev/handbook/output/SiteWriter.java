package dev.handbook.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Writes the site so that a failed build never leaves a half-written or empty site, and a successful one
 * replaces it whole: new and changed files go into a staging folder beside the output folder, and the output
 * changes only when every file is written.
 *
 * <p>A rebuild over a site this tool built compares each file with the one already there and stages only those
 * that differ; the unchanged ones are then hard-linked into the staging folder, so they keep their modification
 * times (a deploy that syncs by time sends only what changed), and {@link SiteFolder} swaps the complete staging
 * folder in by renames: the output never holds some old files and some new. An output that is a symlink keeps
 * pointing where it did; the folder it points to is the one replaced.
 */
public final class SiteWriter {

    /** A marker in every built site: only folders that carry it are ever replaced. */
    public static final String MARKER = ".handbook-site";

    private static final byte[] MARKER_TEXT =
            "This folder was built by the interview handbook generator.\n".getBytes(StandardCharsets.UTF_8);

    private static final int COMPARE_BUFFER = 64 * 1024;

    private final Path output;
    private final SiteFolder.Hook hook;
    // Early writes share the read lock; begin, discard and write take the write lock, so once a site is
    // discarded no page still being drawn on another thread can write into it (or recreate it).
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean begun;
    private boolean discarded;
    private SiteFolder folder;
    // The site already there, which files are compared with, when it is one this tool built or the output is a
    // symlink (then the folder it points to); null when there is nothing to compare with.
    private Path site;
    // The files of the new site that the site already has as they are, by their path in the output folder.
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    /** Creates a writer for the given output folder. */
    public SiteWriter(Path output) {
        this(output, SiteFolder.Hook.NONE);
    }

    // A test's way to stop the publish before any change on disk, as a kill would.
    SiteWriter(Path output, SiteFolder.Hook hook) {
        this.output = output.toAbsolutePath().normalize();
        this.hook = hook;
    }

    /**
     * Starts a new site in the staging folder, so that a build can write each page as soon as it is drawn
     * instead of holding the whole site in memory; {@link #write} adds the rest and moves it in, or
     * {@link #discard} drops it. The output folder is not touched until then, except to put back the last site
     * when a build was stopped while it moved in.
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
        folder = SiteFolder.of(output, hook);
        folder.recover();
        // A symlinked output is written through: its folder is compared with, and replaced; the link stays.
        boolean throughLink = Files.isSymbolicLink(output) && Files.isDirectory(output);
        site = throughLink || Files.isRegularFile(output.resolve(MARKER)) ? folder.folder() : null;
        Files.createDirectories(folder.staging());
        kept.clear();
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

    /**
     * Drops the staging folder of a site that will not be moved in; the output folder stays as it was, or gets
     * back the last site when a build was stopped while it moved in.
     */
    public void discard() throws IOException {
        lock.writeLock().lock();
        try {
            discarded = true;
            begun = false;
            (folder != null ? folder : SiteFolder.of(output, hook)).recover();
        } finally {
            lock.writeLock().unlock();
        }
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
        start();
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
            folder.publish(kept);
        } catch (IOException | RuntimeException e) {
            SiteFolder.deleteTree(folder.staging(), SiteFolder.Hook.NONE);
            throw e;
        }
    }

    // Puts one file of the new site in the staging folder, unless the output folder already has it as it is.
    private void place(OutputFile file) throws IOException {
        Path target = output.resolve(file.path()).normalize();
        if (!target.startsWith(output) || target.equals(output)) {
            throw new IOException("output path escapes the site: " + file.path());
        }
        String path = relative(output, target);
        if (site != null && unchanged(site.resolve(path), file)) {
            kept.add(path);
            return;
        }
        Path staged = folder.staging().resolve(path);
        hook.before("write", staged);
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
    // (a link to it would share a file outside the site) nor under another case or Unicode form of the name
    // (which a case-insensitive file system matches, though the new site names it otherwise).
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

    // A path inside root with forward slashes, as the site's files name them.
    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    public static void deleteTree(Path folder) throws IOException {
        SiteFolder.deleteTree(folder, SiteFolder.Hook.NONE);
    }
}
