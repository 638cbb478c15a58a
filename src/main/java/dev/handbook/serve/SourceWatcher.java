package dev.handbook.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches the content folder, the themes and site.yml, and hands over each burst of changes as one
 * set of paths: an editor's save often writes a file twice, and a rebuild per write would be wasted.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long a burst of file events may last before the rebuild starts. */
    static final long QUIET_MILLIS = 15;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path configFile;
    private final List<Path> trees;

    SourceWatcher(List<Path> trees, Path configFile) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.configFile = configFile.toAbsolutePath().normalize();
        this.trees = trees.stream().map(tree -> tree.toAbsolutePath().normalize()).toList();
        for (Path tree : trees) {
            if (Files.isDirectory(tree)) {
                registerTree(tree);
            }
        }
        register(this.configFile.getParent());
    }

    /** Waits for the next burst of changes and returns the changed paths; empty when interrupted. */
    Set<Path> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.take();
        while (key != null) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    changed.add(configFile); // events were lost: rebuild everything
                    continue;
                }
                Path path = folder.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        registerTree(path);
                    } catch (IOException e) {
                        // the folder vanished again before we could watch it; nothing to build from it
                    }
                }
                if (isSource(folder, path)) {
                    changed.add(path);
                }
            }
            key.reset();
            key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    // In the config folder only site.yml counts; the output folder may live there too.
    private boolean isSource(Path folder, Path path) {
        if (folder.equals(configFile.getParent()) && !trees.contains(folder)) {
            return path.equals(configFile);
        }
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp");
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, folder);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
