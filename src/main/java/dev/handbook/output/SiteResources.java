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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    // The addresses read through this view, for the PDF's record of what it was made from; null when not kept.
    private final Set<String> read;

    SiteResources(List<OutputFile> site) {
        files = new HashMap<>();
        site.forEach(file -> files.put(file.path(), file));
        read = null;
    }

    private SiteResources(Map<String, OutputFile> files, Set<String> read) {
        this.files = files;
        this.read = read;
    }

    /** A view of the same files for one document, which keeps the addresses the renderer reads from it. */
    SiteResources recording() {
        return new SiteResources(files, ConcurrentHashMap.newKeySet());
    }

    /** The addresses read through this view, sorted. */
    List<String> read() {
        return read == null ? List.of() : read.stream().sorted().toList();
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
        if (read != null && uri != null) {
            read.add(uri);
        }
        byte[] bytes = bytes(uri);
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
