package dev.handbook.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a vault's {@code .obsidian} settings say is not content: the templates folder (core Templates and the
 * Templater plugin: notes full of {@code {{date}}} and {@code <% %>}) and the "Excluded files" of
 * {@code app.json}. Obsidian keeps both out of its search and graph; the handbook keeps them out of the site.
 */
final class ObsidianSettings {

    private final List<String> folders;
    private final List<Pattern> patterns;

    private ObsidianSettings(List<String> folders, List<Pattern> patterns) {
        this.folders = folders;
        this.patterns = patterns;
    }

    /** Reads the settings of the vault at {@code content}; a vault without them excludes nothing. */
    static ObsidianSettings read(Path content, Diagnostics diagnostics, java.util.function.Function<Path, String> display) {
        List<String> folders = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        Path settings = content.resolve(".obsidian");
        JsonNode templates = json(settings.resolve("templates.json"), diagnostics, display);
        add(folders, templates.path("folder").asText(""));
        JsonNode templater = json(settings.resolve("plugins/templater-obsidian/data.json"), diagnostics, display);
        add(folders, templater.path("templates_folder").asText(""));
        JsonNode app = json(settings.resolve("app.json"), diagnostics, display);
        for (JsonNode filter : app.path("userIgnoreFilters")) {
            String text = filter.asText("");
            // Obsidian's filters are path prefixes, or a regular expression between slashes.
            if (text.length() > 2 && text.startsWith("/") && text.endsWith("/")) {
                try {
                    patterns.add(Pattern.compile(text.substring(1, text.length() - 1)));
                } catch (PatternSyntaxException e) {
                    diagnostics.warning(display.apply(settings.resolve("app.json")), 0, 0, "the excluded-files filter "
                            + text + " is not a regular expression Java reads; it is not applied");
                }
            } else {
                add(folders, text);
            }
        }
        return new ObsidianSettings(List.copyOf(folders), List.copyOf(patterns));
    }

    /** True when the file at this path in the vault is a template or an excluded file. */
    boolean excludes(String path) {
        for (String folder : folders) {
            if (path.equals(folder) || path.startsWith(folder.endsWith("/") ? folder : folder + "/")) {
                return true;
            }
        }
        return patterns.stream().anyMatch(pattern -> pattern.matcher(path).find());
    }

    private static void add(List<String> folders, String folder) {
        String trimmed = folder.trim().replace('\\', '/');
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (!trimmed.isEmpty()) {
            folders.add(trimmed);
        }
    }

    private static JsonNode json(Path file, Diagnostics diagnostics, java.util.function.Function<Path, String> display) {
        if (!Files.isRegularFile(file)) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            diagnostics.warning(display.apply(file), 0, 0, "cannot read these Obsidian settings (" + e.getMessage()
                    .lines().findFirst().orElse("") + "); the folders they exclude are read as notes");
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
