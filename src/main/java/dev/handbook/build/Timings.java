package dev.handbook.build;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The wall time each stage of one build took, for {@code build --timings} and for finding what to speed up. */
public final class Timings {

    private final List<String> stages = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();
    private long lapStart = System.nanoTime();

    /** Ends the current stage under this name and starts the next one. */
    synchronized void lap(String stage) {
        long now = System.nanoTime();
        stages.add(stage);
        millis.add((now - lapStart) / 1_000_000);
        lapStart = now;
    }

    /** One line: each stage with its milliseconds, in the order they ran. */
    public synchronized String summary() {
        return stages.isEmpty() ? "" : java.util.stream.IntStream.range(0, stages.size())
                .mapToObj(i -> stages.get(i) + " " + millis.get(i) + " ms").collect(Collectors.joining(", "));
    }
}
