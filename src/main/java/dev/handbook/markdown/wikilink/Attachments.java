package dev.handbook.markdown.wikilink;

import java.util.Locale;
import java.util.Set;

/** Tells notes from attachments by a link target's extension, as Obsidian does. */
public final class Attachments {

    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp");

    private Attachments() {
    }

    /** True when the target names a file other than a note ({@code image.png}, {@code plan.pdf}). */
    public static boolean isAttachment(String target) {
        String extension = extension(target);
        return !extension.isEmpty() && !extension.equals("md") && extension.chars().allMatch(Character::isLetterOrDigit)
                && extension.chars().anyMatch(Character::isLetter) && extension.length() <= 5;
    }

    /** True when the target names an image that an embed shows inline. */
    public static boolean isImage(String target) {
        return IMAGES.contains(extension(target));
    }

    private static String extension(String target) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
