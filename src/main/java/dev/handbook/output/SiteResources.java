package dev.handbook.output;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site being built, as the PDF renderer sees it: addresses under {@code handbook:/} resolve to the site's
 * files in memory; every other address (http, https, file, jar) resolves to nothing, so rendering never
 * touches the network nor the disk beyond the site.
 */
final class SiteResources implements FSUriResolver, FSStreamFactory {

    /** The scheme of the site's own files, made up so that no real protocol handler can ever serve it. */
    static final String SCHEME = "handbook";

    private final Map<String, OutputFile> files;
    // The digest of what was read at each address through this view, for the PDF's record of what it was made
    // from; null when not kept.
    private final Map<String, byte[]> read;
    private volatile boolean readChanged;

    SiteResources(List<OutputFile> site) {
        files = new HashMap<>();
        site.forEach(file -> files.put(file.path(), file));
        read = null;
    }

    private SiteResources(Map<String, OutputFile> files, Map<String, byte[]> read) {
        this.files = files;
        this.read = read;
    }

    /** A view of the same files for one document, which keeps a digest of what the renderer reads from it. */
    SiteResources recording() {
        return new SiteResources(files, new ConcurrentHashMap<>());
    }

    /**
     * The digest of what the renderer read at each address through this view, sorted by address
     * ({@link PdfReuse#ABSENT} where it found nothing); null when a file changed between two reads of it.
     */
    Map<String, byte[]> read() {
        return read == null ? Map.of() : readChanged ? null : new TreeMap<>(read);
    }

    /** The address the renderer uses for a file of the site, such as {@code handbook:/theme/scorecard.css}. */
    static String uriOf(String path) {
        return SCHEME + ":/" + path;
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI resolved = baseUri == null ? new URI(uri) : new URI(baseUri).resolve(new URI(uri));
            if (!SCHEME.equals(resolved.getScheme())) {
                // Named as it is, so the renderer's access control refuses it by name; it is never opened.
                return resolved.toString();
            }
            if (resolved.getPath() == null || resolved.getRawAuthority() != null) {
                return null; // handbook://host/... names another host, as //host/... does on the web
            }
            String path = resolved.normalize().getPath();
            if (!path.startsWith("/") || path.startsWith("/../")) {
                return null; // climbs above the site root
            }
            return uriOf(path.substring(1));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public FSStream getUrl(String uri) {
        byte[] bytes = bytes(uri);
        if (read != null && uri != null) {
            // The digest of the bytes served, not of the file read again later: a file saved mid-build must not
            // be recorded as what an older copy of it made.
            byte[] digest = bytes == null ? PdfReuse.ABSENT : PdfReuse.digest(bytes);
            byte[] before = read.putIfAbsent(uri, digest);
            if (before != null && !Arrays.equals(before, digest)) {
                readChanged = true;
            }
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes),
                        StandardCharsets.UTF_8);
            }
        };
    }

    /** The bytes of a {@code handbook:/} address, or null when the site has no such file. */
    byte[] bytes(String uri) {
        String prefix = SCHEME + ":/";
        if (uri == null || !uri.startsWith(prefix)) {
            return null;
        }
        String path = uri.substring(prefix.length());
        int end = indexOfAny(path, '?', '#');
        OutputFile file = files.get(end < 0 ? path : path.substring(0, end));
        if (file == null) {
            return null;
        }
        if (file.bytes() != null) {
            return file.bytes();
        }
        try {
            return Files.readAllBytes(file.copyOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A stream factory for http and https that serves nothing: a sheet never reaches the network. */
    static final class Offline implements FSStreamFactory {
        @Override
        public FSStream getUrl(String uri) {
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return null;
                }

                @Override
                public Reader getReader() {
                    return null;
                }
            };
        }
    }
}
