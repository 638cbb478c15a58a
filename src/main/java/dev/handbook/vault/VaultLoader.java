package dev.handbook.vault;

import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Walks the content folder and reads every note and asset; one bad note never stops the others. */
public final class VaultLoader {

    private static final Pattern ID_BLOCK = Pattern.compile("\\s*\\{[#.][\\w-]+(\\s+[^}]*)?}$");
    private static final Pattern ONE_LINE_COMMENT = Pattern.compile("%%.*%%|<!--.*-->");
    /** The longest opening heading taken as a note's title, in characters of Markdown: far beyond any real title. */
    static final int MAX_TITLE_HEADING = 500;

    private final SiteConfig config;
    private final Diagnostics diagnostics;

    /** Creates a loader for the configured content folder. */
    public VaultLoader(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    /** Reads the whole vault; drafts go to {@link Vault#hidden()} unless the config asks for drafts. */
    public Vault load() {
        Path content = config.content();
        if (!Files.isDirectory(content)) {
            diagnostics.error(config.display(config.configFile()), 0, 0,
                    "content folder not found: " + config.display(content) + " (set 'content' in site.yml)");
            return new Vault(List.of(), List.of(), List.of());
        }
        List<Path> files = walk(content);
        List<Path> markdown = files.stream().filter(VaultLoader::isMarkdown).toList();
        List<Note> read = markdown.parallelStream().map(this::read).filter(Objects::nonNull).toList();
        List<Note> notes = distinctAddresses(read.stream().filter(note -> !note.hidden() || config.drafts()).toList());
        List<Note> hidden = read.stream().filter(note -> note.hidden() && !config.drafts()).toList();
        List<Asset> assets = files.stream().filter(file -> !isMarkdown(file))
                .map(file -> new Asset(file, relative(file), config.display(file))).toList();
        return new Vault(notes, hidden, assets);
    }

    // Two file names can slug alike ("c--android.md" and "c-android.md", "C++ Android.md"): the first in path order
    // keeps the address and the others are numbered, with a warning, rather than failing the build. An address
    // chosen with 'slug:' is not renumbered: two of those on one address stay an error.
    private List<Note> distinctAddresses(List<Note> notes) {
        Map<String, List<Note>> byUrl = new java.util.TreeMap<>();
        notes.forEach(note -> byUrl.computeIfAbsent(note.url(), k -> new ArrayList<>()).add(note));
        if (byUrl.size() == notes.size()) {
            return notes;
        }
        Map<Note, String> renamed = new java.util.IdentityHashMap<>();
        for (List<Note> sharing : byUrl.values()) {
            List<Note> numbered = sharing.stream().filter(note -> !note.frontMatter().containsKey("slug")).toList();
            if (numbered.isEmpty()) {
                continue; // every one chose its address: the site stage reports the clash
            }
            Note keeper = sharing.stream().filter(note -> note.frontMatter().containsKey("slug")).findFirst()
                    .orElse(sharing.get(0));
            for (int i = keeper == numbered.get(0) ? 1 : 0, n = 2; i < numbered.size(); i++) {
                Note note = numbered.get(i);
                String base = note.url().isEmpty() ? "index" : note.url().substring(0, note.url().length() - 1);
                String url = base + "-" + n + "/";
                while (byUrl.containsKey(url) || renamed.containsValue(url)) {
                    url = base + "-" + ++n + "/";
                }
                n++;
                renamed.put(note, url);
                diagnostics.warning(note.displayPath(), 1, 1, "its address " + note.url() + " is also "
                        + keeper.displayPath() + "'s, so it is published at " + url
                        + "; give it a 'slug:' in its front matter to choose another");
            }
        }
        return notes.stream().map(note -> renamed.containsKey(note) ? note.atUrl(renamed.get(note)) : note).toList();
    }

    /** Reads one note file, as the serve loop does when a single file changes. */
    public Note read(Path file) {
        String display = config.display(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot read file: " + e.getMessage());
            return null;
        }
        String text = decode(bytes, display).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        FrontMatter.Split split = FrontMatter.split(text, display, diagnostics);
        FrontMatter frontMatter = FrontMatter.parse(split, display, diagnostics);
        String path = relative(file);
        String name = fileName(path);
        String title = frontMatter.text("title");
        String heading = title == null ? firstHeading(split.body(), display, split.bodyLine()) : null;
        boolean titleFromHeading = title == null && heading != null;
        if (title == null) {
            title = heading != null ? heading : name;
        }
        LocalDate created = frontMatter.date("date", "created");
        LocalDate updated = frontMatter.date("modified", "lastmod", "updated");
        String type = frontMatter.text("type");
        return new Note(file, path, display, name, title, titleFromHeading, frontMatter.aliases(),
                frontMatter.tags(), created, updated, frontMatter.hidden(),
                frontMatter.order(), type == null ? "" : type.toLowerCase(java.util.Locale.ROOT),
                frontMatter.raw(), frontMatter.keyLines(), split.body(), split.bodyLine(), url(path, frontMatter.text("slug")));
    }

    /** The page address of a note: each folder and the file name slugged, ending in '/'. */
    static String url(String path, String slugOverride) {
        String[] parts = path.substring(0, path.length() - 3).split("/");
        StringBuilder url = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (last && parts[i].equalsIgnoreCase("index") && slugOverride == null) {
                break;
            }
            url.append(last && slugOverride != null ? Slugs.slug(slugOverride) : Slugs.slug(parts[i])).append('/');
        }
        return url.toString();
    }

