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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;

/**
 * The build cache a {@code build} keeps on disk beside its output ({@code target/handbook-cache/} for
 * {@code target/handbook/}), so the next build, a developer's or a CI runner's with the folder restored, takes
 * every page whose inputs read the same from it instead of drawing it again. Each entry is named by the digest of
 * everything its bytes come from (the generator's own code, the templates, what every template sees and the
 * page's model) and carries its length and checksum, so a cache from another version of the generator, a damaged
 * or cut-short entry, or a folder of another user is noticed, said in one line and never trusted. The entries
 * live in one pack file, written front to back as the build goes and swapped in when it ends: a file per page
 * cost a thousand file creations a build.
 */
final class DiskCache {

    private static final String INFO = "cache.info";
    private static final String PACK = "pages.pack";
    private static final String FORMAT = "handbook build cache 3";
    private static final byte[] MAGIC = "HBPAGES3".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY = 32;
    // Each entry: its key, its length and the CRC-32 of its bytes (damage on disk is what it guards against; the
    // key is what says the bytes are the right ones), then the bytes.
    private static final int HEAD = KEY + Integer.BYTES + Integer.BYTES;

    private final Path folder;
    private final Diagnostics diagnostics;
    private final String shown;
    // The last build's pages, as written: the entries by key (hex), read from the pack when asked (read, not
    // mapped: a mapped pack of 10,000 pages counted its 300 MB in the build's resident memory).
    private final java.nio.channels.FileChannel last;
    private final Map<String, long[]> index;
    // This build's pack, written as pages are drawn or taken, and moved over the last one when the build ends.
    private final java.io.OutputStream next;
    private final Path nextFile;
    private final Set<String> written = new java.util.HashSet<>();
    private final AtomicInteger damaged = new AtomicInteger();
    private boolean spoilt; // a write to this build's pack failed: the last pack stays (guarded by next)

    private DiskCache(Path folder, Diagnostics diagnostics, String shown, java.nio.channels.FileChannel last,
                      Map<String, long[]> index, int cutShort) throws IOException {
        this.folder = folder;
        this.diagnostics = diagnostics;
        this.shown = shown;
        this.last = last;
        this.index = index;
        this.damaged.set(cutShort);
        this.nextFile = Files.createTempFile(folder, PACK, ".next");
        this.next = new java.io.BufferedOutputStream(Files.newOutputStream(nextFile), 1 << 16);
        next.write(MAGIC);
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
            try (Stream<Path> stale = Files.list(folder)) { // packs of builds that stopped halfway
                for (Path file : stale.filter(f -> f.getFileName().toString().endsWith(".next")).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Path pack = folder.resolve(PACK);
            Map<String, long[]> index = new java.util.HashMap<>();
            java.nio.channels.FileChannel channel = null;
            int cutShort = 0;
            if (Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)) {
                channel = java.nio.channels.FileChannel.open(pack);
                cutShort = scan(channel, index);
            }
            return new DiskCache(folder, diagnostics, shown, channel, index, cutShort);
        } catch (IOException | UncheckedIOException | UnsupportedOperationException | SecurityException e) {
            diagnostics.warning(shown, 0, 0, "cannot use the build cache (" + e.getMessage() + "); building"
                    + " without it");
            return null;
        }
    }

    // Lists the pack's entries by key: where each one's head and bytes start, reading the heads only. A pack
    // that does not start with its mark, or ends inside an entry, is damaged from there on: 1 is returned, else 0.
    private static int scan(java.nio.channels.FileChannel pack, Map<String, long[]> index) throws IOException {
        long size = pack.size();
        if (size == 0) {
            return 0;
        }
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        if (size < MAGIC.length || pack.read(magic, 0) != MAGIC.length || !ByteBuffer.wrap(MAGIC).equals(magic.flip())) {
            return 1;
        }
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        long at = MAGIC.length;
        while (at < size) {
            if (size - at < HEAD) {
                return 1;
            }
            head.clear();
            while (head.hasRemaining() && pack.read(head, at + head.position()) > 0) {
                // a positional read may return fewer bytes than asked
            }
            byte[] key = new byte[KEY];
            head.get(0, key);
            int length = head.getInt(KEY);
            if (length < 0 || size - at - HEAD < length) {
                return 1;
            }
            index.put(HexFormat.of().formatHex(key), new long[] {at, length});
            at += HEAD + length;
        }
        return 0;
    }

