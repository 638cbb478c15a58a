package dev.handbook.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * The PDFs of the previous build, with what each was made from: a rebuild takes a PDF again, instead of
 * rendering it, when everything it was made from is byte for byte the same. The renderer is deterministic, so
 * a PDF taken again is the one it would have drawn; a PDF whose rendering warned is never taken again, so its
 * warnings are reported on every build.
 */
final class PdfReuse {

    /** The list of what each PDF of a site was made from, written into the site beside them. */
    static final String FILE = ".handbook-pdfs";

    private static final String HEADER = "# handbook pdf inputs 3: path, first drawing's digest, inputs' digest,"
            + " PDF's digest and size, drawings drawn again (density, rubric, room), site files read\n";

    // The code, fonts and runtime a PDF depends on besides its inputs: each jar they come from is taken whole
    // (every entry's name, size and CRC, fonts included), a class outside a jar by its bytes. A new version of
    // any of them draws PDFs anew.
    private static final List<String> RENDERER = List.of(
            "dev/handbook/output/ScorecardPdf.class", "dev/handbook/output/FillableSheet.class",
            "dev/handbook/output/PdfFonts.class", "dev/handbook/output/SheetRoom.class",
            "dev/handbook/output/SheetFill.class", "dev/handbook/output/SheetDrawing.class",
            "dev/handbook/output/BundledFontMapper.class", "dev/handbook/output/InterviewPacket.class",
            "dev/handbook/output/SiteResources.class", "com/openhtmltopdf/pdfboxout/PdfBoxRenderer.class",
            "com/openhtmltopdf/layout/BoxBuilder.class", "org/apache/pdfbox/pdmodel/PDDocument.class",
            "org/apache/fontbox/ttf/TTFParser.class", "org/jsoup/Jsoup.class",
            "liberation/LiberationSans-Regular.ttf");

    /** The digest that stands for a site file the renderer asked for and did not find. */
    static final byte[] ABSENT = new byte[32];

    /**
     * What one PDF was made from.
     *
     * @param first the digest of the inputs of its sheet's first drawing (the HTML as the site drew it)
     * @param key the digest of all its inputs
     * @param pdf the digest of the PDF as it was written
     * @param size the PDF's size in bytes
     * @param densities how its sheet was drawn again, in order, to fit one page and then fill it: each a
     *     {@link SheetDrawing#token()}, its density and what the build measured (rubric left out, lines, evidence)
     * @param read the site's addresses the renderer read (stylesheets, images), sorted
     */
    record Entry(String first, String key, String pdf, long size, List<String> densities, List<String> read) {
    }

    private final Path folder;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> made = new ConcurrentHashMap<>();
    private final Map<String, byte[]> fileDigests = new ConcurrentHashMap<>();
    private final byte[] identity;

    private PdfReuse(Path folder, Map<String, Entry> previous, String producer, String paper) {
        this.folder = folder;
        this.previous = previous;
        this.identity = identity(producer, paper);
    }

    /**
     * The PDFs of the site in a folder.
     *
     * @param folder the output folder of the previous build, or null to render every PDF
     */
    static PdfReuse of(Path folder, String producer, String paper) {
        Map<String, Entry> previous = Map.of();
        if (folder != null) {
            try {
                previous = parse(Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // no list, or not one this version wrote: every PDF is rendered, and the new list replaces it
            }
        }
        return new PdfReuse(folder, previous, producer, paper);
    }

    /** What the previous build recorded for the PDF at a path, or null. */
    Entry previous(String path) {
        return previous.get(path);
    }

    /**
     * The previous build's PDF at a path, when it was made from inputs with this key and is still the file it
     * was written as (a regular file, not a link, of its size and digest); it is then kept for the next build
     * too. Null otherwise.
     */
    byte[] reuse(String path, String key) {
        Entry entry = previous.get(path);
        if (entry == null || !entry.key().equals(key)) {
            return null;
        }
        byte[] pdf;
        try {
            Path file = folder.resolve(path);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != entry.size()) {
                return null;
            }
            pdf = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!hex(digest(pdf)).equals(entry.pdf())) {
            return null; // changed since it was written
        }
        made.put(path, entry);
        return pdf;
    }

    /** Records what a PDF just rendered was made from, for the next build. */
    void record(String path, String first, String key, byte[] pdf, List<String> densities, Collection<String> read) {
        made.put(path, new Entry(first, key, hex(digest(pdf)), pdf.length, List.copyOf(densities),
                List.copyOf(read)));
    }

    /**
     * The digests of the site files at these addresses as they are now ({@link #ABSENT} for one that is not
     * there), each read once a build.
     */
    Map<String, byte[]> current(List<String> addresses, Function<String, byte[]> site) {
        Map<String, byte[]> digests = new TreeMap<>();
        for (String address : addresses) {
            digests.put(address, fileDigests.computeIfAbsent(address, a -> {
                byte[] file = site.apply(a);
                return file == null ? ABSENT : digest(file);
            }));
        }
        return digests;
    }

