package dev.handbook.pipeline;

import dev.handbook.config.ConfigException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/** The build's own pool of workers, one per core, and the way a step's failure comes back from one of them. */
final class Workers {

    // Daemon threads, so they never keep the process alive. Workers never retire: on Java 17 before 17.0.17 a
    // worker retiring after a minute idle can spoil the pool's count of running workers (JDK-8351933), after
    // which it starts none and the next build waits forever, and serve's pool idles between edits.
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false, 0, 0x7fff, 1, null, 3650, TimeUnit.DAYS);

    private Workers() {
    }

    /** A step of a build that may fail with a config or I/O error. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws ConfigException, IOException;
    }

    // Runs a step on the build's own pool rather than the common pool: that has one worker fewer than the
    // cores, and a thread outside it that waits on a parallel stream spins in helpComplete (a quarter of a
    // 10,000-note build's CPU samples), while this one sleeps in join().
    static <T> T run(Step<T> step) throws ConfigException, IOException {
        CompletableFuture<T> task = CompletableFuture.supplyAsync(() -> {
            try {
                return step.run();
            } catch (ConfigException | IOException e) {
                throw new CompletionException(e);
            }
        }, POOL);
        try {
            // Not interruptible: a build stopped halfway would go on writing into the staging folder, or into
            // parses a preview shares, after its caller had moved on.
            return task.join();
        } catch (CompletionException e) {
            // The failure as it was thrown on the worker (an OutOfMemoryError too, which the command line reports).
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException config) {
                throw config;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw unchecked(cause);
        }
    }

    // A task's result (the PDFs, the export, the search index), with its failure rethrown as it was thrown in
    // the task (an OutOfMemoryError too, which the command line reports as such).
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        }
    }

    // An unchecked failure thrown again as it was; anything else wrapped.
    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