    /** The bytes kept under this key, or null when there are none or they do not read back whole. */
    byte[] get(byte[] key) {
        long[] entry = index.get(HexFormat.of().formatHex(key));
        if (entry == null) {
            return null;
        }
        long at = entry[0];
        int length = (int) entry[1];
        ByteBuffer read = ByteBuffer.allocate(Integer.BYTES + length);
        try {
            while (read.hasRemaining()) {
                if (last.read(read, at + KEY + Integer.BYTES + read.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            damaged.incrementAndGet();
            return null;
        }
        int crc = read.getInt(0);
        byte[] bytes = new byte[length];
        read.get(Integer.BYTES, bytes);
        if (read.hasRemaining() || crc != crc(bytes)) {
            damaged.incrementAndGet();
            return null;
        }
        keep(key, crc, bytes);
        return bytes;
    }

    /** Keeps bytes under a key for the next build (a failure to write costs only that: the next build draws it). */
    void put(byte[] key, byte[] bytes) {
        keep(key, crc(bytes), bytes);
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    // Appends an entry to this build's pack, once per key.
    private void keep(byte[] key, int crc, byte[] bytes) {
        synchronized (next) {
            if (spoilt || !written.add(HexFormat.of().formatHex(key))) {
                return;
            }
            try {
                next.write(key);
                next.write(ByteBuffer.allocate(2 * Integer.BYTES).putInt(bytes.length).putInt(crc).array());
                next.write(bytes);
            } catch (IOException e) {
                spoilt = true; // finish() leaves the last pack in place
            }
        }
    }

    /**
     * Ends a build: this build's pack, holding exactly the pages it drew or took, takes the last one's place,
     * and one line says how many damaged entries were ignored.
     */
    void finish() {
        if (damaged.get() > 0) {
            diagnostics.warning(shown, 0, 0, damaged.get() + " damaged entr" + (damaged.get() == 1 ? "y" : "ies")
                    + " of the build cache were ignored and drawn again");
        }
        synchronized (next) {
            try {
                if (last != null) {
                    last.close();
                }
                next.close();
                if (spoilt) {
                    Files.deleteIfExists(nextFile);
                    return;
                }
                replace(nextFile, folder.resolve(PACK));
            } catch (IOException | UncheckedIOException e) {
                // the next build draws what it cannot take; the last pack stays as it was
            }
        }
    }

    // Written beside and moved into place, so a build stopped halfway never leaves half a file under its name.
    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
        try {
            Files.write(temp, bytes);
            replace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // Puts a finished file in the place of another in one step where the file system can.
    private static void replace(Path finished, Path file) throws IOException {
        try {
            Files.move(finished, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, file, StandardCopyOption.REPLACE_EXISTING);
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

    // The jar or the folder of classes a class was loaded from, read from where its class file is (Maven's
    // class loader for mvn generate gives its classes no code source).
    private static Path codeLocation(Class<?> type) throws IOException {
        String file = type.getName().replace('.', '/') + ".class";
        java.net.URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(file);
        if (url == null) {
            throw new IOException("cannot tell where " + type.getSimpleName() + " was loaded from");
        }
        try {
            String location = url.toString();
            if (location.startsWith("jar:")) {
                return Path.of(java.net.URI.create(location.substring(4, location.indexOf("!/"))));
            }
            Path classFile = Path.of(url.toURI());
            Path root = classFile;
            for (int depth = file.split("/").length; depth > 0; depth--) {
                root = root.getParent();
            }
            return root;
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IOException("cannot read the code location " + url, e);
        }
    }

    private static String identity() throws IOException {
        MessageDigest digest = ModelDigest.sha256();
        digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
        Set<Path> seen = new java.util.LinkedHashSet<>();
        for (Class<?> type : CODE) {
            seen.add(codeLocation(type));
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
