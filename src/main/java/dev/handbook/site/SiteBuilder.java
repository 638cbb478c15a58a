package dev.handbook.site;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.links.MissingNote;
import dev.handbook.markdown.TagPaths;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import dev.handbook.vault.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays out the handbook: one page per note, a page per folder, the home page and 404, and the navigation.
 *
 * <p>A folder's {@code index.md}, or a note named like the folder beside it (Obsidian's folder note),
 * is not a page of its own: its text introduces the folder's page (or, at the root, the home page).
 */
public final class SiteBuilder {

    /**
     * Notes in reading order: {@code order}/{@code weight} first, then title, then path so ties never flip. Each
     * note's key is made once, not twice at every comparison of the sort.
     */
    static List<Note> inReadingOrder(Collection<Note> notes) {
        record Keyed(int order, String title, String path, Note note) {
        }
        return notes.stream()
                .map(note -> new Keyed(note.order() == null ? Integer.MAX_VALUE : note.order(),
                        note.title().toLowerCase(Locale.ROOT), note.path(), note))
                .sorted(Comparator.comparingInt(Keyed::order).thenComparing(Keyed::title).thenComparing(Keyed::path))
                .map(Keyed::note)
                .toList();
    }

    /**
     * Above this many entries a sidebar of every note would outweigh the page (at 10,000 notes each page
     * would carry a megabyte of links), so each page then shows the top level and the folders that hold it.
     */
    static final int FULL_NAVIGATION_LIMIT = 500;

    private final Diagnostics diagnostics;

    /** Creates a builder that reports layout problems, such as two notes on one address. */
    public SiteBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Lays out notes (sorted by path) and assets into pages. */
    public Site build(List<NoteContent> contents, List<Asset> assets, List<MissingNote> missing,
                      InterviewPages interview) {
        Set<String> folderPaths = new HashSet<>();
        Set<String> withIndex = new HashSet<>();
        for (NoteContent content : contents) {
            if (content.note().isFolderIndex()) {
                withIndex.add(content.note().folder());
            }
            for (String path = content.note().folder(); !path.isEmpty(); path = parent(path)) {
                folderPaths.add(path);
            }
        }
        Map<String, NoteContent> indexes = new HashMap<>();
        List<NoteContent> pages = new ArrayList<>();
        for (NoteContent content : contents) {
            String path = content.note().path();
            String withoutExtension = path.substring(0, path.length() - 3);
            if (content.note().isFolderIndex()) {
                indexes.put(content.note().folder(), content);
            } else if (folderPaths.contains(withoutExtension) && !withIndex.contains(withoutExtension)) {
                indexes.put(withoutExtension, content); // Obsidian's "folder note": guides.md beside guides/
            } else {
                pages.add(content);
            }
        }
        Map<String, Folder> folders = folders(pages, indexes);
        List<NavEntry> navigation = navigation(folders, folders.get(""));
        boolean branches = count(navigation) > FULL_NAVIGATION_LIMIT;
        Map<String, List<NavEntry>> sidebars = new HashMap<>(); // one per folder, shared by the folder's pages
        List<Page> result = new ArrayList<>();
        for (NoteContent content : pages) {
            Note note = content.note();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("note", note);
            model.put("content", content.html());
            model.put("headings", content.headings());
            model.put("breadcrumbs", breadcrumbs(folders, note.folder()));
            model.put("backlinks", content.backlinks());
            model.put("tags", content.tags().stream().map(tag -> new TagLink(tag, TagPaths.url(tag))).toList());
            if (branches) {
                model.put("navigation", sidebars.computeIfAbsent(note.folder(),
                        path -> branch(navigation, openFolders(folders, path))));
            }
            InterviewPages.NoteView view = interview.noteView(note.path());
            if (view != null) {
                model.putAll(view.model());
            }
            result.add(new Page(note.url(), view == null ? "note" : view.template(), note.title(), note.displayPath(),
                    model));
        }
        for (Folder folder : folders.values()) {
            if (folder.path().isEmpty()) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("intro", folder.intro() == null ? "" : folder.intro().html());
            model.put("notes", folder.notes());
            model.put("folders", folder.subfolders().stream().map(folders::get).toList());
            model.put("breadcrumbs", breadcrumbs(folders, parent(folder.path())));
            if (branches) {
                model.put("navigation", sidebars.computeIfAbsent(folder.path(),
                        path -> branch(navigation, openFolders(folders, path))));
            }
            String source = folder.intro() == null ? "" : folder.intro().note().displayPath();
            result.add(new Page(folder.url(), "folder", folder.title(), source, model));
        }
        Folder top = folders.get("");
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("intro", top.intro() == null ? "" : top.intro().html());
        home.put("notes", top.notes());
        home.put("sections", top.subfolders().stream().map(folders::get).toList());
        String homeSource = top.intro() == null ? "" : top.intro().note().displayPath();
        result.add(new Page("", "home", top.intro() == null ? "" : top.title(), homeSource, home));
        result.add(new Page("404.html", "404", "Page not found", "", Map.of()));
        result.addAll(tagPages(pages));
        result.addAll(interview.pages());
        result.add(new Page("missing-notes/", "missing", "Missing notes", "", Map.of("missing", missing)));
        checkCollisions(result, assets);
        result.sort(Comparator.comparing(Page::outputPath));
        return new Site(List.copyOf(result), branches ? branch(navigation, Set.of()) : navigation, assets);
    }

