package dev.handbook.output;

import dev.handbook.diagnostics.Diagnostics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls the rendered site in memory and checks that every internal href, src and #anchor points at a
 * file and an id that exist: the last line of defence of the {@code check} command.
 */
public final class SiteCrawler {

    private final Diagnostics diagnostics;
    private final String basePath;

    /**
     * Creates a crawler that reports broken links as errors.
     *
     * @param basePath the path the site is published under ({@code /handbook/}), or empty when unknown: a link
     *     from the server's root under it is checked against the site, one elsewhere on the server is not
     */
    public SiteCrawler(Diagnostics diagnostics, String basePath) {
        this.diagnostics = diagnostics;
        this.basePath = basePath.isEmpty() ? "/" : basePath;
    }

    /**
     * Checks every HTML file of the site.
     *
     * @param files the site's files
     * @param sources the source file of each page by output path, for the diagnostics; absent for generated pages
     */
    public void crawl(List<OutputFile> files, Map<String, String> sources) {
        Set<String> paths = new HashSet<>();
        Map<String, Document> pages = new HashMap<>();
        for (OutputFile file : files) {
            paths.add(file.path());
            if (file.path().endsWith(".html") && file.bytes() != null) {
                pages.put(file.path(), Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)));
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, page) -> {
            Set<String> pageIds = new HashSet<>();
            page.select("[id]").forEach(element -> pageIds.add(element.id()));
            ids.put(path, pageIds);
        });
        pages.keySet().stream().sorted().forEach(path -> {
            for (Element element : pages.get(path).select("a[href], link[href], img[src], script[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(path, url, paths, ids);
                if (problem != null) {
                    String source = sources.getOrDefault(path, "");
                    diagnostics.error(source.isEmpty() ? path : source, 0, 0,
                            "broken link in the built page " + path + ": " + url + " (" + problem + ")");
                }
            }
        });
    }

    private String check(String page, String url, Set<String> paths, Map<String, Set<String>> ids) {
        if (url.isEmpty() || url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return null; // elsewhere on the same server, outside the handbook
            }
            page = "";
            path = path.substring(basePath.length());
            if (path.isEmpty()) {
                path = "./";
            }
        }
        String target = path.isEmpty() ? page : resolve(page, decode(path));
        if (target == null) {
            return "it climbs above the site root";
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        if (!paths.contains(target)) {
            return "no file " + target;
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            return "no id '" + fragment + "' in " + target;
        }
        return null;
    }

    // Resolves a relative address against the folder of the page that holds it.
    private static String resolve(String page, String relative) {
        String base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String[] parts = (base + relative).split("/", -1);
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (stack.pollLast() == null) {
                    return null;
                }
            } else if (!part.equals(".") && !(part.isEmpty() && !last)) {
                stack.addLast(part);
            }
        }
        String joined = String.join("/", stack);
        return relative.endsWith("/") && !joined.isEmpty() && !joined.endsWith("/") ? joined + "/" : joined;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
