package dev.handbook.pipeline;

import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;

/**
 * The build cache a {@code build} keeps on disk beside its output ({@code target/handbook-cache/} for
 * {@code target/handbook/}), so the next build, a developer's or a CI runner's with the folder restored, takes
 * every page whose inputs read the same from it instead of drawing it again. Each entry is named by the digest of
 * everything its bytes come from (the generator's own code, the templates, what every template sees and the
 * page's model) and carries its length and digest, so a cache from another version of the generator, a damaged
 * or cut-short entry, or a folder of another user is noticed, said in one line and never trusted.
 */
final class DiskCache {

    private static final String INFO = "cache.info";
    private static final String FORMAT = "handbook build cache 1";
    private static final byte[] MAGIC = "HBCACHE1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + Integer.BYTES + 32;

    private final Path folder;
    private final Diagnostics diagnostics;
    private final String shown;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    private DiskCache(Path folder, Diagnostics diagnostics, String shown) {
        this.folder = folder;
        this.diagnostics = diagnostics;
        this.shown = shown;
    }

    /** The folder the cache of a site written to {@code output} lives in. */
    static Path folderFor(Path output) {
        return output.resolveSibling(output.getFileName() + "-cache");
    }

    /**
     * Opens the cache for a build into {@code output}, or returns null, with one line saying why, when it cannot
     * be trusted or written: another user's folder, or one that is not a cache. A cache written by another
     * version of the generator is emptied and used afresh.
     */
    static DiskCache open(Path output, Diagnostics diagnostics, String shown) {
        Path folder = folderFor(output);
        try {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.warning(shown, 0, 0, "not a build cache (a file or a link is in the way); building"
                            + " without one: remove it to let the build keep its cache there");
                    return null;
                }
                UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
                UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                if (!owner.equals(me)) {
                    diagnostics.warning(shown, 0, 0, "the build cache belongs to " + owner.getName()
                            + ", not to you; building without it (remove the folder to start your own)");
                    return null;
                }
            }
            Files.createDirectories(folder);
            String identity = FORMAT + "\n" + identity() + "\n";
            Path info = folder.resolve(INFO);
            String before = Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readString(info, StandardCharsets.UTF_8) : null;
            if (!identity.equals(before)) {
                if (before != null) {
                    diagnostics.warning(shown, 0, 0, "the build cache was written by another version of the"
                            + " generator (or is damaged); starting it afresh");
                }
                clear(folder);
                write(info, identity.getBytes(StandardCharsets.UTF_8));
            }
            return new DiskCache(folder, diagnostics, shown);
        } catch (IOException | UncheckedIOException | UnsupportedOperationException | SecurityException e) {
            diagnostics.warning(shown, 0, 0, "cannot use the build cache (" + e.getMessage() + "); building"
                    + " without it");
            return null;
        }
    }

    /** The bytes kept under this key, or null when there are none or they do not read back whole. */
    byte[] get(byte[] key) {
        String name = HexFormat.of().formatHex(key);
        Path file = entry(name);
        byte[] stored;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            stored = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        byte[] bytes = unwrap(stored);
        if (bytes == null) {
            damaged.incrementAndGet();
            return null;
        }
        used.add(name);
        hits.incrementAndGet();
        return bytes;
    }

    /** Keeps bytes under a key for the next build (a failure to write costs only that: the next build draws it). */
    void put(byte[] key, byte[] bytes) {
        String name = HexFormat.of().formatHex(key);
        used.add(name);
        try {
            write(entry(name), wrap(bytes));
        } catch (IOException | UncheckedIOException e) {
            // a full disk or a read-only cache: this build is unaffected
        }
    }

    /**
     * Ends a build that wrote its site: drops the entries it did not use, so the cache holds one build's worth,
     * and says in one line how many damaged entries were ignored.
     */
    void finish() {
        if (damaged.get() > 0) {
            diagnostics.warning(shown, 0, 0, damaged.get() + " damaged entr" + (damaged.get() == 1 ? "y" : "ies")
                    + " of the build cache were ignored and drawn again");
        }
        try (Stream<Path> shards = Files.list(folder)) {
            for (Path shard : shards.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(shard)) {
                    for (Path entry : entries.toList()) {
                        String name = shard.getFileName().toString() + entry.getFileName();
                        if (!used.contains(name)) {
                            Files.deleteIfExists(entry);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a cache that cannot be tidied only grows; the next build tries again
        }
    }

    /** How many pages this build took from the cache. */
    int hits() {
        return hits.get();
    }

    private Path entry(String name) {
        return folder.resolve(name.substring(0, 2)).resolve(name.substring(2));
    }

    private static byte[] wrap(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + bytes.length);
        buffer.put(MAGIC).putInt(bytes.length).put(ModelDigest.sha256().digest(bytes)).put(bytes);
        return buffer.array();
    }

    // The stored bytes if the entry is whole: its mark, its length and its digest all as written.
    private static byte[] unwrap(byte[] stored) {
        if (stored.length < HEADER || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        buffer.position(MAGIC.length);
        int length = buffer.getInt();
        if (length != stored.length - HEADER) {
            return null;
        }
        byte[] digest = new byte[32];
        buffer.get(digest);
        byte[] bytes = Arrays.copyOfRange(stored, HEADER, stored.length);
        return MessageDigest.isEqual(digest, ModelDigest.sha256().digest(bytes)) ? bytes : null;
    }

    // Written beside and moved into place, so a build stopped halfway never leaves half an entry under its name.
    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    // The code a page is drawn with (the generator with its bundled theme, and the libraries that parse,
    // resolve and draw) and the runtime: a jar by its entries' names, sizes and CRCs, a folder of classes (as
    // mvn generate runs them) by its files' names and CRCs. A new build of any of them starts the cache afresh.
    private static final List<Class<?>> CODE = List.of(Pipeline.class, io.pebbletemplates.pebble.PebbleEngine.class,
            com.vladsch.flexmark.html.HtmlRenderer.class, com.vladsch.flexmark.parser.Parser.class,
            org.jsoup.Jsoup.class, org.yaml.snakeyaml.Yaml.class);

    private static String identity() throws IOException {
        MessageDigest digest = ModelDigest.sha256();
        digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
        Set<Path> seen = new java.util.LinkedHashSet<>();
        for (Class<?> type : CODE) {
            java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IOException("cannot tell where " + type.getSimpleName() + " was loaded from");
            }
            try {
                seen.add(Path.of(source.getLocation().toURI()));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot read the code location " + source.getLocation(), e);
            }
        }
        for (Path path : seen) {
            digest.update((path.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            if (Files.isRegularFile(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    zip.stream().forEach(entry -> digest.update((entry.getName() + " " + entry.getSize() + " "
                            + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8)));
                }
            } else {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    CRC32 crc = new CRC32();
                    crc.update(Files.readAllBytes(file));
                    digest.update((path.relativize(file).toString().replace('\\', '/') + " " + crc.getValue()
                            + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