    /** A folder of the vault as the site shows it. */
    public record Folder(String path, String url, String title, NoteContent intro, Integer order,
                         List<Note> notes, List<String> subfolders) {
    }

    private static Map<String, Folder> folders(List<NoteContent> pages, Map<String, NoteContent> indexes) {
        Map<String, List<Note>> notesByFolder = new TreeMap<>();
        TreeSet<String> paths = new TreeSet<>(List.of(""));
        for (NoteContent content : pages) {
            String folder = content.note().folder();
            notesByFolder.computeIfAbsent(folder, key -> new ArrayList<>()).add(content.note());
            for (String path = folder; !path.isEmpty(); path = parent(path)) {
                paths.add(path);
            }
        }
        paths.addAll(indexes.keySet());
        Map<String, List<String>> subfoldersByParent = new HashMap<>();
        for (String path : paths) {
            if (!path.isEmpty()) {
                subfoldersByParent.computeIfAbsent(parent(path), key -> new ArrayList<>()).add(path);
            }
        }
        Map<String, Folder> folders = new LinkedHashMap<>();
        for (String path : paths) {
            NoteContent intro = indexes.get(path);
            List<Note> notes = inReadingOrder(notesByFolder.getOrDefault(path, List.of()));
            List<String> subfolders = subfoldersByParent.getOrDefault(path, List.of());
            String title = intro != null ? intro.note().title() : folderTitle(path);
            Integer order = intro == null ? null : intro.note().order();
            folders.put(path, new Folder(path, folderUrl(path), title, intro, order, List.copyOf(notes), subfolders));
        }
        Comparator<String> byOrder = Comparator
                .comparing((String p) -> folders.get(p).order() == null ? Integer.MAX_VALUE : folders.get(p).order())
                .thenComparing(p -> folders.get(p).title().toLowerCase(Locale.ROOT));
        folders.replaceAll((path, folder) -> new Folder(folder.path(), folder.url(), folder.title(), folder.intro(),
                folder.order(), folder.notes(), folder.subfolders().stream().sorted(byOrder).toList()));
        return folders;
    }

    /** A tag as a link to its page. */
    public record TagLink(String name, String url) {
    }

    /** A tag page's entry in the tag index. */
    public record TagEntry(String name, String url, List<Note> notes) {
    }

    // One page per tag and per parent of a nested tag (#a/b also lists under #a), plus the index.
    private static List<Page> tagPages(List<NoteContent> pages) {
        Map<String, String> names = new TreeMap<>();
        // By path: one look-up per note, not a scan of the tag's list, and no hash of a whole note.
        Map<String, Map<String, Note>> notes = new TreeMap<>();
        for (NoteContent content : pages) {
            for (String tag : content.tags()) {
                for (String level : TagPaths.withParents(tag)) {
                    String key = level.toLowerCase(Locale.ROOT);
                    names.putIfAbsent(key, level);
                    notes.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(content.note().path(), content.note());
                }
            }
        }
        List<TagEntry> entries = new ArrayList<>();
        List<Page> result = new ArrayList<>();
        names.forEach((key, name) -> {
            TagEntry entry = new TagEntry(name, TagPaths.url(name), inReadingOrder(notes.get(key).values()));
            entries.add(entry);
            result.add(new Page(entry.url(), "tag", "#" + name, "", Map.of("tag", entry)));
        });
        result.add(new Page("tags/", "tags", "Tags", "", Map.of("tags", List.copyOf(entries))));
        return result;
    }

