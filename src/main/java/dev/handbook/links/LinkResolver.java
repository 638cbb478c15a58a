package dev.handbook.links;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.markdown.Descendants;
import dev.handbook.markdown.Heading;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.wikilink.Attachments;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The links stage: resolves every wiki-link, embed and Markdown link to a note or file, reports every link that
 * goes nowhere, and returns where each link goes (a {@link LinkTable}, which the renderer reads) with the link
 * graph. The parses are only read.
 */
public final class LinkResolver {

    private static final Pattern RAW_ID = Pattern.compile("\\b(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Severity severity;

    /** Creates the stage; link problems are warnings, or errors when the config is strict. */
    public LinkResolver(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.severity = config.strict() ? Severity.ERROR : Severity.WARNING;
    }

    /** Resolves the links of every note; notes are resolved in parallel, each into a table of its own. */
    public ResolvedLinks resolve(List<ParsedNote> notes, List<Note> hidden, List<Asset> assets) {
        NoteIndex index = new NoteIndex(notes.stream().map(ParsedNote::note).toList(), assets);
        NoteIndex hiddenIndex = new NoteIndex(hidden, List.of());
        Map<String, ParsedNote> byPath = new HashMap<>();
        notes.forEach(note -> byPath.put(note.note().path(), note));
        Set<String> folders = folders(notes);
        List<NoteLinks> perNote = notes.parallelStream()
                .map(note -> new NoteLinks(note, index, hiddenIndex, byPath, folders).resolve()).toList();
        perNote.forEach(NoteLinks::reportUnresolved); // in note order: see reportUnresolved
        List<Edge> edges = perNote.stream().flatMap(links -> links.edges.stream()).toList();
        Map<String, LinkTable.NoteLinks> entries = new HashMap<>();
        perNote.forEach(links -> entries.put(links.note.path(), links.entries()));
        LinkTable table = new LinkTable(entries);
        reportEmbedCycles(notes, table);
        return new ResolvedLinks(graph(edges), table);
    }

    /**
     * Resolves the links of one re-read note against the rest of the vault, as the preview does for the
     * note just saved: a table of that note's links alone, for the last table to take in place of its own.
     */
    public LinkTable resolveOne(ParsedNote changed, List<ParsedNote> notes, List<Note> hidden, List<Asset> assets) {
        NoteIndex index = new NoteIndex(notes.stream().map(ParsedNote::note).toList(), assets);
        Map<String, ParsedNote> byPath = new HashMap<>();
        notes.forEach(note -> byPath.put(note.note().path(), note));
        byPath.put(changed.note().path(), changed);
        NoteLinks links = new NoteLinks(changed, index, new NoteIndex(hidden, List.of()), byPath, folders(notes))
                .resolve();
        links.reportUnresolved();
        return new LinkTable(Map.of(changed.note().path(), links.entries()));
    }

    private static Set<String> folders(List<ParsedNote> notes) {
        Set<String> folders = new java.util.HashSet<>();
        for (ParsedNote parsed : notes) {
            for (String folder = parsed.note().folder(); !folder.isEmpty();
                 folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "") {
                if (!folders.add(folder.toLowerCase(Locale.ROOT))) {
                    break;
                }
            }
        }
        return folders;
    }

    /** A wiki-link that names no note, as written, at its line and column. */
    private record Unresolved(int line, int column, String written, String target) {
    }

    /** One link found in a note: to a note (target set) or to nothing (missing set). */
    private record Edge(Note source, Note target, String missing, String context) {
    }

    private LinkGraph graph(List<Edge> edges) {
        Map<String, Map<String, Backlink>> backlinks = new TreeMap<>();
        Map<String, String> missingNames = new TreeMap<>();
        Map<String, Map<String, Backlink>> missingReferrers = new TreeMap<>();
        for (Edge edge : edges) {
            // By path: a record's generated equals compares every field, the note's whole body among them.
            if (edge.target() != null && !edge.target().path().equals(edge.source().path())) {
                backlinks.computeIfAbsent(edge.target().path(), k -> new TreeMap<>())
                        .putIfAbsent(edge.source().path(), new Backlink(edge.source(), edge.context()));
            } else if (edge.missing() != null) {
                String key = edge.missing().toLowerCase(Locale.ROOT);
                missingNames.putIfAbsent(key, edge.missing());
                missingReferrers.computeIfAbsent(key, k -> new TreeMap<>())
                        .putIfAbsent(edge.source().path(), new Backlink(edge.source(), edge.context()));
            }
        }
        Map<String, List<Backlink>> result = new LinkedHashMap<>();
        backlinks.forEach((path, sources) -> result.put(path, List.copyOf(sources.values())));
        List<MissingNote> missing = new ArrayList<>();
        missingNames.forEach((key, name) -> missing.add(new MissingNote(name,
                List.copyOf(missingReferrers.get(key).values()))));
        return new LinkGraph(Collections.unmodifiableMap(result), List.copyOf(missing));
    }

    /** Resolves the links of one note. */
    private final class NoteLinks {
        private final ParsedNote parsed;
        private final Note note;
        private final NoteIndex index;
        private final NoteIndex hiddenIndex;
        private final Map<String, ParsedNote> byPath;
        // Every folder of the vault that holds a note, in lower case, for links to a folder's page.
        private final Set<String> folders;
        private final List<Edge> edges = new ArrayList<>();
        private final List<Unresolved> unresolved = new ArrayList<>();
        private final LinkContexts contexts = new LinkContexts();
        // What this note's links resolve to: the note's entries of the link table.
        private final Map<WikiLink, LinkResolution> wikiLinks = new IdentityHashMap<>();
        private final Map<Node, String> addresses = new IdentityHashMap<>();
        private final Map<String, String> rawAddresses = new HashMap<>();

        NoteLinks(ParsedNote parsed, NoteIndex index, NoteIndex hiddenIndex, Map<String, ParsedNote> byPath,
                  Set<String> folders) {
            this.folders = folders;
            this.parsed = parsed;
            this.note = parsed.note();
            this.index = index;
            this.hiddenIndex = hiddenIndex;
            this.byPath = byPath;
        }

        NoteLinks resolve() {
            for (WikiLink link : parsed.links()) {
                wikiLinks.put(link, wikiLink(link));
            }
            for (Node root : MarkdownEngine.linkRoots(parsed)) {
                for (Node node : Descendants.of(root)) {
                    if (node instanceof Link || node instanceof Image) {
                        markdownLink((LinkNodeBase) node);
                    } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                        rawHtml(node);
                    }
                }
            }
            return this;
        }

        LinkTable.NoteLinks entries() {
            return LinkTable.NoteLinks.of(wikiLinks, addresses, rawAddresses);
        }

        // Links that name no note are reported after every note is resolved, one note after another in the
        // vault's order: the "did you mean" search has a budget per build (NoteIndex.nearestName), and only
        // a fixed order spends it on the same links every time.
        void reportUnresolved() {
            for (Unresolved link : unresolved) {
                String hint = index.didYouMean(link.target());
                report(link.line(), link.column(), "unresolved link " + link.written() + ": no note called '"
                        + link.target() + "'; " + (hint.isEmpty() ? "create it, or fix the name" : hint + "create it"));
            }
        }

        private LinkResolution wikiLink(WikiLink link) {
            String target = link.target();
            if (target.isEmpty()) {
                return toNote(link, parsed, "#");
            }
            if (Attachments.isAttachment(target)) {
                Asset asset = index.asset(note, target);
                if (asset == null) {
                    report(link, "no file '" + target + "' in the vault for " + link.getChars());
                    return LinkResolution.missing();
                }
                String href = MarkdownEngine.ROOT_TOKEN + Paths.encode(asset.path());
                LinkResolution.Kind kind = link.isEmbed() && Attachments.isImage(asset.path())
                        ? LinkResolution.Kind.IMAGE : LinkResolution.Kind.ASSET;
                return new LinkResolution(href, kind, asset.name(), List.of(), null);
            }
            NoteIndex.Match match = index.note(note, target);
            if (match == null) {
                NoteIndex.Match draft = hiddenIndex.note(note, target);
                if (draft != null) {
                    report(link, "link to '" + target + "', which is a draft or unpublished ("
                            + draft.note().displayPath() + "); it is shown as plain text");
                } else {
                    unresolved.add(new Unresolved(parsed.line(link.getStartOffset()),
                            parsed.column(link.getStartOffset()), link.getChars().toString(), target));
                    edges.add(new Edge(note, null, target, contexts.of(link)));
                }
                return LinkResolution.missing();
            }
            if (match.candidates().size() > 1 && !target.contains("/")) {
                report(link, "'" + target + "' matches " + match.candidates().size() + " notes ("
                        + String.join(", ", match.candidates().stream().map(Note::path).toList()) + "); using "
                        + match.note().path() + ". Write the folder to choose, e.g. [["
                        + NoteIndex.withoutExtension(match.note().path()) + "]]");
            }
            ParsedNote target2 = byPath.get(match.note().path());
            edges.add(new Edge(note, match.note(), null, contexts.of(link)));
            return toNote(link, target2, MarkdownEngine.ROOT_TOKEN + match.note().url());
        }

        // A link to a note, with its heading or block checked; embeds also get the nodes they show.
        private LinkResolution toNote(WikiLink link, ParsedNote target, String base) {
            String anchor = link.anchor();
            Anchor at = anchorIn(target, anchor);
            List<Node> embedded = link.isEmbed() ? wholeNote(target) : List.of();
            if (at.fragment() == null && anchor.startsWith("^")) {
                report(link, "no block ^" + anchor.substring(1) + " in " + target.note().title()
                        + "; add ' ^" + anchor.substring(1) + "' at the end of the paragraph to link to");
            } else if (at.fragment() == null) {
                report(link, "no heading '" + anchor + "' in " + target.note().title()
                        + (target.headings().isEmpty() ? "" : "; its headings are: " + String.join(", ",
                        target.headings().stream().map(Heading::text).limit(8).toList())));
            } else if (at.block() != null) {
                embedded = List.of(at.block());
            } else if (at.heading() == TITLE) {
                // The top of the page; an embed shows what the title heads, up to the next H1.
                embedded = link.isEmbed() ? titleSection(target) : embedded;
            } else if (at.heading() >= 0) {
                embedded = section(target, at.heading());
            }
            String fragment = at.fragment() == null ? "" : at.fragment();
            String href = base.equals("#") ? (fragment.isEmpty() ? "#" : fragment) : base + fragment;
            return new LinkResolution(href, LinkResolution.Kind.NOTE, target.note().title(),
                    link.isEmbed() ? embedded : List.of(), target.note().path());
        }

        private void markdownLink(LinkNodeBase link) {
            String url = link.getUrl().toString();
            if (url.startsWith("#") && url.length() > 1) {
                samePage(link, Paths.decode(url.substring(1)));
                return;
            }
            String resolved = address(url, link, null);
            if (resolved != null) {
                addresses.put(link, resolved);
            }
        }

        // The links and images of raw HTML are resolved as Markdown ones are ("<a href="../team/index.md">"),
        // into the table the sanitiser reads when it cleans the note's HTML.
        private void rawHtml(Node html) {
            Map<String, String> addresses = rawAddresses;
            for (Element element : Jsoup.parseBodyFragment(html.getChars().toString()).select("a[href], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("#") && url.length() > 1 && !addresses.containsKey(url)) {
                    String resolved = rawAnchor(Paths.decode(url.substring(1)));
                    if (resolved != null) {
                        addresses.put(url, resolved);
                    }
                } else if (!url.startsWith("#") && !addresses.containsKey(url)) {
                    String resolved = address(url, html, element.text());
                    if (resolved != null) {
                        addresses.put(url, resolved);
                    }
                }
            }
        }

        // A same-page anchor of raw HTML: a heading's id as a heading link finds it, or an id the raw HTML gives
        // in another case ("#m5" for id="M5": ids are case-sensitive). Null leaves it as written.
        private String rawAnchor(String anchor) {
            Anchor heading = inHeadings(parsed, anchor);
            if (heading.heading() >= 0) {
                return heading.fragment();
            }
            Matcher id = RAW_ID.matcher(note.body());
            while (id.find()) {
                if (id.group(1).equalsIgnoreCase(anchor)) {
                    return "#" + id.group(1);
                }
            }
            return null;
        }

        /**
         * Where a link or image written as {@code url} in this note leads in the site: a page or file address,
         * {@link MarkdownEngine#MISSING_URL} when nothing in the vault has that address (reported), or null to
         * keep it as written (a web address, or no address). A raw HTML link gives its own text as its context.
         */
        private String address(String url, Node at, String rawContext) {
            if (url.isEmpty() || url.startsWith("//") || SCHEME.matcher(url).find()) {
                return null;
            }
            int hash = url.indexOf('#');
            String path = Paths.decode(hash < 0 ? url : url.substring(0, hash));
            String anchor = hash < 0 ? "" : Paths.decode(url.substring(hash + 1));
            int line = parsed.line(at.getStartOffset());
            int column = parsed.column(at.getStartOffset());
            if (path.isEmpty()) {
                return null; // "#" alone, or only an anchor: the page itself
            }
            if (!Attachments.isAttachment(path)) {
                // Obsidian writes Markdown links relative to the note, or from the root, or as a bare name;
                // a path with folders that matches none of these is broken, not a link to any note of that name.
                String vaultPath = Paths.join(note.folder(), path);
                String fromRoot = vaultPath.contains("/") ? "/" + vaultPath : vaultPath;
                NoteIndex.Match match = index.note(note, fromRoot);
                if (match == null) {
                    match = index.note(note, path);
                }
                if (match == null && !vaultPath.isEmpty()) {
                    // [x](sub/) and [x](sub) name a folder; its page is its index note.
                    match = index.note(note, "/" + vaultPath + "/index");
                }
                String folderPage = match == null ? folderPage(vaultPath, path) : null;
                if (folderPage != null) {
                    return MarkdownEngine.ROOT_TOKEN + folderPage + (hash < 0 ? "" : url.substring(hash));
                }
                if (match == null && (hiddenIndex.note(note, fromRoot) != null || hiddenIndex.note(note, path) != null)) {
                    // A draft's name stays off the public Missing notes page.
                    report(line, column, "link to " + url + ", which is a draft or unpublished; it is shown as text");
                    return MarkdownEngine.MISSING_URL;
                }
                if (match == null) {
                    // Shown as text, as a wiki-link to no note is, and listed on Missing notes: a dead href
                    // to x.md in the published site helps no one.
                    String missing = NoteIndex.withoutExtension(vaultPath).replaceFirst("(^|/)index$", "");
                    report(line, column, "link to " + url + ": no such note in the vault; it is shown as text");
                    edges.add(new Edge(note, null, missing.isEmpty() ? path : missing, context(at, rawContext)));
                    return MarkdownEngine.MISSING_URL;
                }
                ParsedNote target = byPath.get(match.note().path());
                String fragment = anchorIn(target, anchor).fragment();
                if (fragment == null) {
                    report(line, column, (anchor.startsWith("^") ? "no block " + anchor : "no heading '" + anchor + "'")
                            + " in " + target.note().title());
                }
                edges.add(new Edge(note, match.note(), null, context(at, rawContext)));
                return MarkdownEngine.ROOT_TOKEN + match.note().url() + (fragment == null ? "" : fragment);
            }
            Asset asset = index.asset(note, "/" + Paths.join(note.folder(), path));
            if (asset == null) {
                asset = index.asset(note, path);
            }
            if (asset == null) {
                report(line, column, "link to " + url + ": no such file in the vault; it is shown as text");
                return MarkdownEngine.MISSING_URL;
            }
            return MarkdownEngine.ROOT_TOKEN + Paths.encode(asset.path()) + (hash < 0 ? "" : url.substring(hash));
        }

        // A raw HTML link's context is its own text: the block it sits in has no sentence to find it in, and
        // looking for one would read the whole note once per link (35 s for a table of 5,000 links).
        private String context(Node at, String rawContext) {
            return rawContext != null ? rawContext : contexts.of(at);
        }

        // "../", "/", "sub/" that no note (nor a folder's index note) answers: the folder's own page, or the home
        // page for the vault's root. Null when the path names no folder of the vault.
        private String folderPage(String vaultPath, String written) {
            if (vaultPath.isEmpty() && (written.endsWith("/") || written.equals("..") || written.equals("."))) {
                return "";
            }
            if (!folders.contains(vaultPath.toLowerCase(Locale.ROOT))) {
                return null;
            }
            StringBuilder url = new StringBuilder();
            for (String part : vaultPath.split("/")) {
                url.append(dev.handbook.vault.Slugs.slug(part)).append('/');
            }
            return url.toString();
        }

        // [FAQ](#FAQ) on the page itself: the heading's id is 'faq', so the anchor is matched as a heading
        // link is. An anchor that names no heading is left as written when raw HTML may give that id.
        private void samePage(LinkNodeBase link, String anchor) {
            if (anchor.equalsIgnoreCase("top")) {
                return; // the top of the page, in every browser
            }
            Anchor at = anchorIn(parsed, anchor);
            if (at.fragment() == null && anchor.startsWith("^")) {
                at = inHeadings(parsed, anchor); // "#^…" that names no block may still be a heading's words
            }
            if (at.fragment() != null) {
                addresses.put(link, at.fragment().isEmpty() ? "#" : at.fragment()); // empty: the title
            } else if (!note.body().contains("id=\"" + anchor + "\"") && !note.body().contains("name=\"" + anchor + "\"")) {
                report(parsed.line(link.getStartOffset()), parsed.column(link.getStartOffset()),
                        "no heading '" + anchor + "' on this page for the link to #" + anchor + "; it is shown as text");
                if (link instanceof Link) {
                    addresses.put(link, MarkdownEngine.MISSING_URL);
                }
            }
        }

        private void report(WikiLink link, String message) {
            report(parsed.line(link.getStartOffset()), parsed.column(link.getStartOffset()), message);
        }

        private void report(int line, int column, String message) {
            diagnostics.report(severity, note.displayPath(), line, column, message);
        }
    }

