package dev.handbook.markdown.tag;

import dev.handbook.vault.Slugs;
import java.util.ArrayList;
import java.util.List;

/** Where tag pages live: {@code tags/nested/tag/} for {@code #nested/tag}. */
public final class TagPaths {

    private TagPaths() {
    }

    /** The tag page address below the site root. */
    public static String url(String tag) {
        StringBuilder url = new StringBuilder("tags/");
        for (String part : tag.split("/")) {
            if (!part.isEmpty()) {
                url.append(Slugs.slug(part)).append('/');
            }
        }
        return url.toString();
    }

    /** The tag and each of its parents: {@code a/b/c} gives {@code a}, {@code a/b}, {@code a/b/c}. */
    public static List<String> withParents(String tag) {
        List<String> all = new ArrayList<>();
        String[] parts = tag.split("/");
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            path.append(path.length() == 0 ? "" : "/").append(part);
            all.add(path.toString());
        }
        return all;
    }
}
