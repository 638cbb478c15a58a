package dev.handbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options shared by commands that read a site: which config file to use. */
final class SiteOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "site.yml",
            description = "The site configuration (default: ${DEFAULT-VALUE}). Paths in it are relative to its folder.")
    Path config;
}
