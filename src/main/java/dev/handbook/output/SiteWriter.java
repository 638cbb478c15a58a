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
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only when every
 * file is written, so a failed build never leaves a half-written or empty site.
 */
public final class SiteWriter {

    /** A marker in every built site: only folders that carry it are ever replaced. */
    public static final String MARKER = ".handbook-site";

    private final Path output;

    /** Creates a writer for the given output folder. */
    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
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
        Path parent = output.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + output.getFileName() + ".staging");
        Path previous = parent.resolve("." + output.getFileName() + ".previous");
        deleteTree(staging);
        deleteTree(previous);
        try {
            Files.createDirectories(staging);
            files.parallelStream().forEach(file -> writeOne(staging, file));
            Files.writeString(staging.resolve(MARKER), "This folder was built by the interview handbook generator.\n");
            if (Files.exists(output)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (UncheckedIOException e) {
            deleteTree(staging);
            throw e.getCause();
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        } catch (IOException e) {
            deleteTree(staging);
            if (!Files.exists(output) && Files.exists(previous)) {
                Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        deleteTree(previous);
    }

    private static void writeOne(Path root, OutputFile file) {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("output path escapes the site: " + file.path());
        }
        try {
            Files.createDirectories(target.getParent());
            if (file.bytes() != null) {
                Files.write(target, file.bytes());
            } else {
                try (InputStream in = Files.newInputStream(file.copyOf())) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** An I/O failure inside the parallel write, carried out of the stream. */
    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
