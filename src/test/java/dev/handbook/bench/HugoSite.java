package dev.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Converts a handbook's content folder into a minimal Hugo site, so Hugo can build the same notes:
 * front matter normalised to Hugo's keys, wiki-links turned into plain Markdown links, and a bare
 * list and single layout. Used only by {@link Benchmark}.
 */
final class HugoSite {

    private static final Pattern WIKI_LINK = Pattern.compile("(!?)\\[\\[([^\\]|#]*)(#[^\\]|]*)?(?:\\|([^\\]]*))?\\]\\]");
    private static final Set<String> RENAMED = Set.of("title", "aliases", "alias", "tags", "tag", "date", "created",
            "modified", "lastmod", "updated", "draft", "published", "publish");

    private record Source(Path file, String path, Map<String, Object> frontMatter, String body) {
    }

    private HugoSite() {
    }

    /** Writes a Hugo site for {@code content} into {@code site} (config, layouts, content). */
    static void write(Path content, Path site, String title) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String path = content.relativize(file).toString().replace('\\', '/');
                if (path.startsWith(".")) {
                    continue;
                }
                sources.add(read(file, path));
            }
        }
        Map<String, String> urls = new HashMap<>();
        for (Source source : sources) {
            String url = url(source.path());
            String bare = source.path().substring(0, source.path().length() - 3).toLowerCase(Locale.ROOT);
            urls.putIfAbsent(bare, url);
            for (int slash = bare.indexOf('/'); slash >= 0; slash = bare.indexOf('/', slash + 1)) {
                urls.putIfAbsent(bare.substring(slash + 1), url);
            }
            for (String alias : list(source.frontMatter().get("aliases"), source.frontMatter().get("alias"))) {
                urls.putIfAbsent(alias.toLowerCase(Locale.ROOT), url);
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(options);
        for (Source source : sources) {
            Path target = site.resolve("content").resolve(source.path());
            Files.createDirectories(target.getParent());
            String text = "---\n" + yaml.dump(hugoFrontMatter(source)) + "---\n" + links(source.body(), urls);
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        Path layouts = site.resolve("layouts/_default");
        Files.createDirectories(layouts);
        Files.writeString(layouts.resolve("single.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><main><h1>{{ .Title }}</h1>{{ .Content }}
                {{ with .Params.tags }}<p>{{ range . }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">#{{ . }}</a> {{ end }}</p>{{ end }}
                </main></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(layouts.resolve("list.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><main><h1>{{ .Title }}</h1>{{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                </main></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("config.toml"), """
                baseURL = "https://handbook.example.org/"
                title = "%s"
                [markup.goldmark.renderer]
                unsafe = true
                """.formatted(title.replace("\"", "'")), StandardCharsets.UTF_8);
    }

    private static Source read(Path file, String path) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end > 0) {
                Object parsed = new Yaml(new LoaderOptions()).load(text.substring(4, end + 1));
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> frontMatter.put(String.valueOf(key), value));
                }
                body = text.substring(end + 5);
            }
        }
        return new Source(file, path, frontMatter, body);
    }

    private static Map<String, Object> hugoFrontMatter(Source source) {
        Map<String, Object> fm = source.frontMatter();
        Map<String, Object> result = new LinkedHashMap<>();
        String name = source.path().substring(source.path().lastIndexOf('/') + 1, source.path().length() - 3);
        Object title = fm.get("title");
        if (title == null) {
            Matcher h1 = Pattern.compile("(?m)^# (.+)$").matcher(source.body());
            title = h1.find() ? h1.group(1).trim() : name;
        }
        result.put("title", String.valueOf(title));
        Object date = first(fm, "date", "created");
        if (date != null) {
            result.put("date", date(date));
        }
        Object lastmod = first(fm, "modified", "lastmod", "updated");
        if (lastmod != null) {
            result.put("lastmod", date(lastmod));
        }
        List<String> tags = new ArrayList<>();
        for (String tag : list(fm.get("tags"), fm.get("tag"))) {
            for (String part : tag.split("[,\\s]+")) {
                String cleaned = part.replaceFirst("^#+", "").trim();
                if (!cleaned.isEmpty() && !tags.contains(cleaned)) {
                    tags.add(cleaned);
                }
            }
        }
        if (!tags.isEmpty()) {
            result.put("tags", tags);
        }
        boolean draft = Boolean.TRUE.equals(fm.get("draft")) || Boolean.FALSE.equals(fm.get("published"))
                || Boolean.FALSE.equals(fm.get("publish"));
        if (draft) {
            result.put("draft", true);
        }
        List<String> aliases = list(fm.get("aliases"), fm.get("alias"));
        if (!aliases.isEmpty()) {
            result.put("obsidianAliases", aliases); // Hugo's own 'aliases' would write redirect pages
        }
        fm.forEach((key, value) -> {
            if (!RENAMED.contains(key)) {
                result.put(key, value instanceof Date d ? date(d) : value);
            }
        });
        return result;
    }

    private static Object first(Map<String, Object> fm, String... keys) {
        for (String key : keys) {
            if (fm.get(key) != null) {
                return fm.get(key);
            }
        }
        return null;
    }

    private static String date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value);
    }

    private static List<String> list(Object... values) {
        Set<String> result = new LinkedHashSet<>();
        for (Object value : values) {
            if (value instanceof List<?> items) {
                items.forEach(item -> result.add(String.valueOf(item).trim()));
            } else if (value != null) {
                for (String part : String.valueOf(value).split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.trim());
                    }
                }
            }
        }
        return new ArrayList<>(result);
    }

    // [[Note#Heading|text]] → [text](/url/#heading); a target that names no note stays as its text.
    private static String links(String body, Map<String, String> urls) {
        Matcher matcher = WIKI_LINK.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 256);
        while (matcher.find()) {
            String target = matcher.group(2).trim();
            String bare = (target.toLowerCase(Locale.ROOT).endsWith(".md") ? target.substring(0, target.length() - 3)
                    : target).toLowerCase(Locale.ROOT);
            String heading = matcher.group(3) == null ? "" : matcher.group(3).substring(1);
            String text = matcher.group(4) != null ? matcher.group(4)
                    : (target.isEmpty() ? heading : target) + (heading.isEmpty() || target.isEmpty() ? "" : " › " + heading);
            String url = target.isEmpty() ? "" : urls.get(bare.startsWith("/") ? bare.substring(1) : bare);
            String replacement;
            if (url == null) {
                replacement = text;
            } else {
                replacement = "[" + text.replace("[", "").replace("]", "") + "](" + url
                        + (heading.isEmpty() ? "" : "#" + anchor(heading)) + ")";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String url(String path) {
        StringBuilder url = new StringBuilder("/");
        for (String part : path.substring(0, path.length() - 3).split("/")) {
            url.append(CorpusGenerator.slug(part)).append('/');
        }
        return url.toString();
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\- ]", "").trim().replace(' ', '-');
    }
}
