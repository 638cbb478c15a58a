package dev.handbook.serve;

import dev.handbook.build.Build;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.links.LinkResolver;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.render.PageRenderer;
import dev.handbook.site.InterviewPages;
import dev.handbook.site.Page;
import dev.handbook.vault.Note;
import dev.handbook.vault.VaultLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the page of an edited note again from the last preview build, in milliseconds, so the author
 * sees the edit at once; the full rebuild that follows brings backlinks, indexes and questions up to date.
 */
final class QuickRender {

    private QuickRender() {
    }

    /**
     * The new files for the changed notes, or null when the change needs a full rebuild: a note added,
     * deleted or renamed, front matter or title changed (they feed other pages), a theme or config change,
     * or any diagnostic.
     */
    static Map<String, byte[]> pages(Build.State state, Set<Path> changed) {
        if (state == null || changed.isEmpty()) {
            return null;
        }
        Map<String, Note> notes = new HashMap<>();
        state.vault().notes().forEach(note -> notes.put(note.source().toAbsolutePath().normalize().toString(), note));
        Diagnostics diagnostics = new Diagnostics();
        List<ParsedNote> all = new ArrayList<>(state.parsed());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path path : changed) {
            Note old = notes.get(path.toAbsolutePath().normalize().toString());
            if (old == null) {
                return null;
            }
            Note read = new VaultLoader(state.config(), diagnostics).read(path);
            if (read == null || !read.frontMatter().equals(old.frontMatter()) || !read.title().equals(old.title())) {
                return null;
            }
            // A note read alone gets the address its name gives; the build may have numbered it (c-android-2/)
            // because another note slugs alike. Publish it where the build did, never over the other note.
            Note fresh = read.atUrl(old.url());
            ParsedNote parsed = state.markdown().parse(fresh, diagnostics);
            all.replaceAll(note -> note.note().path().equals(fresh.path()) ? parsed : note);
            new LinkResolver(state.config(), diagnostics).resolveOne(parsed, all, state.vault().hidden(),
                    state.vault().assets());
            new InterviewBuilder(state.config(), diagnostics).anchorQuestions(parsed);
            Page page = state.pages().get(fresh.url());
            if (page == null || diagnostics.hasErrors()) {
                return null;
            }
            Map<String, Object> model = new LinkedHashMap<>(page.model());
            model.put("note", fresh);
            try {
                InterviewPages.putContent(model, state.markdown().render(parsed, diagnostics));
            } catch (RuntimeException e) {
                return null; // the full rebuild reports it against the note
            }
            model.put("headings", parsed.headings());
            try {
                files.put(page.outputPath(), state.renderer().render(new Page(page.url(), page.template(),
                        page.title(), page.source(), model)));
            } catch (PageRenderer.TemplateException e) {
                return null;
            }
        }
        return files;
    }
}
