package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview timer's parts that do not need a server: the event stream, page addresses, the statistics. */
class ServeTimingTest {

    @Test
    void readsReloadEventsTheWayLiveReloadWritesThem() {
        ServeTiming.EventParser parser = new ServeTiming.EventParser();
        List<ServeTiming.Heard> events = new ArrayList<>();
        for (String line : List.of(": connected", "", "event: reload", "data: a/b/index.html", "data: tags/index.html",
                "", "event: problem", "data: content/A.md:1:1: error: bad", "")) {
            ServeTiming.Heard event = parser.feed(line, 7);
            if (event != null) {
                events.add(event);
            }
        }
        assertEquals(2, events.size(), "the greeting is a comment, not an event");
        assertEquals("reload", events.get(0).text());
        assertEquals(List.of("a/b/index.html", "tags/index.html"), events.get(0).data());
        assertEquals("problem", events.get(1).text());
        assertEquals(7, events.get(1).nanos());
    }

    @Test
    void anEventWithoutDataIsNotDispatched() {
        ServeTiming.EventParser parser = new ServeTiming.EventParser();
        assertNull(parser.feed("event: reload", 1));
        assertNull(parser.feed("", 1));
        assertNull(parser.feed("data:x", 2));
        assertEquals("message", parser.feed("", 2).text(), "the earlier event name does not carry over");
    }

    @Test
    void aNoteIsServedAtItsSluggedFoldersAndName() {
        Path content = Path.of("/corpus/content");
        assertEquals("data/storage/slow-experiments-rubric/index.html",
                ServeTiming.page(content, content.resolve("data/storage/Slow Experiments Rubric.md")));
        assertEquals("product/95-calibration/first-replicas-patterns/index.html",
                ServeTiming.page(content, content.resolve("product/95-calibration/First Replicas Patterns.md")));
    }

    @Test
    void medianAndNinetiethPercentile() {
        List<Long> twenty = new ArrayList<>();
        for (long i = 20; i >= 1; i--) {
            twenty.add(i * 10);
        }
        assertEquals(105, ServeTiming.median(twenty));
        assertEquals(180, ServeTiming.p90(twenty), "nearest rank: the 18th of 20");
        assertEquals(30, ServeTiming.median(List.of(50L, 10L, 30L)));
        assertEquals(50, ServeTiming.p90(List.of(50L, 10L, 30L)));
        assertEquals(0, ServeTiming.p90(List.of()));
    }
}
