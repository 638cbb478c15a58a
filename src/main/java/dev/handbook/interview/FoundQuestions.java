package dev.handbook.interview;

import dev.handbook.markdown.ParsedNote;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questions found in each note's parse, kept by a preview so that its next rebuild looks for questions
 * again only in the notes it parsed again. A parse is matched by identity: a reused parse is the same object,
 * and its question anchors are still set on it from when its questions were found.
 */
public final class FoundQuestions {

    private record Entry(ParsedNote parsed, List<QuestionExtractor.Found> found) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** The questions found in this very parse, or null when it was not looked at. */
    public List<?> of(ParsedNote parsed) {
        return found(parsed);
    }

    List<QuestionExtractor.Found> found(ParsedNote parsed) {
        Entry entry = byPath.get(parsed.note().path());
        return entry != null && entry.parsed() == parsed ? entry.found() : null;
    }

    void put(ParsedNote parsed, List<QuestionExtractor.Found> found) {
        byPath.put(parsed.note().path(), new Entry(parsed, List.copyOf(found)));
    }
}
