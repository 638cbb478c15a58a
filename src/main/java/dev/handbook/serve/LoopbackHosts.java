package dev.handbook.serve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The host names the preview answers to: only loopback names, so a page on another site whose name an attacker
 * points at 127.0.0.1 (DNS rebinding) is refused instead of reading the preview as its own origin.
 */
final class LoopbackHosts {

    private static final Pattern LOOPBACK = Pattern.compile(
            "(?:localhost|127\\.0\\.0\\.1|\\[::1]|(?:[a-z0-9-]+\\.)+localhost)(?::[0-9]{1,5})?",
            Pattern.CASE_INSENSITIVE);

    private LoopbackHosts() {
    }

    /**
     * Whether a request with these Host header values is for the preview: one loopback name with an optional port,
     * or none at all (HTTP/1.0 clients send none, and a browser always sends one).
     */
    static boolean allows(List<String> hosts) {
        return hosts == null || hosts.isEmpty() || hosts.size() == 1 && isLoopback(hosts.get(0));
    }

    /** Whether a Host value names this machine's loopback interface: localhost, *.localhost, 127.0.0.1 or [::1]. */
    static boolean isLoopback(String host) {
        return LOOPBACK.matcher(host.strip()).matches();
    }
}
