package dev.handbook.config;

import java.util.Arrays;
import java.util.Locale;

/** What a build does with images a note loads from another server, which tell that server who read the page. */
public enum RemoteResources {
    /** Keep them, with one warning per note and address. */
    WARN,
    /** Show each as a link to its address instead, so nothing loads unless a reader opens it. */
    BLOCK,
    /** Keep them without a word. */
    ALLOW;

    /** The value as site.yml writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The policy a site.yml value names (any case), or null when it names none. */
    static RemoteResources of(String value) {
        String key = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(policy -> policy.key().equals(key)).findFirst().orElse(null);
    }
}
