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

    private record Entry(ParsedNote parsed, QuestionScope.Scope scope, List<EmbeddedQuestions.Range> shown,
                         List<QuestionExtractor.Found> found) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** The questions found in this very parse, or null when it was not looked at. */
    public List<?> of(ParsedNote parsed) {
        Entry entry = byPath.get(parsed.note().path());
        return entry != null && entry.parsed() == parsed ? entry.found() : null;
    }

    // What a note holds changes without its parse when a stage starts or stops embedding a part of it.
    List<QuestionExtractor.Found> found(ParsedNote parsed, QuestionScope.Scope scope, List<EmbeddedQuestions.Range> shown) {
        Entry entry = byPath.get(parsed.note().path());
        return entry != null && entry.parsed() == parsed && entry.scope() == scope && entry.shown().equals(shown)
                ? entry.found() : null;
    }

    void put(ParsedNote parsed, QuestionScope.Scope scope, List<EmbeddedQuestions.Range> shown,
             List<QuestionExtractor.Found> found) {
        byPath.put(parsed.note().path(), new Entry(parsed, scope, List.copyOf(shown), List.copyOf(found)));
    }
}
