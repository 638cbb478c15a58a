package dev.handbook.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview server's request threads: a fixed few with a short waiting line, each request cut off when it is not
 * read and answered within the time-out of its first byte arriving.
 *
 * <p>The JDK server reads a request's headers on the executor's thread, so a client that never finishes them holds a
 * thread; its own {@code sun.net.httpserver.maxReqTime} is read once per JVM, in whole seconds, and not per server.
 * Interrupting a thread blocked on a socket channel closes that channel, which ends the request at once.
 */
final class RequestWorkers implements Executor {

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService clock;
    private final long timeoutNanos;

    RequestWorkers(String name, PreviewLimits limits, ScheduledExecutorService clock) {
        BlockingQueue<Runnable> line = limits.waiting() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(limits.waiting());
        // The default abort policy throws, and the JDK server then closes the connection unanswered.
        pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS, line, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true); // an idle preview keeps no threads
        this.clock = clock;
        this.timeoutNanos = limits.requestTimeout().toNanos();
    }

    @Override
    public void execute(Runnable exchange) {
        pool.execute(new Request(exchange));
    }

    /** Stops the threads, cutting off what they are doing. */
    void stop() {
        pool.shutdownNow();
    }

    /** One exchange on a worker, with its deadline counted from its first byte, not from when a worker was free. */
    private final class Request implements Runnable {
        private final Runnable exchange;
        private final long due = System.nanoTime() + timeoutNanos;
        private Thread worker; // guarded by this: set only while the exchange runs

        Request(Runnable exchange) {
            this.exchange = exchange;
        }

        @Override
        public void run() {
            synchronized (this) {
                worker = Thread.currentThread();
            }
            ScheduledFuture<?> deadline;
            try {
                // A request that waited out its time in the line is cut off at once, so a line full of slow
                // clients drains within one time-out.
                deadline = clock.schedule(this::cutOff, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                return; // the server is stopping and has closed the connection
            }
            try {
                exchange.run();
            } finally {
                deadline.cancel(false);
                synchronized (this) {
                    worker = null;
                    Thread.interrupted(); // a cut-off that came as the exchange ended must not reach the next one
                }
            }
        }

        private synchronized void cutOff() {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }
}
