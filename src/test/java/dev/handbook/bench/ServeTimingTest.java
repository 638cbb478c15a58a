package dev.handbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview timer's parts that do not need a server: page addresses and the statistics. */
class ServeTimingTest {

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
