package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a stage's written duration becomes the time plan its sheet prints. */
class StageTimingTest {

    @Test
    void durationsAreReadAsTeamsWriteThem() {
        assertEquals(45, StageTiming.minutes("45m"));
        assertEquals(45, StageTiming.minutes("45 min"));
        assertEquals(45, StageTiming.minutes("45 Minutes"));
        assertEquals(90, StageTiming.minutes("90"));
        assertEquals(60, StageTiming.minutes("1h"));
        assertEquals(90, StageTiming.minutes("1 hour 30 min"));
        assertEquals(90, StageTiming.minutes("1h30"));
        assertEquals(0, StageTiming.minutes("a morning"));
        assertEquals(0, StageTiming.minutes(""));
    }

    @Test
    void fiveMinutesOpenAndFiveCloseAndTheRestIsSharedEvenly() {
        // 45 minutes, 4 questions: 35 left, 8 each (rounded down).
        assertEquals(new StageTiming(45, 5, 5, 8), StageTiming.of("45 min", 4));
        assertEquals(new StageTiming(60, 5, 5, 50), StageTiming.of("1h", 1));
    }

    @Test
    void aShortStageOpensAndClosesInASixthOfItsTime() {
        assertEquals(new StageTiming(20, 3, 3, 7), StageTiming.of("20m", 2));
    }

    @Test
    void noPlanWithoutADurationOrQuestionsOrAMinuteAQuestion() {
        assertNull(StageTiming.of("", 3));
        assertNull(StageTiming.of("45m", 0));
        assertNull(StageTiming.of("10m", 12));
    }
}
