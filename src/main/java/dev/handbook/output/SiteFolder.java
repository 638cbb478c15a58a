package dev.handbook.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;

/**
 * The folder a site is published into, replaced as a whole: the new site is completed in a staging folder beside
 * it, then takes its place by two renames, so the folder never holds part of one site and part of another.
 *
 * <p>The publish runs: link the unchanged files into the staging folder (so they keep their modification times),
 * rename the folder to its previous name, rename the staging folder to the folder's name, delete the previous
 * folder. Stopped at any moment (kill -9, power cut aside), the folder's path holds the whole old site, or the
 * whole new one, or, only between the two renames, nothing; {@link #recover} puts the old site back in that last
 * case and removes any other leftover.
 */
final class SiteFolder {

    /**
     * Called before each change on disk; a test throws from it to stop the publish there, as a kill would.
     */
    @FunctionalInterface
    interface Hook {
        /** A hook that does nothing. */
        Hook NONE = (operation, path) -> { };

        void before(String operation, Path path) throws IOException;
    }

    // Symlinks followed to find the folder a link names; the kernel's own limit.
    private static final int MAX_LINKS = 40;

    private final Path folder;
    private final Path staging;
    private final Path previous;
    private final Hook hook;

    private SiteFolder(Path folder, Hook hook) {
        this.folder = folder;
        this.staging = folder.resolveSibling("." + folder.getFileName() + ".staging");
        this.previous = folder.resolveSibling("." + folder.getFileName() + ".previous");
        this.hook = hook;
    }

    /**
     * The folder the site at an output path lives in: the path itself, or, for a symlink, the folder it points
     * to (which is replaced; the link is left alone), even when a stopped publish left that folder missing.
     */
    static SiteFolder of(Path output, Hook hook) throws IOException {
        if (Files.exists(output)) {
            // Real, so that a file compared with the site is named as the site names it (see SiteWriter.unchanged).
            return new SiteFolder(output.toRealPath(), hook);
        }
        Path path = output;
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links: " + output);
            }
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        Path parent = path.toAbsolutePath().normalize().getParent();
        return new SiteFolder(Files.exists(parent) ? parent.toRealPath().resolve(path.getFileName()) : path, hook);
    }

    /** The folder the site is published into. */
    Path folder() {
        return folder;
    }

    /** The folder the new site is completed in before it takes the folder's place. */
    Path staging() {
        return staging;
    }

    /**
     * Tidies up after a publish that was stopped: brings the old site back when it was stopped between the two
     * renames (its previous name then holds the only copy of the last good site), and deletes the staging folder
     * and any previous site left beside a folder that is in place.
     */
    void recover() throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, folder);
        }
        delete(previous);
        delete(staging);
    }

    /**
     * Completes the staging folder with the site's unchanged files, then puts it in the folder's place.
     *
     * @param kept the paths, relative to the folder, of the files the new site has as the folder has them
     */
    void publish(Collection<String> kept) throws IOException {
        for (String path : kept) {
            carryOver(path);
        }
        swap();
    }

    // A hard link keeps the file's modification time (and costs no copy); where links are not supported (another
    // disk, FAT), a copy with its times does the same.
    private void carryOver(String path) throws IOException {
        Path target = staging.resolve(path);
        Path existing = folder.resolve(path);
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            hook.before("mkdir", parent);
            Files.createDirectories(parent);
        }
        hook.before("link", target);
        try {
            Files.createLink(target, existing);
        } catch (FileAlreadyExistsException e) {
            // the same path staged as changed too: the staged bytes are the new site's
        } catch (FileSystemException | UnsupportedOperationException e) {
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    // Linux cannot rename a folder over a folder that is not empty, nor swap two in one call from Java; so the old
    // site steps aside first, and for the moment between the two renames the folder's path does not exist.
    private void swap() throws IOException {
        boolean replacing = Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
        if (replacing) {
            keepPermissions();
            try {
                move(folder, previous);
            } catch (FileSystemException e) {
                // Nothing has changed yet; a folder that is a mount point (a container's volume) cannot be renamed.
                throw new IOException((e.getReason() != null ? e.getReason() : "cannot rename it") + " (" + folder
                        + "); the site is swapped in by renaming its folder, which a mount point cannot be:"
                        + " mount the folder above it, or build into a folder inside it", e);
            }
        }
        try {
            move(staging, folder);
        } catch (IOException | RuntimeException e) {
            if (replacing) {
                move(previous, folder);
            }
            throw e;
        }
        try {
            delete(previous);
        } catch (IOException e) {
            // The new site is in place; the next build deletes what is left of the old one.
        }
    }

    // The folder's own access rights (a web server's group may need them) pass to the folder that replaces it.
    private void keepPermissions() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            Files.setPosixFilePermissions(staging, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the default rights stand
        }
    }

    private void move(Path from, Path to) throws IOException {
        hook.before("rename", from);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private void delete(Path tree) throws IOException {
        deleteTree(tree, hook);
    }

    /** Deletes a folder and everything in it, calling the hook before each deletion; a missing folder is fine. */
    static void deleteTree(Path tree, Hook hook) throws IOException {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                hook.before("delete", file);
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                hook.before("delete", dir);
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