    /** Decodes strict UTF-8; a malformed byte is an error at its line and column, and is replaced. */
    private String decode(byte[] bytes, String display) {
        // The JDK's own decoding is much faster than a decoder; it writes U+FFFD for a bad byte, so only a
        // text that has one (a bad byte, or rarely a real U+FFFD) is decoded again strictly to find where.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        diagnostics.error(display, line, column, String.format(
                "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xFF));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // An ATX "# " heading that opens the note (after blank lines and one-line comments), which Obsidian users
    // write as the title. An H1 further down is a section of the page: taking it as the title made a page
    // called "Background" that no longer showed its "Background" section.
    private String firstHeading(String body, String display, int bodyLine) {
        // Line by line up to the first line with content, rather than splitting the whole body first.
        for (int start = 0, end, number = bodyLine; start <= body.length(); start = end + 1, number++) {
            end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(start, end).stripTrailing();
            if (line.isBlank() || ONE_LINE_COMMENT.matcher(line.strip()).matches()) {
                continue;
            }
            if (!line.startsWith("# ") && !line.equals("#")) {
                return null;
            }
            String markdown = line.substring(1).trim();
            if (markdown.length() > MAX_TITLE_HEADING) {
                // plainText's regexes backtrack: a heading of 30,000 "*a " took 99 s, so a long one is left whole.
                diagnostics.warning(display, number, 1, "this heading is " + markdown.length() + " characters long,"
                        + " too long for the page's title (over " + MAX_TITLE_HEADING + "); the page is titled by"
                        + " its file name; shorten the heading, or set 'title:' in the front matter");
                return null;
            }
            // A closing "##" and a kramdown or Pandoc id block ("{#plan}") are not part of the title.
            String heading = plainText(withoutIdBlock(markdown.replaceFirst("\\s+#+$", "")));
            return heading.isEmpty() ? null : heading;
        }
        return null;
    }

    /** A heading's text without the id block kramdown, Pandoc and Hugo write after it ("Plan {#plan}"). */
    public static String withoutIdBlock(String heading) {
        return ID_BLOCK.matcher(heading).replaceFirst("");
    }

    private static final java.util.regex.Pattern WIKI_LINK =
            java.util.regex.Pattern.compile("!?\\[\\[([^\\]|#]*)(?:#([^\\]|]*))?(?:\\|([^\\]]*))?\\]\\]");

    // A title is shown as text, so the heading's inline Markdown (emphasis, code, links) is dropped.
    static String plainText(String markdown) {
        // A wiki-link reads as the page shows it ([[Loop#Screen]] is "Loop > Screen"), so the title matches the
        // heading the page draws and the heading is not shown a second time under the title.
        String text = WIKI_LINK.matcher(markdown).replaceAll(link -> java.util.regex.Matcher.quoteReplacement(
                        LinkText.of(link.group(1).trim(), link.group(2) == null ? "" : link.group(2).trim(),
                                link.group(3))))
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("`([^`]*)`", "$1")
                .replaceAll("<[a-zA-Z/][^>]*>", "")
                .replaceAll("(\\*\\*|__|==|~~)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*\\\\])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1")
                .replaceAll("(?<![\\w\\\\])_(?=\\S)(.+?)(?<=\\S)_(?!\\w)", "$1")
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~=<>])", "$1");
        return text.replaceAll("\\s+", " ").trim();
    }

    private List<Path> walk(Path content) {
        ContainedFiles.Listing listing;
        try {
            listing = ContainedFiles.list(content,
                    path -> !hiddenPart(content.relativize(path)) && !notContent(path));
        } catch (IOException e) {
            diagnostics.error(config.display(content), 0, 0, "cannot read the content folder: " + e.getMessage());
            return List.of();
        }
        for (ContainedFiles.Skipped skipped : listing.skipped()) {
            diagnostics.report(skipped.error() ? Severity.ERROR : Severity.WARNING, config.display(skipped.path()),
                    0, 0, skipped.reason());
        }
        ObsidianSettings obsidian = ObsidianSettings.read(content, diagnostics, config::display);
        List<Path> files = new ArrayList<>(listing.files().stream()
                .filter(file -> !hiddenPart(content.relativize(file)) && !notContent(file))
                .filter(file -> !obsidian.excludes(relative(file))).toList());
        // Each path made relative once, not at each of the sort's n log n comparisons.
        Map<Path, String> keys = new HashMap<>();
        files.forEach(file -> keys.put(file, relative(file)));
        files.sort(Comparator.comparing(keys::get));
        return files;
    }

    // When the content folder is the site's own folder, the built site, site.yml and the themes sit inside
    // it; reading the built site back as assets would nest a copy of the site in itself on every build.
    private boolean notContent(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(config.output()) || absolute.equals(config.configFile())
                || absolute.startsWith(config.themes());
    }

    // Obsidian keeps its settings in .obsidian and deleted notes in .trash; dotfiles are never content.
    private static boolean hiddenPart(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    private String relative(Path file) {
        return config.content().relativize(file).toString().replace('\\', '/');
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        String file = slash < 0 ? path : path.substring(slash + 1);
        return file.substring(0, file.length() - 3);
    }
}
