package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.interview.InterviewFixtures;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.site.PageModel.FolderPage;
import dev.handbook.site.PageModel.HomePage;
import dev.handbook.site.PageModel.NotePage;
import dev.handbook.site.PageModel.NotePart;
import dev.handbook.site.PageModel.RolePage;
import dev.handbook.site.PageModel.TagPage;
import dev.handbook.vault.Note;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages {@link SiteBuilder} lays out from the notes' contents, built directly over the "harbour" fixture's
 * notes as the pipeline's first stages leave them: each page's model, and that two layouts of the same notes give
 * equal pages (which is what lets the preview reuse a page's bytes).
 */
class SiteBuilderTest {

    private static Map<String, Page> build(Path siteFolder) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader(diagnostics).load(siteFolder.resolve("site.yml"));
        Pipeline.Notes notes = new Pipeline(config, diagnostics, null).notes();
        dev.handbook.markdown.NoteRenderer renderer = notes.renderer();
        List<NoteContent> contents = notes.parsed().stream().map(parsed -> NoteContent.of(parsed,
                renderer.render(parsed, diagnostics), renderer.titleHtml(parsed),
                notes.graph().backlinksOf(parsed.note().path()), 1000)).toList();
        Site site = new SiteBuilder(diagnostics, Set.of()).build(contents, notes.vault().assets(),
                notes.graph().missing(), new InterviewPages(notes.interview(), config));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return site.pages().stream().collect(Collectors.toMap(Page::url, Function.identity()));
    }

    @Test
    void aRoleNotesPageShowsTheNoteWithItsFolderAndTheRoleBesideIt() throws Exception {
        Page page = build(InterviewFixtures.fixture("harbour")).get("roles/dock-planner/");

        assertEquals("Dock Planner", page.title());
        assertEquals("content/roles/Dock Planner.md", page.source());
        assertEquals("role", page.template());
        RolePage role = assertInstanceOf(RolePage.class, page.model());
        NotePart note = role.notePart();
        assertEquals("Dock Planner", note.note().title());
        assertTrue(note.content().contains("decides which vessel gets which berth"), note.content());
        assertEquals(List.of(new NavEntry("Roles", "roles/", List.of())), note.breadcrumbs());
        assertNull(note.ownSidebar(), "a small handbook's pages show the site's sidebar");
        assertEquals("Dock Planner", role.role().name());
        assertEquals(List.of("Screen", "Yard Walk"),
                role.loop().stream().map(entry -> entry.step().stage().name()).toList());
    }

    @Test
    void aPlainNoteTheFoldersTheHomeAndTheTagPagesEachGetTheirOwnModel() throws Exception {
        Map<String, Page> pages = build(InterviewFixtures.fixture("harbour"));

        NotePage extra = assertInstanceOf(NotePage.class, pages.get("notes/extra/").model());
        assertEquals(2, extra.notePart().listedQuestions().size(), "the questions its front matter lists");
        FolderPage stages = assertInstanceOf(FolderPage.class, pages.get("stages/").model());
        assertEquals(List.of("Screen", "Yard Walk"), stages.notes().stream().map(Note::title).toList());
        assertEquals("", stages.intro());
        HomePage home = assertInstanceOf(HomePage.class, pages.get("").model());
        assertEquals(List.of("Competencies", "Notes", "Questions", "Roles", "Stages"),
                home.sections().stream().map(SiteBuilder.Folder::title).toList());
        assertEquals(new PageModel.NotFoundPage(), pages.get("404.html").model());
        TagPage accuracy = assertInstanceOf(TagPage.class, pages.get("tags/accuracy/").model());
        assertEquals(List.of("Rules", "Yard Walk"), accuracy.tag().notes().stream().map(Note::title).toList());
        PageModel.TagsPage tags = assertInstanceOf(PageModel.TagsPage.class, pages.get("tags/").model());
        assertTrue(tags.tags().contains(accuracy.tag()));
        assertEquals(new PageModel.MissingNotesPage(List.of(), new PageModel.Paging(List.of(), "", "")),
                pages.get("missing-notes/").model(), "every link of the fixture leads to a note");
    }

    @Test
    void theSameNotesLaidOutTwiceGiveEqualPages() throws Exception {
        Map<String, Page> first = build(InterviewFixtures.fixture("harbour"));
        Map<String, Page> second = build(InterviewFixtures.fixture("harbour"));

        assertEquals(first.keySet(), second.keySet());
        first.forEach((url, page) -> assertEquals(page, second.get(url), url));
    }

    @Test
    void aNoteEditedInItsTextChangesItsPageAndNotAnUnrelatedOne(@TempDir Path dir) throws Exception {
        Path site = InterviewFixtures.copy("harbour", dir);
        Map<String, Page> before = build(site);
        InterviewFixtures.edit(site.resolve("content/notes/Extra.md"), "notes whose body is prose",
                "notes written as prose");
        Map<String, Page> after = build(site);

        assertFalse(before.get("notes/extra/").equals(after.get("notes/extra/")));
        assertEquals(before.get("roles/dock-planner/"), after.get("roles/dock-planner/"));
        assertEquals(before.get("stages/screen/"), after.get("stages/screen/"));
    }

    @Test
    void aBigHandbooksPagesCarryTheirOwnSidebar(@TempDir Path dir) throws Exception {
        Path site = TestSites.newSite(dir, "Big");
        for (int i = 0; i < SiteBuilder.FULL_NAVIGATION_LIMIT + 1; i++) {
            TestSites.write(site.resolve(String.format("content/notes/Note %03d.md", i)), "Text.\n");
        }
        Map<String, Page> pages = build(site);

        NotePart note = ((NotePage) pages.get("notes/note-000/").model()).notePart();
        assertEquals(note.ownSidebar().sidebar().entries(), note.ownSidebar().navigation());
        assertFalse(note.ownSidebar().sidebar().shared(), "a folder cut around the page is the page's alone");
        assertTrue(((FolderPage) pages.get("notes/").model()).ownSidebar() != null);
    }
}