    private static int count(List<NavEntry> entries) {
        int count = entries.size();
        for (NavEntry entry : entries) {
            count += count(entry.children());
        }
        return count;
    }

    // The addresses of a folder and of every folder above it: the folders a page's sidebar opens.
    private static Set<String> openFolders(Map<String, Folder> folders, String folderPath) {
        Set<String> open = new HashSet<>();
        for (String path = folderPath; !path.isEmpty(); path = parent(path)) {
            open.add(folders.get(path).url());
        }
        return open;
    }

    // The tree with only the open folders' entries listed; the others become links to their folder pages.
    private static List<NavEntry> branch(List<NavEntry> entries, Set<String> open) {
        List<NavEntry> result = new ArrayList<>(entries.size());
        for (NavEntry entry : entries) {
            if (!entry.isFolder()) {
                result.add(entry);
            } else {
                result.add(new NavEntry(entry.title(), entry.url(),
                        open.contains(entry.url()) ? branch(entry.children(), open) : List.of()));
            }
        }
        return List.copyOf(result);
    }

    private static List<NavEntry> navigation(Map<String, Folder> folders, Folder top) {
        List<NavEntry> entries = new ArrayList<>();
        for (String sub : top.subfolders()) {
            entries.add(navEntry(folders, folders.get(sub)));
        }
        for (Note note : top.notes()) {
            entries.add(new NavEntry(note.title(), note.url(), List.of()));
        }
        return List.copyOf(entries);
    }

    private static NavEntry navEntry(Map<String, Folder> folders, Folder folder) {
        List<NavEntry> children = new ArrayList<>();
        for (String sub : folder.subfolders()) {
            children.add(navEntry(folders, folders.get(sub)));
        }
        for (Note note : folder.notes()) {
            children.add(new NavEntry(note.title(), note.url(), List.of()));
        }
        return new NavEntry(folder.title(), folder.url(), List.copyOf(children));
    }

    private static List<NavEntry> breadcrumbs(Map<String, Folder> folders, String folderPath) {
        List<NavEntry> crumbs = new ArrayList<>();
        for (String path = folderPath; !path.isEmpty(); path = parent(path)) {
            Folder folder = folders.get(path);
            crumbs.add(0, new NavEntry(folder.title(), folder.url(), List.of()));
        }
        return List.copyOf(crumbs);
    }

    private void checkCollisions(List<Page> pages, List<Asset> assets) {
        Map<String, String> owners = new HashMap<>();
        for (Page page : pages) {
            claim(owners, page.outputPath().toLowerCase(Locale.ROOT), page.source().isEmpty()
                    ? "the generated page " + page.outputPath() : page.source());
        }
        for (Asset asset : assets) {
            claim(owners, asset.path().toLowerCase(Locale.ROOT), asset.displayPath());
        }
    }

    // Case-insensitive, because macOS and Windows file systems would merge the two files.
    private void claim(Map<String, String> owners, String output, String source) {
        String previous = owners.putIfAbsent(output, source);
        if (previous != null && !previous.equals(source)) {
            String first = previous.compareTo(source) <= 0 ? previous : source;
            String second = first.equals(previous) ? source : previous;
            diagnostics.error(second.startsWith("the generated") ? first : second, 1, 1,
                    "both " + first + " and " + second + " would be written to " + output
                            + "; rename one of them or give one a 'slug:' in its front matter");
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String folderUrl(String path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder url = new StringBuilder();
        for (String part : path.split("/")) {
            url.append(Slugs.slug(part)).append('/');
        }
        return url.toString();
    }

    private static String folderTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').trim();
        return name.isEmpty() ? "Home" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
