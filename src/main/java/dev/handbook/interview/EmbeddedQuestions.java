package dev.handbook.interview;

import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.wikilink.LinkResolution;
import dev.handbook.markdown.wikilink.WikiLink;
import dev.handbook.vault.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a note shows of other notes through its embeds ({@code ![[Experience Bank#Deep dive questions]]},
 * {@code ![[Bank#^block]]}): in Obsidian a stage is built from a bank this way, so the questions written inside
 * an embedded part belong to the stage that embeds it, wherever they are written.
 */
final class EmbeddedQuestions {

    /**
     * Lines {@code from}..{@code to} of the note at {@code path}, as one embed shows them; {@code at} is the line
     * of the embedding note whose embed shows them (through other embeds, maybe), which places them in its order.
     */
    record Range(String path, int from, int to, int at) {

        /** True when a question written at this line of that note is shown by the embed. */
        boolean shows(String notePath, int line) {
            return path.equals(notePath) && line >= from && line <= to;
        }
    }

    private EmbeddedQuestions() {
    }

    /** What each note that {@code embedding} accepts shows of other notes through its embeds, by its own path. */
    static Map<String, List<Range>> shownBy(List<ParsedNote> notes, LinkTable links, Predicate<Note> embedding) {
        Map<String, ParsedNote> byPath = byPath(notes);
        Map<String, List<Range>> shown = new TreeMap<>();
        for (ParsedNote parsed : notes) {
            if (embedding.test(parsed.note())) {
                shown.put(parsed.note().path(), ranges(parsed, links, byPath));
            }
        }
        return shown;
    }

    /** The same parts by the path of the note they are part of. */
    static Map<String, List<Range>> byShownNote(Map<String, List<Range>> shownBy) {
        Map<String, List<Range>> shown = new TreeMap<>();
        shownBy.values().forEach(ranges -> ranges.forEach(range ->
                shown.computeIfAbsent(range.path(), k -> new ArrayList<>()).add(range)));
        return shown;
    }

    /**
     * The parts of other notes a note shows through its embeds, in the order it embeds them, and the parts those
     * parts embed in turn (a stage that embeds a wrapper that embeds a bank's section asks its questions).
     */
    private static List<Range> ranges(ParsedNote parsed, LinkTable links, Map<String, ParsedNote> byPath) {
        List<Range> ranges = new ArrayList<>();
        collect(parsed, null, links, byPath, ranges, new java.util.HashSet<>(), 0);
        return ranges;
    }

    // The embeds of a note, or of the lines of it that an outer embed shows; each part once, so a cycle ends.
    private static void collect(ParsedNote parsed, Range within, LinkTable links, Map<String, ParsedNote> byPath,
                                List<Range> ranges, java.util.Set<Range> seen, int at) {
        for (WikiLink link : parsed.links()) {
            LinkResolution resolution = links.resolution(link);
            if (!link.isEmbed() || resolution == null || resolution.kind() != LinkResolution.Kind.NOTE
                    || resolution.embedded().isEmpty()) {
                continue;
            }
            if (within != null && !within.shows(parsed.note().path(), parsed.line(link.getStartOffset()))) {
                continue;
            }
            ParsedNote source = byPath.get(resolution.embedSource());
            if (source == null || source == parsed) {
                continue;
            }
            List<Node> shown = resolution.embedded();
            Node last = shown.get(shown.size() - 1);
            int line = within == null ? parsed.line(link.getStartOffset()) : at;
            Range range = new Range(source.note().path(), source.line(shown.get(0).getStartOffset()),
                    source.line(Math.max(last.getStartOffset(), last.getEndOffset() - 1)), line);
            if (seen.add(range)) {
                ranges.add(range);
                collect(source, range, links, byPath, ranges, seen, line);
            }
        }
    }

    private static Map<String, ParsedNote> byPath(List<ParsedNote> notes) {
        Map<String, ParsedNote> byPath = new HashMap<>();
        notes.forEach(parsed -> byPath.put(parsed.note().path(), parsed));
        return byPath;
    }
}
