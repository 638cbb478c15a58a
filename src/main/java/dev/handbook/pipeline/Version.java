package dev.handbook.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's own version, as Maven stamped it into the build. */
public final class Version {

    private Version() {
    }

    /** The version, such as {@code 0.1.0}, or {@code dev} when run from unfiltered sources. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/handbook-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
