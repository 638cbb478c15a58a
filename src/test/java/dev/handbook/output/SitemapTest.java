package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** sitemap.xml: one absolute, escaped address per page, with its last update when known. */
class SitemapTest {

    @Test
    void listsEveryPageUnderTheBaseUrlWithItsDate() {
        Map<String, LocalDate> pages = new LinkedHashMap<>();
        pages.put("", null);
        pages.put("guides/cafe-chats/", LocalDate.of(2025, 1, 31));
        Document xml = Jsoup.parse(Sitemap.of("https://example.org/hb/", pages), "", Parser.xmlParser());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.selectFirst("urlset").attr("xmlns"));
        assertEquals(List.of("https://example.org/hb/", "https://example.org/hb/guides/cafe-chats/"),
                xml.select("url > loc").eachText());
        assertEquals(List.of("2025-01-31"), xml.select("url > lastmod").eachText());
    }

    @Test
    void nonAsciiAndReservedCharactersAreEscaped() {
        String xml = Sitemap.of("https://example.org/", Map.of("guides/面接/", LocalDate.of(2025, 2, 1)));
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        assertEquals("https://example.org/guides/%E9%9D%A2%E6%8E%A5/", document.selectFirst("loc").text());
        String withAmpersand = Sitemap.of("https://example.org/?a=1&b=2/", Map.of("x/", LocalDate.of(2025, 2, 1)));
        assertEquals(true, withAmpersand.contains("<loc>https://example.org/?a=1&amp;b=2/x/</loc>"), withAmpersand);
    }
}
