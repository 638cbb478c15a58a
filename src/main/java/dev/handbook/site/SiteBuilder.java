package dev.handbook.site;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.links.MissingNote;
import dev.handbook.markdown.tag.TagPaths;
import dev.handbook.site.PageModel.TagEntry;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import dev.handbook.vault.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /**
     * In such a handbook, a folder holding more entries than this shows only this many of them in the sidebar,
     * those around the open page, with links to the folder page for the rest: a flat vault of 10,000 notes
     * would otherwise list every note on every page, and the site would grow with the square of its notes.
     */
    static final int SIDEBAR_FOLDER_LIMIT = 50;

    /**
     * The "Missing notes" page holds about this many links to them before it goes on to another page: a vault
     * that links to thousands of notes not written yet (a generated one of 10,000 notes linked to 6,700) made
     * one page of 2 MB.
     */
    static final int MISSING_LINKS_PER_PAGE = 500;

    private static final String MISSING_NOTES = "missing-notes/";
    private static final String FOLDER = "the folder ";

    private final Diagnostics diagnostics;
    private final Set<String> generated;

    /**
     * Creates a builder that reports layout problems, such as two notes on one address.
     *
     * @param generated the files the build writes beside the pages (theme assets, the search index, the
     *                  question export, the PDFs...), which no note or attachment may take the place of
     */
    public SiteBuilder(Diagnostics diagnostics, Set<String> generated) {
        this.diagnostics = diagnostics;
        this.generated = Set.copyOf(generated);
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
        // A folder's own page names the folder in a clash: "content/scorecards/" can be renamed, while "the
        // generated page scorecards/index.html" was the same words for it and for the tool's page, and the clash
        // went unreported (the page left there changed from build to build).
        Map<Page, String> folderPages = new IdentityHashMap<>();
        List<NavEntry> navigation = navigation(folders, folders.get(""));
        Sidebars sidebars = count(navigation) > FULL_NAVIGATION_LIMIT ? new Sidebars(navigation, folders) : null;
        List<Page> result = new ArrayList<>();
        for (NoteContent content : pages) {
            Note note = content.note();
            PageModel.NotePart part = PageModel.NotePart.of(note, content.html(), content.titleHtml(),
                    content.headings(), content.tags(), interview.listedQuestions(note.path()),
                    breadcrumbs(folders, note.folder()), content.backlinks(),
                    sidebars == null ? null : PageModel.PageSidebar.of(sidebars.of(note.folder(), note.url())));
            result.add(new Page(note.url(), note.title(), note.displayPath(), interview.notePage(part)));
        }
        for (Folder folder : folders.values()) {
            if (folder.path().isEmpty()) {
                continue;
            }
            PageModel.FolderPage model = new PageModel.FolderPage(folder.intro() == null ? "" : folder.intro().html(),
                    folder.notes(), folder.subfolders().stream().map(folders::get).toList(),
                    breadcrumbs(folders, parent(folder.path())),
                    sidebars == null ? null : PageModel.PageSidebar.of(sidebars.of(folder.path(), folder.url())));
            String source = folder.intro() == null ? "" : folder.intro().note().displayPath();
            Page page = new Page(folder.url(), folder.title(), source, model);
            result.add(page);
            if (source.isEmpty()) {
                folderPages.put(page, contentFolder(contents) + folder.path() + "/");
            }
        }
        Folder top = folders.get("");
        PageModel.HomePage home = new PageModel.HomePage(top.intro() == null ? "" : top.intro().html(), top.notes(),
                top.subfolders().stream().map(folders::get).toList());
        String homeSource = top.intro() == null ? "" : top.intro().note().displayPath();
        result.add(new Page("", top.intro() == null ? "" : top.title(), homeSource, home));
        result.add(new Page("404.html", "Page not found", "", new PageModel.NotFoundPage()));
        result.addAll(tagPages(contents)); // a folder's intro and the home page link their tags too
        result.addAll(interview.pages());
        result.addAll(missingPages(missing));
        checkCollisions(result, folderPages, assets);
        result.sort(Comparator.comparing(Page::outputPath));
        // The pages with no sidebar of their own (indexes, tags, sheets...) all show the top level, even when
        // it is cut around no page in particular.
        Sidebar topLevel = new Sidebar(sidebars != null ? sidebars.of("", "").entries() : navigation, true);
        return new Site(List.copyOf(result), topLevel, assets);
    }

    // The missing notes in their order, a page at a time; a missing note is never split across pages.
    private static List<Page> missingPages(List<MissingNote> missing) {
        List<List<MissingNote>> cut = new ArrayList<>();
        List<MissingNote> current = new ArrayList<>();
        int links = 0;
        for (MissingNote note : missing) {
            if (!current.isEmpty() && links + note.referrers().size() > MISSING_LINKS_PER_PAGE) {
                cut.add(current);
                current = new ArrayList<>();
                links = 0;
            }
            current.add(note);
            links += note.referrers().size();
        }
        cut.add(current);
        List<Page> pages = new ArrayList<>();
        for (int number = 0; number < cut.size(); number++) {
            pages.add(new Page(PageModel.Paging.pageUrl(MISSING_NOTES, number),
                    PageModel.Paging.pageTitle("Missing notes", number, cut.size()), "",
                    new PageModel.MissingNotesPage(List.copyOf(cut.get(number)),
                            PageModel.Paging.of(MISSING_NOTES, number, cut.size()))));
        }
        return pages;
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
            addWithParents(paths, folder);
        }
        // A folder whose only note is its index.md still has parents (teams/platform/index.md alone made no
        // "teams", and drawing the breadcrumbs failed).
        indexes.keySet().forEach(folder -> addWithParents(paths, folder));
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

    private static void addWithParents(Set<String> paths, String folder) {
        for (String path = folder; !path.isEmpty(); path = parent(path)) {
            paths.add(path);
        }
    }

    // One page per tag and per parent of a nested tag (#a/b also lists under #a), plus the index.
    private static List<Page> tagPages(List<NoteContent> pages) {
        Map<String, String> names = new TreeMap<>();
        // By path: one look-up per note, not a scan of the tag's list, and no hash of a whole note.
        Map<String, Map<String, Note>> notes = new TreeMap<>();
        for (NoteContent content : pages) {
            for (String tag : content.tags()) {
                for (String level : TagPaths.withParents(tag)) {
                    // Tags are one page per address: #team_lead and #Team-Lead share tags/team-lead/, and were
                    // two pages written to it, the one left there changing from build to build. The page is
                    // named after the first of its spellings in sort order, whichever note comes first.
                    String key = TagPaths.url(level);
                    names.merge(key, level, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    notes.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(content.note().path(), content.note());
                }
            }
        }
        List<TagEntry> entries = new ArrayList<>();
        List<Page> result = new ArrayList<>();
        names.forEach((key, name) -> {
            TagEntry entry = new TagEntry(name, TagPaths.url(name), inReadingOrder(notes.get(key).values()));
            entries.add(entry);
            result.add(new Page(entry.url(), "#" + name, "", new PageModel.TagPage(entry)));
        });
        entries.sort(Comparator.comparing((TagEntry entry) -> entry.name().toLowerCase(Locale.ROOT))
                .thenComparing(TagEntry::url));
        result.add(new Page("tags/", "Tags", "", new PageModel.TagsPage(List.copyOf(entries))));
        return result;
    }

    private static int count(List<NavEntry> entries) {
        int count = entries.size();
        for (NavEntry entry : entries) {
            count += count(entry.children());
        }
        return count;
    }

    /**
     * The sidebars of a big handbook: the top level and the folders that hold the page, each long folder cut to
     * the entries around the open one. Pages of one folder share a sidebar unless that folder is cut.
     */
    private static final class Sidebars {
        private final List<NavEntry> navigation;
        private final Map<String, Folder> folders;
        private final Map<String, Integer> positions = new HashMap<>(); // an entry's place in its folder's list
        private final Map<String, Sidebar> shared = new HashMap<>();

        Sidebars(List<NavEntry> navigation, Map<String, Folder> folders) {
            this.navigation = navigation;
            this.folders = folders;
            place(navigation);
        }

        private void place(List<NavEntry> entries) {
            for (int i = 0; i < entries.size(); i++) {
                positions.put(entries.get(i).url(), i);
                place(entries.get(i).children());
            }
        }

        /** The sidebar of the page at {@code url} in the folder at {@code folderPath} ("" for the top). */
        Sidebar of(String folderPath, String url) {
            Folder folder = folders.get(folderPath);
            Set<String> open = new HashSet<>();
            for (String path = folderPath; !path.isEmpty(); path = parent(path)) {
                open.add(folders.get(path).url());
            }
            if (folder.notes().size() + folder.subfolders().size() > SIDEBAR_FOLDER_LIMIT) {
                open.add(url); // where the folder's own list is cut depends on the page
                return new Sidebar(branch(navigation, "", open), false);
            }
            return shared.computeIfAbsent(folderPath, path -> new Sidebar(branch(navigation, "", open), true));
        }

        // The entries with only the open folders' lists shown (the others become links to their folder pages),
        // and a long list cut to the entries around its open one.
        private List<NavEntry> branch(List<NavEntry> entries, String folderUrl, Set<String> open) {
            int from = 0;
            int to = entries.size();
            if (to > SIDEBAR_FOLDER_LIMIT) {
                int at = 0;
                for (String url : open) {
                    Integer position = positions.get(url);
                    if (position != null && position < entries.size() && entries.get(position).url().equals(url)) {
                        at = position;
                    }
                }
                from = Math.max(0, Math.min(at - SIDEBAR_FOLDER_LIMIT / 2, entries.size() - SIDEBAR_FOLDER_LIMIT));
                to = from + SIDEBAR_FOLDER_LIMIT;
            }
            List<NavEntry> result = new ArrayList<>(to - from + 2);
            if (from > 0) {
                result.add(NavEntry.more(from, folderUrl));
            }
            for (NavEntry entry : entries.subList(from, to)) {
                result.add(!entry.isFolder() ? entry : new NavEntry(entry.title(), entry.url(),
                        open.contains(entry.url()) ? branch(entry.children(), entry.url(), open) : List.of()));
            }
            if (to < entries.size()) {
                result.add(NavEntry.more(entries.size() - to, folderUrl));
            }
            return List.copyOf(result);
        }
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

    private void checkCollisions(List<Page> pages, Map<Page, String> folderPages, List<Asset> assets) {
        Map<String, String> owners = new HashMap<>();
        for (Page page : pages) {
            String owner = !page.source().isEmpty() ? page.source()
                    : folderPages.containsKey(page) ? FOLDER + folderPages.get(page)
                    : "the generated page " + page.outputPath();
            claim(owners, page.outputPath().toLowerCase(Locale.ROOT), owner);
        }
        // Generated files are claimed before attachments: content/theme/handbook.css used to replace the
        // theme's stylesheet without a word.
        for (String file : new TreeSet<>(generated)) {
            claim(owners, file.toLowerCase(Locale.ROOT), "the generated file " + file);
        }
        for (Asset asset : assets) {
            claim(owners, asset.path().toLowerCase(Locale.ROOT), asset.displayPath());
        }
        // A path of the site cannot be a file and a folder at once (content/search-index.js/notes.txt under the
        // generated search-index.js was refused only when the site was written, naming no note).
        for (Map.Entry<String, String> owner : new TreeMap<>(owners).entrySet()) {
            for (String folder = parent(owner.getKey()); !folder.isEmpty(); folder = parent(folder)) {
                String file = owners.get(folder);
                if (file != null) {
                    // Reported against the note or attachment of the two: that is what can be renamed.
                    String where = owner.getValue().startsWith("the generated") ? file : owner.getValue();
                    diagnostics.error(where, 1, 1, owner.getValue() + " would be written to " + owner.getKey()
                            + ", inside " + folder + ", which is " + file + "; rename the folder or the file");
                    break;
                }
            }
        }
    }

    private void claim(Map<String, String> owners, String output, String source) {
        String previous = owners.putIfAbsent(output, source);
        if (previous != null && !previous.equals(source)) {
            String first = previous.compareTo(source) <= 0 ? previous : source;
            String second = first.equals(previous) ? source : previous;
            boolean generated = first.startsWith("the generated") || second.startsWith("the generated");
            String where = second.startsWith("the generated") ? first : second;
            // A folder has no line to point at: the diagnostic names the folder alone.
            boolean folder = where.startsWith(FOLDER);
            diagnostics.error(folder ? where.substring(FOLDER.length()) : where, folder ? 0 : 1, folder ? 0 : 1,
                    "both " + first + " and " + second + " would be written to " + output
                    + (generated ? "; rename " + where + " (the generated one is the tool's)"
                            : "; rename one of them or give one a 'slug:' in its front matter"));
        }
    }

    // The content folder as diagnostics name it ("content/"), from any note's two paths.
    private static String contentFolder(List<NoteContent> notes) {
        Note note = notes.get(0).note();
        return note.displayPath().substring(0, note.displayPath().length() - note.path().length());
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
