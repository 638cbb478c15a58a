package dev.handbook.interview;

import dev.handbook.markdown.ParsedNote;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questions found in each note's parse, with the anchors given to them, kept by a preview so that its next
 * rebuild looks for questions again only in the notes it parsed again. A parse is matched by identity: a reused
 * parse is the same object, and the anchors kept are of its nodes.
 */
public final class FoundQuestions {

    private record Entry(ParsedNote parsed, QuestionScope.Scope scope, List<EmbeddedQuestions.Range> shown,
                         QuestionExtractor.Extracted extracted) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** The questions found in this very parse, or null when it was not looked at. */
    public List<?> of(ParsedNote parsed) {
        Entry entry = byPath.get(parsed.note().path());
        return entry != null && entry.parsed() == parsed ? entry.extracted().found() : null;
    }

    // What a note holds changes without its parse when a stage starts or stops embedding a part of it.
    QuestionExtractor.Extracted found(ParsedNote parsed, QuestionScope.Scope scope,
                                      List<EmbeddedQuestions.Range> shown) {
        Entry entry = byPath.get(parsed.note().path());
        return entry != null && entry.parsed() == parsed && entry.scope() == scope && entry.shown().equals(shown)
                ? entry.extracted() : null;
    }

    void put(ParsedNote parsed, QuestionScope.Scope scope, List<EmbeddedQuestions.Range> shown,
             QuestionExtractor.Extracted extracted) {
        byPath.put(parsed.note().path(), new Entry(parsed, scope, List.copyOf(shown), extracted));
    }
}