    /**
     * The key of a sheet's inputs: the tool, the paper, the sheet's title, its HTML as drawn at each density
     * it was drawn at, and the digest of every site file the renderer read.
     */
    String sheetKey(String title, List<byte[]> htmls, Map<String, byte[]> read) {
        Digest digest = new Digest().add(identity).add(title);
        htmls.forEach(digest::add);
        new TreeMap<>(read).forEach((address, bytes) -> digest.add(address).add(bytes));
        return digest.hex();
    }

    /** The key of a packet's inputs: the tool, its title, and its sheets' PDFs in order. */
    String packetKey(String title, List<InterviewPacket.Part> parts) {
        Digest digest = new Digest().add(identity).add(title);
        parts.forEach(part -> digest.add(part.title()).add(part.fields()).add(part.pdf()));
        return digest.hex();
    }

    /** The list for the new site: what each of its PDFs was made from. */
    OutputFile file() {
        StringBuilder text = new StringBuilder(HEADER);
        new TreeMap<>(made).forEach((path, entry) -> text.append(encode(path)).append('\t').append(entry.first())
                .append('\t').append(entry.key()).append('\t').append(entry.pdf()).append('\t').append(entry.size())
                .append('\t').append(entry.densities().stream().map(PdfReuse::encode).collect(Collectors.joining(",")))
                .append('\t').append(entry.read().stream().map(PdfReuse::encode).collect(Collectors.joining(",")))
                .append('\n'));
        return OutputFile.of(FILE, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Entry> parse(String text) {
        if (!text.startsWith(HEADER)) {
            return Map.of();
        }
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        for (String line : text.substring(HEADER.length()).split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 7) {
                entries.put(decode(fields[0]), new Entry(fields[1], fields[2], fields[3], Long.parseLong(fields[4]),
                        list(fields[5]), list(fields[6])));
            }
        }
        return entries;
    }

    private static List<String> list(String field) {
        List<String> values = new ArrayList<>();
        if (!field.isEmpty()) {
            Arrays.stream(field.split(",", -1)).map(PdfReuse::decode).forEach(values::add);
        }
        return values;
    }

    // Paths may hold any character: the list's own separators (tab, comma, line ends) and the escape itself
    // are written as %XX, so they are never part of a value. (A drawing drawn again is never the empty
    // default, nor is a path or address empty.)
    private static String encode(String value) {
        return value.replace("%", "%25").replace("\t", "%09").replace(",", "%2C").replace("\n", "%0A")
                .replace("\r", "%0D");
    }

    private static String decode(String value) {
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%2C", ",").replace("%09", "\t")
                .replace("%25", "%");
    }

    private static byte[] identity(String producer, String paper) {
        Digest digest = new Digest().add(producer).add(paper).add(Runtime.version().toString());
        ClassLoader loader = PdfReuse.class.getClassLoader();
        Set<String> jars = new HashSet<>();
        for (String resource : RENDERER) {
            URL url = loader.getResource(resource);
            String location = url == null ? "" : url.toString();
            int inJar = location.indexOf("!/");
            if (location.startsWith("jar:file:") && inJar > 0) {
                String jar = location.substring("jar:".length(), inJar);
                if (jars.add(jar)) {
                    digest.add(jar.substring(jar.lastIndexOf('/') + 1)).add(jarContents(jar));
                }
            } else {
                digest.add(resource).add(bytes(url));
            }
        }
        return digest.bytes();
    }

    // A jar's contents as its directory lists them: every entry's name, size and CRC, without reading them.
    private static byte[] jarContents(String jar) {
        Digest digest = new Digest();
        try (ZipFile zip = new ZipFile(Path.of(URI.create(jar)).toFile())) {
            zip.stream().forEach(entry -> digest.add(entry.getName() + " " + entry.getSize() + " " + entry.getCrc()));
        } catch (IOException | RuntimeException e) {
            digest.add(ABSENT); // unreadable: reused only against a build that could not read it either
        }
        return digest.bytes();
    }

    private static byte[] bytes(URL url) {
        if (url == null) {
            return ABSENT;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return ABSENT;
        }
    }

    static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A digest of several values, each with its length first, so that no two lists of values run together. */
    private static final class Digest {
        private final MessageDigest sha = sha256();

        Digest add(String value) {
            return add(value.getBytes(StandardCharsets.UTF_8));
        }

        Digest add(byte[] value) {
            int length = value.length;
            sha.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length});
            sha.update(value);
            return this;
        }

        byte[] bytes() {
            return sha.digest();
        }

        String hex() {
            return PdfReuse.hex(bytes());
        }
    }
}
