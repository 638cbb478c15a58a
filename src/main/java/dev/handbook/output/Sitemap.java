package dev.handbook.output;

import java.time.LocalDate;
import java.util.Map;

/** Writes sitemap.xml for sites with an absolute baseUrl, as search engines expect. */
public final class Sitemap {

    private Sitemap() {
    }

    /**
     * The sitemap of the given pages.
     *
     * @param pages page addresses relative to the root, with the date each was last updated (or null)
     */
    public static String of(String baseUrl, Map<String, LocalDate> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.forEach((url, updated) -> {
            xml.append("  <url><loc>").append(escape(percentEncode(baseUrl + url))).append("</loc>");
            if (updated != null) {
                xml.append("<lastmod>").append(updated).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    // The sitemap protocol wants URLs escaped as RFC 3986 says: non-ASCII letters of slugs become %XX.
    static String percentEncode(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
