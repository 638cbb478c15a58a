package dev.handbook.markdown;

import dev.handbook.config.ConfigException;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.links.LinkResolver;
import dev.handbook.vault.Note;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown and links stages run in memory over notes given as strings: parse, resolve, render.
 * Fast enough for property tests that push hundreds of generated notes through the pipeline.
 */
public final class InMemoryVault {

    private static SiteConfig config;

    private InMemoryVault() {
    }

    /** The default configuration, read once from a minimal site.yml in a temp folder. */
    public static synchronized SiteConfig config() {
        if (config == null) {
            try {
                Path folder = Files.createTempDirectory("in-memory-vault");
                Files.createDirectories(folder.resolve("content"));
                Path file = Files.writeString(folder.resolve("site.yml"), "title: In Memory\n");
                config = new ConfigLoader(new Diagnostics()).load(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ConfigException e) {
                throw new IllegalStateException(e);
            }
        }
        return config;
    }

    /** A published note at a vault path such as {@code stages/Loop.md}, its body as given. */
    public static Note note(String path, String body) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        String url = path.substring(0, path.length() - 3).toLowerCase(Locale.ROOT).replace(' ', '-') + "/";
        return new Note(config().content().resolve(path), path, "content/" + path, name, name, false, List.of(),
                List.of(), null, null, false, null, "", Map.of(), Map.of(), body, 1, url);
    }

    /** Parses, resolves and renders the notes; returns each note's HTML by path, in the order given. */
    public static Map<String, String> render(List<Note> notes, Diagnostics diagnostics) {
        MarkdownEngine engine = new MarkdownEngine(config());
        List<ParsedNote> parsed = notes.stream().map(note -> engine.parse(note, diagnostics)).toList();
        LinkTable links = new LinkResolver(config(), diagnostics).resolve(parsed, List.of(), List.of()).table();
        NoteRenderer renderer = engine.renderer(links, QuestionAnchors.NONE);
        Map<String, String> html = new LinkedHashMap<>();
        for (ParsedNote note : parsed) {
            html.put(note.note().path(), renderer.render(note));
        }
        return html;
    }
}
