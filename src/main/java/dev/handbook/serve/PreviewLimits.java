package dev.handbook.serve;

import java.time.Duration;

/**
 * How much of the preview server one client can hold: request threads, requests waiting for one, the time a
 * request may take to arrive and be answered, and how often open event streams are checked for closed pages.
 *
 * @param workers the most requests read and answered at once, each on its own thread
 * @param waiting the most requests waiting for a free worker; the server closes the connection of any beyond
 * @param requestTimeout how long a worker may spend on one request, from its first byte to the last byte answered
 * @param heartbeat how often every event stream gets a comment line, so a page that went away is noticed
 */
record PreviewLimits(int workers, int waiting, Duration requestTimeout, Duration heartbeat) {

    /** A browser opens six connections per host; a few pages' worth of them fit, an attack's hundreds do not. */
    static final PreviewLimits DEFAULT = new PreviewLimits(16, 32, Duration.ofSeconds(10), Duration.ofSeconds(15));

    PreviewLimits {
        if (workers < 1 || waiting < 0 || requestTimeout.isNegative() || requestTimeout.isZero()
                || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("preview limits out of range: " + workers + " workers, " + waiting
                    + " waiting, " + requestTimeout + " per request, heartbeat " + heartbeat);
        }
    }
}
