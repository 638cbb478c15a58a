package dev.handbook.markdown.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian's image size, a width or a width and a height ({@code 300}, {@code 300x200}): after the {@code |} of an
 * image embed ({@code ![[Loop.png|300]]}) or at the end of a Markdown image's description ({@code ![Loop|300](…)}).
 */
public final class ImageSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)(?:x(\\d+))?");

    // The size at the end of a Markdown image's description: ![alt|100](src), ![alt|100x145](src), or ![100](src)
    // alone (a bare number is a size to Obsidian, not alt text); reference images ![alt|100][ref] too.
    private static final Pattern DESCRIBED_SIZE = Pattern.compile("(?:(.*)\\|)?\\s*" + SIZE.pattern() + "\\s*");

    private ImageSizes() {
    }

    /**
     * A size in pixels, as written.
     *
     * @param width the width
     * @param height the height, or null when only the width is given
     */
    public record Size(String width, String height) {
    }

    /** The size a text is ({@code 300}, {@code 300x200}), or null when it is no size. */
    public static Size of(String text) {
        Matcher size = SIZE.matcher(text);
        return size.matches() ? new Size(size.group(1), size.group(2)) : null;
    }

    /** The size written at the end of an image's description ({@code Loop|300}, or {@code 300} alone), or null. */
    public static Size described(String description) {
        Matcher size = DESCRIBED_SIZE.matcher(description);
        return size.matches() ? new Size(size.group(2), size.group(3)) : null;
    }

    /** An image's description without the size at its end: "Loop|300" is "Loop", and "300" alone is nothing. */
    public static String withoutSize(String description) {
        Matcher size = DESCRIBED_SIZE.matcher(description);
        return !size.matches() ? description : size.group(1) == null ? "" : size.group(1).trim();
    }
}
