package dev.handbook.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** An image format recognised from a file's first bytes, so a misnamed file is caught before a browser shows it broken. */
public enum ImageType {
    PNG("png", "image/png", "PNG"),
    JPEG("jpg", "image/jpeg", "JPEG"),
    GIF("gif", "image/gif", "GIF"),
    SVG("svg", "image/svg+xml", "SVG"),
    ICO("ico", "image/x-icon", "ICO"),
    WEBP("webp", "image/webp", "WebP"),
    UNKNOWN("", "", "an unrecognised");

    private static final int HEAD = 1024;

    private final String extension;
    private final String mediaType;
    private final String label;

    ImageType(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The file extension the site's copy gets ({@code png}), so browsers serve it as what it is. */
    public String extension() {
        return extension;
    }

    /** The media type, for {@code <link rel="icon" type="…">}. */
    public String mediaType() {
        return mediaType;
    }

    /** How a diagnostic names the format ("a WebP image"). */
    public String label() {
        return this == UNKNOWN ? "not an image format this tool recognises" : "a " + label + " image";
    }

    /** True for the formats the PDF renderer draws: it has no SVG support without Batik, which is not bundled. */
    public boolean inPdf() {
        return this == PNG || this == JPEG || this == GIF;
    }

    /** Reads a file's first bytes and names its format. */
    public static ImageType of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return of(head);
    }

    static ImageType of(byte[] head) {
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(head, 0, 0, 1, 0)) {
            return ICO;
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII).equals("WEBP")) {
            return WEBP;
        }
        // An SVG is XML text: a declaration, comments or a doctype may come before its root element.
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return text.contains("<svg") ? SVG : UNKNOWN;
    }

    private static boolean starts(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
