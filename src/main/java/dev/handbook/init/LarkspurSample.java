package dev.handbook.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The Larkspur Labs sample a clone ships with, and its move to {@code examples/larkspur/}, where it still builds. */
public final class LarkspurSample {

    /** Where the sample goes, relative to the handbook's folder. */
    public static final String EXAMPLE = "examples/larkspur";

    /**
     * The file that marks {@code content/} as the sample: a team that puts its own notes there has no such file, so
     * {@code init} never takes them for the sample. The vault skips it, as it skips every dotfile.
     */
    public static final String MARKER = ".handbook-sample";

    // Paths in site.yml are read from its folder, so two folders down they must climb back to the repository's.
    private static final Map<String, String> MOVED_PATHS = Map.of(
            "content", "content",
            "output", "../../target/larkspur",
            "themes", "../../themes");
    private static final List<String> KEY_ORDER = List.of("content", "output", "themes");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^(content|output|themes)\\s*:.*$");

    private LarkspurSample() {
    }

    /** Whether {@code content/} in this folder is the sample, by its marker. */
    public static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve("content").resolve(MARKER));
    }

    /** Moves {@code content/} and {@code site.yml} to {@code examples/larkspur/}, rewriting the config's paths. */
    static void move(Path folder) throws IOException {
        Path example = folder.resolve(EXAMPLE);
        Files.createDirectories(example.getParent());
        Files.createDirectory(example);
        Path config = folder.resolve("site.yml");
        String yaml = Files.isRegularFile(config) ? Files.readString(config, StandardCharsets.UTF_8)
                : "title: Larkspur Labs Interview Handbook\n";
        Files.writeString(example.resolve("site.yml"), relocated(yaml), StandardCharsets.UTF_8);
        Files.move(folder.resolve("content"), example.resolve("content"));
        Files.deleteIfExists(config);
    }

    /** The sample's site.yml with its content, output and themes paths set for its new folder two levels down. */
    static String relocated(String yaml) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        List<String> missing = new ArrayList<>(KEY_ORDER);
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            var key = TOP_LEVEL_KEY.matcher(lines.get(i));
            if (key.matches()) {
                lines.set(i, key.group(1) + ": " + MOVED_PATHS.get(key.group(1)));
                missing.remove(key.group(1));
                last = i;
            }
        }
        // Beside the paths it already sets, or at the top when it sets none: never inside a nested block.
        int at = last >= 0 ? last + 1 : firstKey(lines);
        for (String key : missing) {
            lines.add(at++, key + ": " + MOVED_PATHS.get(key));
        }
        return String.join("\n", lines) + "\n";
    }

    private static int firstKey(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#") && !line.equals("---")) {
                return i;
            }
        }
        return lines.size();
    }
}
