package dev.handbook.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Vault-relative path arithmetic with forward slashes, and URL encoding of file paths. */
final class Paths {

    private Paths() {
    }

    /** Joins a folder and a relative path, resolving {@code .} and {@code ..}; never climbs above the root. */
    static String join(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        String combined = relative.startsWith("/") ? relative.substring(1)
                : folder.isEmpty() ? relative : folder + "/" + relative;
        for (String part : combined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Decodes {@code %20} and friends, leaving a {@code +} as it is (it is no space in a path). */
    static String decode(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Percent-encodes each segment of a file path for use in an href. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-._~".indexOf(c) >= 0;
            out.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }
}
