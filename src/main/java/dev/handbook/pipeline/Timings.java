package dev.handbook.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wall time and the process's CPU time each stage of one build took, for {@code build --timings} and for
 * finding what to speed up: CPU time near the wall time means the stage kept one core busy, twice it two.
 */
public final class Timings {

    private final List<String> laps = new ArrayList<>();
    private long lapStart = System.nanoTime();
    private long cpuStart = cpuNanos();

    /** Ends the current stage under this name and starts the next one. */
    synchronized void lap(String stage) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        String spent = cpu < 0 ? "" : " (cpu " + (cpu - cpuStart) / 1_000_000 + " ms)";
        laps.add(stage + " " + (now - lapStart) / 1_000_000 + " ms" + spent);
        lapStart = now;
        cpuStart = cpu;
    }

    /** One line: each stage with its milliseconds, in the order they ran. */
    public synchronized String summary() {
        return laps.stream().collect(Collectors.joining(", "));
    }

    // CPU time of all the process's threads (the collector's and the compiler's too), or -1 where the JVM
    // does not say.
    private static long cpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
