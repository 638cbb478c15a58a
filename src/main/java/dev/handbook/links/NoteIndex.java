package dev.handbook.links;

import dev.handbook.config.Suggestions;
import dev.handbook.vault.Asset;
import dev.handbook.vault.Note;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the note or file a link names, the way Obsidian does: case-insensitive; a bare name is the note
 * with that file name anywhere in the vault (the shortest path when several have it); a path is read
 * from the vault root, then from the linking note's folder, then as the end of a longer path; aliases last.
 */
public final class NoteIndex {

    /** How many names all the "did you mean" hints of one build may be compared with. */
    static final long SUGGESTION_BUDGET = 2_000_000;

    /** Shortest path first, then alphabetical: the deterministic pick among notes sharing a name. */
    static final Comparator<String> PREFERENCE = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final Map<String, Note> byPath = new HashMap<>();
    private final Map<String, List<Note>> byName = new HashMap<>();
    private final Map<String, List<Note>> byAlias = new HashMap<>();
    /** Every ending of every path after a slash ({@code b/c} and {@code c} for {@code a/b/c}): no scan per link. */
    private final Map<String, List<Note>> bySuffix = new HashMap<>();
    private final Map<String, Asset> assetsByPath = new HashMap<>();
    private final Map<String, List<Asset>> assetsByName = new HashMap<>();
    private final List<Note> notes;
    /** Names and titles by their first letter, for "did you mean": made on the first link that names nothing. */
    private Map<Integer, Map<String, String>> nameByKey;
    private final Map<String, String> nearest = new ConcurrentHashMap<>();
    // Names compared for "did you mean" so far. Each link that names nothing is compared with every name that
    // starts with its letter, so a vault of thousands of notes and thousands of such links could spend
    // seconds on hints; past the budget there are none. The callers ask in a fixed order.
    private long compared;
    private final long budget;

    /** Indexes the notes and attachments of one build. */
    public NoteIndex(List<Note> notes, List<Asset> assets) {
        this(notes, assets, SUGGESTION_BUDGET);
    }

    /** Indexes the notes and attachments, with this many name comparisons for "did you mean" hints. */
    NoteIndex(List<Note> notes, List<Asset> assets, long budget) {
        this.notes = notes;
        this.budget = budget;
        for (Note note : notes) {
            byPath.put(key(withoutExtension(note.path())), note);
            byName.computeIfAbsent(key(note.name()), k -> new ArrayList<>()).add(note);
            for (String alias : note.aliases()) {
                byAlias.computeIfAbsent(key(alias), k -> new ArrayList<>()).add(note);
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparing(Note::path, PREFERENCE)));
        byAlias.values().forEach(list -> list.sort(Comparator.comparing(Note::path, PREFERENCE)));
        byPath.forEach((path, note) -> {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                bySuffix.computeIfAbsent(path.substring(slash + 1), k -> new ArrayList<>()).add(note);
            }
        });
        bySuffix.values().forEach(list -> list.sort(Comparator.comparing(Note::path, PREFERENCE)));
        for (Asset asset : assets) {
            assetsByPath.put(key(asset.path()), asset);
            assetsByName.computeIfAbsent(key(asset.name()), k -> new ArrayList<>()).add(asset);
        }
        assetsByName.values().forEach(list -> list.sort(Comparator.comparing(Asset::path, PREFERENCE)));
    }

    /** A note found for a link, with the other notes that would have matched a bare name. */
    public record Match(Note note, List<Note> candidates) {
    }

    /** The note a link target names, or null. */
    public Match note(Note from, String target) {
        String name = withoutExtension(target.replace('\\', '/').trim());
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return null;
        }
        if (name.contains("/")) {
            Note exact = byPath.get(key(name));
            if (exact == null) {
                exact = byPath.get(key(Paths.join(from.folder(), name)));
            }
            if (exact != null) {
                return new Match(exact, List.of(exact));
            }
            List<Note> endings = bySuffix.getOrDefault(key(name), List.of());
            return endings.isEmpty() ? null : new Match(endings.get(0), endings);
        }
        List<Note> named = byName.getOrDefault(key(name), List.of());
        if (!named.isEmpty()) {
            return new Match(named.get(0), named);
        }
        List<Note> aliased = byAlias.getOrDefault(key(name), List.of());
        return aliased.isEmpty() ? null : new Match(aliased.get(0), aliased);
    }

    /**
     * The name of the note a target that names none was probably meant to name, or null: a name or title
     * (an H1 or {@code title:}, which Obsidian links do not find) a typo away, starting with the same letter.
     */
    public String nearestName(String target) {
        String wanted = key(withoutExtension(target.replace('\\', '/').trim()));
        wanted = wanted.substring(wanted.lastIndexOf('/') + 1);
        if (wanted.isEmpty()) {
            return null;
        }
        String found = nearest.computeIfAbsent(wanted, this::nearestTo);
        return found.isEmpty() ? null : found;
    }

    /**
     * "did you mean [[Values and Collaboration]]? Otherwise " when {@link #nearestName} finds a note for the
     * target, else nothing: the start of the advice in a diagnostic about a name that names no note.
     */
    public String didYouMean(String target) {
        String nearest = target.isBlank() ? null : nearestName(target);
        return nearest == null ? "" : "did you mean [[" + nearest + "]]? Otherwise ";
    }

    private String nearestTo(String wanted) {
        Map<String, String> sameLetter = namesByLetter().getOrDefault(wanted.codePointAt(0), Map.of());
        if (!spend(sameLetter.size())) {
            return "";
        }
        String name = sameLetter.get(wanted); // a title written in place of the file name
        if (name == null) {
            String key = Suggestions.nearest(wanted, sameLetter.keySet());
            name = key == null ? null : sameLetter.get(key);
        }
        return name == null ? "" : name;
    }

    private synchronized boolean spend(int names) {
        compared += names;
        return compared <= budget;
    }

    // The preferred note's name wins a key that several share, whatever order the notes came in.
    private synchronized Map<Integer, Map<String, String>> namesByLetter() {
        if (nameByKey == null) {
            Map<Integer, Map<String, String>> byLetter = new HashMap<>();
            notes.stream().sorted(Comparator.comparing(Note::path, PREFERENCE)).forEach(note -> {
                for (String key : List.of(key(note.name()), key(note.title()))) {
                    if (!key.isEmpty()) {
                        byLetter.computeIfAbsent(key.codePointAt(0), k -> new java.util.TreeMap<>())
                                .putIfAbsent(key, note.name());
                    }
                }
            });
            nameByKey = byLetter;
        }
        return nameByKey;
    }

    /** The attachment a link target names: by path from the root or the note's folder, else by file name. */
    public Asset asset(Note from, String target) {
        String name = target.replace('\\', '/').trim();
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        Asset exact = assetsByPath.get(key(name));
        if (exact == null) {
            exact = assetsByPath.get(key(Paths.join(from.folder(), name)));
        }
        if (exact != null || name.contains("/")) {
            return exact;
        }
        List<Asset> named = assetsByName.getOrDefault(key(name), List.of());
        return named.isEmpty() ? null : named.get(0);
    }

    // Names compare in one Unicode form: a Mac may write "Café.md" with a separate accent (NFD) while the
    // link typed to it holds the composed "é" (NFC), and Obsidian treats them as the same name.
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String withoutExtension(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }
}
