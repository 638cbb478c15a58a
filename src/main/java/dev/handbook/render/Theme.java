package dev.handbook.render;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.vault.ContainedFiles;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme chain: the site's theme first, then the default theme on disk, then the default theme
 * packed in the jar. Any single template or asset can be overridden by the theme before it.
 */
public final class Theme {

    /** The folder of the site where theme assets are written. */
    public static final String ASSET_FOLDER = "theme/";

    private static final String BUILT_IN = "themes/default";

    private final List<Path> folders;
    // Every file of the theme folders on disk that may be read: a symbolic link out of its theme is not.
    private final Set<Path> readable;
    private final java.util.function.Function<Path, String> display;

    private Theme(List<Path> folders, Set<Path> readable, java.util.function.Function<Path, String> display) {
        this.folders = folders;
        this.readable = readable;
        this.display = display;
    }

    /**
     * Finds the configured theme; a theme named in site.yml that does not exist is a config error. A file in
     * a theme that is a symbolic link out of that theme's folder is skipped with a warning.
     */
    public static Theme load(SiteConfig config, Diagnostics diagnostics) throws ConfigException {
        List<Path> folders = new ArrayList<>();
        Path chosen = config.themes().resolve(config.theme());
        if (!config.theme().equals("default")) {
            if (!Files.isDirectory(chosen)) {
                throw new ConfigException("theme '" + config.theme() + "' not found: expected the folder "
                        + config.display(chosen) + " (or set 'theme: default')");
            }
            folders.add(chosen);
        }
        Path defaultOnDisk = config.themes().resolve("default");
        if (Files.isDirectory(defaultOnDisk)) {
            folders.add(defaultOnDisk);
        }
        Set<Path> readable = new HashSet<>();
        for (Path folder : folders) {
            try {
                ContainedFiles.Listing listing = ContainedFiles.list(folder, dir -> true);
                listing.files().forEach(file -> readable.add(file.toAbsolutePath().normalize()));
                listing.skipped().forEach(skipped -> diagnostics.report(
                        skipped.error() ? Severity.ERROR : Severity.WARNING,
                        config.display(skipped.path()), 0, 0, skipped.reason()));
            } catch (IOException e) {
                throw new ConfigException("cannot read the theme folder " + config.display(folder) + ": " + e.getMessage());
            }
        }
        return new Theme(List.copyOf(folders), Set.copyOf(readable), config::display);
    }

    /** Where a template comes from, for diagnostics: its file in the first theme that has it. */
    public String describe(String template) {
        String file = template.endsWith(".peb") ? template : template + ".peb";
        for (Path folder : folders) {
            Path candidate = folder.resolve("templates").resolve(file);
            if (readable(candidate)) {
                return display.apply(candidate);
            }
        }
        return "built-in theme: templates/" + file;
    }

    /** A Pebble loader that looks for a template in each theme of the chain, in order. */
    public Loader<?> templateLoader() {
        List<Loader<?>> loaders = new ArrayList<>();
        for (Path folder : folders) {
            FileLoader loader = new ContainedLoader();
            loader.setPrefix(folder.resolve("templates").toString());
            loader.setSuffix(".peb");
            loaders.add(loader);
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN + "/templates");
        builtIn.setSuffix(".peb");
        loaders.add(builtIn);
        return new DelegatingLoader(loaders);
    }

    /**
     * A digest of every template file of the chain on disk, by path and content, so a preview can tell that
     * the templates it drew its last pages with are the ones it would draw them with now. The built-in
     * templates are left out: they cannot change while the tool runs.
     */
    public String templatesFingerprint() {
        try {
            SortedMap<String, Path> templates = new TreeMap<>();
            for (Path folder : folders) {
                collect(folder.resolve("templates"), templates, folder.toString() + "/");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> template : templates.entrySet()) {
                digest.update(template.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(template.getValue()));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e.getMessage() + " " + System.nanoTime(); // never equal: nothing is reused
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every asset of the chain by its path under the assets folder; earlier themes win. */
    public SortedMap<String, Path> assets() {
        SortedMap<String, Path> assets = new TreeMap<>();
        collect(builtInAssets(), assets);
        for (int i = folders.size() - 1; i >= 0; i--) {
            collect(folders.get(i).resolve("assets"), assets);
        }
        return assets;
    }

    private void collect(Path folder, Map<String, Path> into) {
        collect(folder, into, "");
    }

    private void collect(Path folder, Map<String, Path> into, String prefix) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        boolean builtIn = !folder.getFileSystem().equals(FileSystems.getDefault()) || folders.stream().noneMatch(folder::startsWith);
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> builtIn ? Files.isRegularFile(file) : readable(file)).forEach(file ->
                    into.put(prefix + folder.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean readable(Path file) {
        return readable.contains(file.toAbsolutePath().normalize());
    }

    // Pebble's file loader reads whatever path a template name leads to; this one reads only the theme's own files.
    private final class ContainedLoader extends FileLoader {
        @Override
        public Reader getReader(String templateName) {
            if (!resourceExists(templateName)) {
                throw new LoaderException(null, "Could not find template \"" + templateName + "\"");
            }
            return super.getReader(templateName);
        }

        @Override
        public boolean resourceExists(String templateName) {
            return readable(Path.of(getPrefix()).resolve(templateName + (getSuffix() == null ? "" : getSuffix())));
        }
    }

    // The built-in assets live in target/classes during development and inside the jar once packaged.
    private static Path builtInAssets() {
        URL url = Theme.class.getClassLoader().getResource(BUILT_IN + "/assets");
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath(BUILT_IN + "/assets");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme", e);
        }
    }
}