    /**
     * Where an anchor written after a note's name leads in that note.
     *
     * @param fragment the address's fragment: {@code #%5Eid} for a block (the caret encoded), {@code #id} for a
     *                 heading, empty for the note's title (the top of its page) or no anchor; null when the
     *                 anchor names nothing in the note
     * @param block the block a {@code ^id} names, or null
     * @param heading the index of the heading named, {@link #TITLE}, or -1
     */
    private record Anchor(String fragment, Node block, int heading) {
    }

    // The one look-up of an anchor in a note, for wiki-links, Markdown links and links on the page itself: a
    // "^id" names a block, anything else a heading (see findHeading).
    private static Anchor anchorIn(ParsedNote target, String anchor) {
        if (anchor.isEmpty()) {
            return new Anchor("", null, -1);
        }
        if (anchor.startsWith("^")) {
            String id = anchor.substring(1).toLowerCase(Locale.ROOT);
            Node block = target.blocks().get(id);
            return new Anchor(block == null ? null : "#%5E" + id, block, -1);
        }
        return inHeadings(target, anchor);
    }

    // The heading an anchor names, as a heading link finds it, whatever the anchor starts with.
    private static Anchor inHeadings(ParsedNote target, String anchor) {
        int found = findHeading(target, anchor);
        String fragment = found == TITLE ? "" : found < 0 ? null : "#" + target.headings().get(found).id();
        return new Anchor(fragment, null, found);
    }

