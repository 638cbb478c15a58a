package dev.handbook.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Prints the top costs of a JFR recording from its execution samples, since JDK 17's {@code jfr} has no
 * {@code view} command: hottest methods by own time, and by total time for the generator's own methods
 * (the first {@code dev.handbook} frame on each stack says which stage the time belongs to).
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/build.jfr,settings=profile -jar target/handbook.jar build ...
 * java -cp target/test-classes dev.handbook.bench.JfrSummary /tmp/build.jfr [top]
 * </pre>
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    /** {@code FILE [TOP]}: prints the summary of one recording. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        // second of the recording -> innermost dev.handbook method -> samples: shows the serial phases
        Map<Long, Map<String, Integer>> timeline = new java.util.TreeMap<>();
        java.time.Instant first = null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        int collections = 0;
        java.time.Duration pauses = java.time.Duration.ZERO;
        long heapUsed = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals("jdk.GarbageCollection")) {
                collections++;
                pauses = pauses.plus(event.getDuration("sumOfPauses"));
                continue;
            }
            if (event.getEventType().getName().equals("jdk.GCHeapSummary")) {
                heapUsed = Math.max(heapUsed, event.getLong("heapUsed"));
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
            String stage = "(outside dev.handbook)";
            for (RecordedFrame frame : frames) {
                if (frame.getMethod().getType().getName().startsWith("dev.handbook.")) {
                    stage = name(frame);
                    break;
                }
            }
            ours.merge(stage, 1, Integer::sum);
            first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
            timeline.computeIfAbsent(event.getStartTime().getEpochSecond(), k -> new HashMap<>())
                    .merge(stage.replace("dev.handbook.", ""), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, file);
        System.out.printf(Locale.ROOT, "%d garbage collections, %d ms paused in all, largest heap in use %d MiB%n",
                collections, pauses.toMillis(), heapUsed / (1024 * 1024));
        print("top methods by own time", self, samples, top);
        print("innermost dev.handbook method on the stack", ours, samples, top);
        Map<String, Integer> handbook = new HashMap<>();
        total.forEach((name, count) -> {
            if (name.startsWith("dev.handbook.")) {
                handbook.put(name, count);
            }
        });
        print("dev.handbook methods by total time (self + callees)", handbook, samples, top);
        System.out.println();
        System.out.println("timeline (second: samples, busiest places):");
        long start = first == null ? 0 : first.getEpochSecond();
        timeline.forEach((second, places) -> System.out.printf(Locale.ROOT, "  %3ds %4d  %s%n", second - start,
                places.values().stream().mapToInt(Integer::intValue).sum(),
                places.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                        .map(e -> e.getKey() + " " + e.getValue()).toList()));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples,
                        e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
