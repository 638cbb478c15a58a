package dev.handbook.vault;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The regular files under a folder, never leaving it: a symbolic link is taken only when it points to a
 * file inside the folder. A link out of the folder (to {@code /proc/self/environ}, {@code /etc/passwd}, a
 * home folder) would publish that file; a linked folder inside would read its notes a second time, and can
 * loop. Both are skipped and reported, as is a folder that cannot be read.
 */
public final class ContainedFiles {

    /** A path the listing left out, and why, for the caller to report; an error when files may be missing. */
    public record Skipped(Path path, String reason, boolean error) {
    }

    /** The files found, in the order the walk met them, and what was skipped. */
    public record Listing(List<Path> files, List<Skipped> skipped) {
    }

    private ContainedFiles() {
    }

    /**
     * Lists the files under {@code root}, entering only the folders {@code enter} accepts (it is given each
     * folder below the root, and each linked file, by its path under the root).
     */
    public static Listing list(Path root, Predicate<Path> enter) throws IOException {
        Path inside = root.toRealPath();
        List<Path> found = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // The folder itself may be a link (themes/acme -> ~/shared-theme, a content folder linked in): the walk
        // starts where it leads, and each path is given back under the folder as it was named.
        walk(inside, dir -> enter.test(root.resolve(inside.relativize(dir).toString())), found, skipped, inside);
        List<Path> files = found.stream().map(file -> root.resolve(inside.relativize(file).toString())).toList();
        List<Skipped> named = skipped.stream().map(skip -> new Skipped(root.resolve(inside.relativize(skip.path())
                .toString()), skip.reason(), skip.error())).toList();
        return new Listing(files, named);
    }

    private static void walk(Path root, Predicate<Path> enter, List<Path> files, List<Skipped> skipped, Path inside)
            throws IOException {
        // Links are not followed by the walk itself: each one is looked at below, where it points.
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(root) || enter.test(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else if (attributes.isSymbolicLink() && enter.test(file)) {
                    link(file, root, inside, files, skipped);
                }
                // Anything else (a pipe, a socket, a device) is not a file to publish, and reading a pipe would hang.
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new Skipped(file, "cannot be read (" + reason(e) + "); the notes under it are left out", true));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    skipped.add(new Skipped(dir, "cannot be read to the end (" + reason(e)
                            + "); some of its notes may be left out", true));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void link(Path link, Path root, Path inside, List<Path> files, List<Skipped> skipped) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            skipped.add(new Skipped(link, "symbolic link to nothing; skipped", false));
            return;
        }
        if (!target.startsWith(inside)) {
            skipped.add(new Skipped(link, "symbolic link out of '" + root.getFileName() + "' (to " + target
                    + "); skipped, so nothing outside it is published. Copy the file in if it belongs here", false));
        } else if (Files.isDirectory(target)) {
            skipped.add(new Skipped(link, "symbolic link to a folder inside '" + root.getFileName()
                    + "'; skipped, since its files are read where they are", false));
        } else if (Files.isRegularFile(target)) {
            files.add(link);
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }
}