    /** What {@link #findHeading} returns for a link to the note's title heading, which the page shows as its title. */
    static final int TITLE = -2;

    /**
     * The heading an anchor names, matched as Obsidian matches: case ignored, and punctuation too when no
     * heading is spelled as the anchor is; a path
     * {@code H1#H2} finds each part after the one before. Returns its index, {@link #TITLE}, or -1.
     */
    static int findHeading(ParsedNote target, String anchor) {
        int from = 0;
        int found = -1;
        boolean first = true;
        for (String part : anchor.split("#")) {
            if (headingKey(part).isEmpty()) {
                continue;
            }
            // Spelled as written wins over matched without punctuation, heading or title alike: [[Rubric#C]] is
            // the "C" section (or the note's title "C") even when "C++" comes first.
            for (boolean exact : new boolean[] {true, false}) {
                found = findHeadingFrom(target, part, from, exact);
                if (found < 0 && first && target.hasTitleHeading() && matches(target.note().title(), part, exact)) {
                    // The note's H1 repeated its title, so the page shows it as the title: the top of the page.
                    found = TITLE;
                }
                if (found != -1) {
                    break;
                }
            }
            if (found == -1) {
                return -1;
            }
            from = found == TITLE ? 0 : found + 1;
            first = false;
        }
        return found;
    }

