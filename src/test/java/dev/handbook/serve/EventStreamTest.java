package dev.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test client's reading of server-sent events, which the serve tests and the benchmark rely on. */
class EventStreamTest {

    @Test
    void readsReloadEventsTheWayLiveReloadWritesThem() {
        EventStream.Parser parser = new EventStream.Parser();
        List<EventStream.Event> events = new ArrayList<>();
        for (String line : List.of(": connected", "", "event: reload", "data: a/b/index.html", "data: tags/index.html",
                "", "event: problem", "data: content/A.md:1:1: error: bad", "")) {
            EventStream.Event event = parser.feed(line);
            if (event != null) {
                events.add(event);
            }
        }
        assertEquals(List.of(new EventStream.Event("reload", List.of("a/b/index.html", "tags/index.html")),
                new EventStream.Event("problem", List.of("content/A.md:1:1: error: bad"))), events,
                "the greeting is a comment, not an event");
    }

    @Test
    void anEventWithoutDataIsNotDispatched() {
        EventStream.Parser parser = new EventStream.Parser();
        assertNull(parser.feed("event: reload"));
        assertNull(parser.feed(""));
        assertNull(parser.feed("data:x"));
        assertEquals(new EventStream.Event("message", List.of("x")), parser.feed(""),
                "the earlier event name does not carry over");
    }
}
