package dev.handbook.pipeline;

import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.InterviewBuilder;
import dev.handbook.links.LinkResolver;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.NoteRenderer;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.QuestionAnchors;
import dev.handbook.render.PageRenderer;
import dev.handbook.site.NoteContent;
import dev.handbook.site.Page;
import dev.handbook.site.PageModel;
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
 * The preview's short route for an edit: the pipeline's stages for the edited notes alone (read, parse, resolve
 * their links, anchor their questions, turn them into HTML, draw their pages) over everything else as the last
 * build left it, so the page being edited shows in milliseconds while the full run brings backlinks and indexes
 * up to date. It gives up (null) whenever the edit reaches other pages: a note added, removed or renamed, new
 * front matter or title, a template or the configuration, or any error.
 */
final class EditedPages {

    private final SiteConfig config;
    private final StageCache.Products before;

    EditedPages(SiteConfig config, StageCache.Products before) {
        this.config = config;
        this.before = before;
    }

    /** The edited notes' pages by output path, drawn as the full run will draw them; null if it cannot. */
    Map<String, byte[]> draw(Set<Path> changed) {
        Map<String, Note> notes = new HashMap<>();
        before.vault().notes().forEach(note -> notes.put(note.source().toAbsolutePath().normalize().toString(), note));
        Diagnostics own = new Diagnostics();
        List<ParsedNote> all = new ArrayList<>(before.parsed());
        LinkTable links = before.notes().links();
        QuestionAnchors anchors = before.notes().questionAnchors();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path path : changed) {
            Note old = notes.get(path.toAbsolutePath().normalize().toString());
            if (old == null) {
                return null;
            }
            Note read = new VaultLoader(config, own).read(path);
            if (read == null || !read.frontMatter().equals(old.frontMatter()) || !read.title().equals(old.title())) {
                return null;
            }
            // A note read alone gets the address its name gives; the build may have numbered it (c-android-2/)
            // because another note slugs alike. Publish it where the build did, never over the other note.
            Note fresh = read.atUrl(old.url());
            ParsedNote parsed = before.markdown().parse(fresh, own);
            all.replaceAll(note -> note.note().path().equals(fresh.path()) ? parsed : note);
            // The last build's tables, with this note's entries in place of the ones its old parse had.
            links = links.replacing(new LinkResolver(config, own).resolveOne(parsed, all, before.vault().hidden(),
                    before.vault().assets()));
            anchors = anchors.replacing(new InterviewBuilder(config, own).anchorQuestions(parsed));
            NoteRenderer drawing = before.markdown().renderer(links, anchors);
            Page page = before.pages().get(fresh.url());
            if (page == null || !(page.model() instanceof PageModel.NotePageModel model) || own.hasErrors()) {
                return null;
            }
            Page edited;
            try {
                edited = page.withModel(model.withNoteContent(fresh, drawing.render(parsed, own),
                        drawing.titleHtml(parsed), parsed.headings(), NoteContent.tags(parsed)));
            } catch (RuntimeException e) {
                return null; // the full run reports it against the note
            }
            try {
                files.put(page.outputPath(), before.renderer().render(edited));
            } catch (PageRenderer.TemplateException e) {
                return null;
            }
        }
        return files;
    }
}