    private static int findHeadingFrom(ParsedNote target, String part, int from, boolean exact) {
        for (int i = from; i < target.headings().size(); i++) {
            if (matches(target.headings().get(i).text(), part, exact)) {
                return i;
            }
        }
        // A heading that named its own id ("## FAQ {#faq-custom}") is found by that id too.
        for (int i = from; exact && i < target.headings().size(); i++) {
            if (target.headings().get(i).id().equals(part.strip())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(String heading, String part, boolean exact) {
        return exact ? heading.strip().equalsIgnoreCase(part.strip()) : headingKey(heading).equals(headingKey(part));
    }

    private static String headingKey(String text) {
        StringBuilder key = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static List<Node> wholeNote(ParsedNote note) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = note.document().getFirstChild(); node != null; node = node.getNext()) {
            nodes.add(node);
        }
        return nodes;
    }

    // What a note's title heading heads: everything before the note's next H1 ("# Footer" is a part of its own).
    private static List<Node> titleSection(ParsedNote note) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = note.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading && heading.getLevel() == 1) {
                break;
            }
            nodes.add(node);
        }
        return nodes;
    }

    // A heading and everything after it up to the next heading of the same or a higher level.
    private static List<Node> section(ParsedNote note, int headingIndex) {
        com.vladsch.flexmark.ast.Heading heading = note.headingNodes().get(headingIndex);
        List<Node> nodes = new ArrayList<>(List.of(heading));
        for (Node node = heading.getNext(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading next && next.getLevel() <= heading.getLevel()) {
                break;
            }
            nodes.add(node);
        }
        return nodes;
    }

    // Embeds that come back to where they started are shown once; say where the cycle is.
    private void reportEmbedCycles(List<ParsedNote> notes, LinkTable table) {
        // Each note's embeds of a note, by where they lead.
        Map<String, List<WikiLink>> embeds = new HashMap<>();
        Map<WikiLink, String> sources = new IdentityHashMap<>();
        for (ParsedNote note : notes) {
            List<WikiLink> ofNote = new ArrayList<>();
            for (WikiLink link : note.links()) {
                LinkResolution resolution = table.resolution(link);
                if (link.isEmbed() && resolution != null && resolution.kind() == LinkResolution.Kind.NOTE) {
                    ofNote.add(link);
                    sources.put(link, resolution.embedSource());
                }
            }
            embeds.put(note.note().path(), ofNote);
        }
        for (ParsedNote note : notes) {
            for (WikiLink link : embeds.get(note.note().path())) {
                if (link.target().isEmpty()) {
                    continue; // a section of the same note: shown once by the renderer's own guard
                }
                String start = note.note().path();
                if (reaches(sources.get(link), start, embeds, sources, new java.util.HashSet<>())) {
                    diagnostics.report(severity, note.note().displayPath(), note.line(link.getStartOffset()),
                            note.column(link.getStartOffset()), "embed cycle: " + link.getChars()
                                    + " leads back to " + note.note().title() + "; it is shown only once");
                }
            }
        }
    }

    private static boolean reaches(String from, String goal, Map<String, List<WikiLink>> embeds,
                                   Map<WikiLink, String> sources, java.util.Set<String> seen) {
        if (from.equals(goal)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (WikiLink link : embeds.getOrDefault(from, List.of())) {
            if (reaches(sources.get(link), goal, embeds, sources, seen)) {
                return true;
            }
        }
        return false;
    }
}
