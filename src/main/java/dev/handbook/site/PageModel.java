package dev.handbook.site;

import dev.handbook.interview.Competency;
import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.LoopStep;
import dev.handbook.interview.Role;
import dev.handbook.interview.Stage;
import dev.handbook.links.Backlink;
import dev.handbook.links.MissingNote;
import dev.handbook.markdown.Heading;
import dev.handbook.markdown.tag.TagPaths;
import dev.handbook.vault.Note;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a page's template reads: one record per kind of page, drawn by the template its {@link Template} names.
 *
 * <p>The renderer gives the template each component of the record as a variable of the same name (the names are
 * the theme contract, listed in docs/themes.md). A component that is a {@link Part} gives its own components
 * instead, as if they were the page's (every note page shares {@link NotePart}); a component that is null gives
 * no variable, so a global of that name (the sidebar) shows through. Records compare by value, so two equal
 * pages draw the same bytes, which the preview relies on to reuse a page; no model holds a parsed syntax tree.
 */
public sealed interface PageModel {

    /** The template, without extension, that draws this kind of page. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Template {
        /** The template's name ({@code note}, {@code scorecard}). */
        String value();
    }

    /** A group of values several kinds of page share, which templates see as the page's own variables. */
    interface Part {
    }

    /** The template, without extension, that draws a page of this kind. */
    default String template() {
        return templateOf(getClass());
    }

    /** The template, without extension, that draws the pages of a kind. */
    static String templateOf(Class<? extends PageModel> kind) {
        return kind.getAnnotation(Template.class).value();
    }

    /** A page drawn from a note: a plain note, or a role, stage or competency. */
    sealed interface NotePageModel extends PageModel {

        /** What the page shows of its note. */
        NotePart notePart();

        /** The same page with another note part (a stage draws its kit onto the part's content). */
        NotePageModel withNotePart(NotePart part);

        /**
         * The same page with its note as an edit left it (the preview draws an edited note's page at once from the
         * last build's page): the note, its body as HTML, its title as HTML or null, its headings and tags.
         */
        default NotePageModel withNoteContent(Note note, String html, String titleHtml, List<Heading> headings,
                                              List<String> tags) {
            return withNotePart(notePart().withContent(note, html, titleHtml, headings, tags));
        }
    }

    /**
     * What every note's page shows of its note.
     *
     * @param note the note
     * @param content the note's body as HTML (a stage's with its kit drawn onto it), internal links from the root
     * @param titleHtml the title as HTML when links are written in it, else null
     * @param headings its headings, for the table of contents
     * @param tags its tags (front matter, then inline), each with its tag page's address
     * @param listedQuestions the questions its front matter lists ({@code questions:}), in that order
     * @param breadcrumbs the folders that hold it, outermost first
     * @param backlinks the notes that link to it, with the sentence around each link
     * @param ownSidebar its own sidebar in a big handbook; null where it shows the site's
     */
    record NotePart(Note note, String content, String titleHtml, List<Heading> headings, List<TagLink> tags,
                    List<QuestionView> listedQuestions, List<NavEntry> breadcrumbs, List<Backlink> backlinks,
                    PageSidebar ownSidebar) implements Part {

        /** The part of a note, given its tags by name. */
        public static NotePart of(Note note, String html, String titleHtml, List<Heading> headings, List<String> tags,
                                  List<QuestionView> listedQuestions, List<NavEntry> breadcrumbs,
                                  List<Backlink> backlinks, PageSidebar ownSidebar) {
            return new NotePart(note, html, titleHtml, headings, TagLink.of(tags), listedQuestions, breadcrumbs,
                    backlinks, ownSidebar);
        }

        /** The same part with the note, its body, title, headings and tags replaced. */
        public NotePart withContent(Note note, String html, String titleHtml, List<Heading> headings,
                                    List<String> tags) {
            return new NotePart(note, html, titleHtml, headings, TagLink.of(tags), listedQuestions, breadcrumbs,
                    backlinks, ownSidebar);
        }

        NotePart withContent(String html) {
            return new NotePart(note, html, titleHtml, headings, tags, listedQuestions, breadcrumbs, backlinks,
                    ownSidebar);
        }
    }

    /**
     * A tag as a link to its page.
     *
     * @param url the tag page's address
     */
    record TagLink(String name, String url) {

        static List<TagLink> of(List<String> tags) {
            return tags.stream().map(tag -> new TagLink(tag, TagPaths.url(tag))).toList();
        }
    }

    /**
     * A page's own sidebar, in a handbook too big for every page to show the whole tree.
     *
     * @param sidebar the sidebar the layout prints (the renderer draws it into HTML)
     * @param navigation its tree, for templates that walk it themselves
     */
    record PageSidebar(Sidebar sidebar, List<NavEntry> navigation) implements Part {

        /** The sidebar of a page and its tree. */
        public static PageSidebar of(Sidebar sidebar) {
            return new PageSidebar(sidebar, sidebar.entries());
        }
    }

    /**
     * Where a page of a list cut into pages stands among them; empty for a list on one page.
     *
     * @param pager the links to the first and last pages and those around this one, with gaps between
     * @param previous the previous page's address, or empty on the first
     * @param next the next page's address, or empty on the last
     */
    record Paging(List<PageLink> pager, String previous, String next) implements Part {

        /** Where page {@code number} (from 0) of {@code count} pages of the list at {@code url} stands. */
        static Paging of(String url, int number, int count) {
            return new Paging(count == 1 ? List.of() : pager(url, number, count),
                    number == 0 ? "" : pageUrl(url, number - 1), number + 1 == count ? "" : pageUrl(url, number + 1));
        }

        /** Page 1 of a list is at its own address; the others under page/N/, as Hugo writes them. */
        static String pageUrl(String url, int number) {
            return number == 0 ? url : url + "page/" + (number + 1) + "/";
        }

        /** The title of page {@code number} (from 0) of {@code count}: "Title · page 2 of 5", or the title alone. */
        static String pageTitle(String title, int number, int count) {
            return count == 1 ? title : title + " · page " + (number + 1) + " of " + count;
        }

        // The first and last pages, and two either side of the current one, with gaps between; a gap would stand
        // for one page only, that page is shown instead.
        private static List<PageLink> pager(String url, int current, int count) {
            List<PageLink> links = new ArrayList<>();
            for (int number = 0; number < count; number++) {
                boolean loneGap = shown(number - 1, current, count) && shown(number + 1, current, count);
                if (shown(number, current, count) || loneGap) {
                    links.add(new PageLink(number + 1, pageUrl(url, number), number == current, false));
                } else if (!links.get(links.size() - 1).gap()) {
                    links.add(new PageLink(0, "", false, true));
                }
            }
            return List.copyOf(links);
        }

        private static boolean shown(int number, int current, int count) {
            return number == 0 || number == count - 1 || Math.abs(number - current) <= 2;
        }

        /** A link of the page list; a gap stands for the pages left out between two links. */
        public record PageLink(int number, String url, boolean current, boolean gap) {
        }
    }

    /** A note's page. */
    @Template("note")
    record NotePage(NotePart notePart) implements NotePageModel {

        @Override
        public NotePage withNotePart(NotePart part) {
            return new NotePage(part);
        }
    }

    /**
     * A role's page: its competencies, its loop with each stage's questions and sheets, and its notes.
     *
     * @param loop the loop's stages in order, each with the questions the role asks there and its sheet
     * @param byCompetency the loop's questions under each competency the role assesses
     * @param scorecard the address of the role's whole-loop sheet
     * @param scorecardPdf that sheet's PDF
     * @param download the name the PDF downloads as
     * @param packet the interview packet's address (every stage sheet in one PDF), or empty for a loop of no stage
     * @param packetDownload the name the packet downloads as
     */
    @Template("role")
    record RolePage(NotePart notePart, Role role, List<LoopEntry> loop, List<QuestionGroup> byCompetency,
                    String scorecard, String scorecardPdf, String download, String packet, String packetDownload)
            implements NotePageModel {

        @Override
        public RolePage withNotePart(NotePart part) {
            return new RolePage(part, role, loop, byCompetency, scorecard, scorecardPdf, download, packet,
                    packetDownload);
        }

        /**
         * One stage of the loop on the role's page.
         *
         * @param questions the stage's questions this role asks
         * @param scorecard the address of the role's sheet for the stage
         * @param pdf that sheet's PDF
         * @param download the name the PDF downloads as
         */
        public record LoopEntry(LoopStep step, List<QuestionView> questions, String scorecard, String pdf,
                                String download) {
        }
    }

    /**
     * A stage's page: its text with its kit drawn onto it, the roles that use it and the way through each loop.
     *
     * @param questions the stage's questions in the order asked, each linking to where this page asks it
     * @param kit the kit drawn onto the text: the questions the text does not show, the count, the first one
     * @param roles the roles whose loop holds the stage, each with its sheet for the stage
     * @param loopNav the stages before and after it in each of those loops
     */
    @Template("stage")
    record StagePage(NotePart notePart, Stage stage, List<QuestionView> questions, StageKit kit,
                     List<RoleScorecard> roles, List<LoopNavigation> loopNav) implements NotePageModel {

        /** The page of a stage whose note part holds its body as it is rendered, before the kit is drawn onto it. */
        static StagePage of(NotePart part, Stage stage, List<QuestionView> questions, List<RoleScorecard> roles,
                            List<LoopNavigation> loopNav) {
            StageKit kit = StageKit.of(stage, part.content(), questions);
            return new StagePage(part.withContent(kit.html()), stage, questions, kit, roles, loopNav);
        }

        /** The same page with another note part, whose content is the body before the kit is drawn onto it. */
        @Override
        public StagePage withNotePart(NotePart part) {
            return of(part, stage, questions, roles, loopNav);
        }

        /**
         * A role that uses the stage, with its sheet for it.
         *
         * @param scorecard the address of the role's sheet for the stage
         */
        public record RoleScorecard(Role role, String scorecard) {
        }

        /** One role's way through its loop from the stage: the stages before and after it (null at the ends). */
        public record LoopNavigation(Role role, Stage previous, Stage next) {
        }
    }

    /**
     * A competency's page: its rubric, the roles that assess it and the questions that probe it.
     *
     * @param roles the roles that assess it
     * @param questions the questions that probe it; the first page of them when there are many
     * @param questionTotal how many questions probe it
     * @param allQuestions where they all are in the question index when this page shows only some, else empty
     */
    @Template("competency")
    record CompetencyPage(NotePart notePart, Competency competency, List<Role> roles, List<QuestionView> questions,
                          int questionTotal, String allQuestions) implements NotePageModel {

        @Override
        public CompetencyPage withNotePart(NotePart part) {
            return new CompetencyPage(part, competency, roles, questions, questionTotal, allQuestions);
        }
    }

    /**
     * A folder's page.
     *
     * @param intro the HTML of the folder's own note (its index.md, or the note named like it), or empty
     * @param notes its notes in reading order
     * @param folders its sub-folders in reading order
     * @param breadcrumbs the folders that hold it, outermost first
     * @param ownSidebar its own sidebar in a big handbook; null where it shows the site's
     */
    @Template("folder")
    record FolderPage(String intro, List<Note> notes, List<SiteBuilder.Folder> folders, List<NavEntry> breadcrumbs,
                      PageSidebar ownSidebar) implements PageModel {
    }

    /**
     * The home page.
     *
     * @param intro the HTML of the root's own note (content/index.md), or empty
     * @param notes the notes at the top of the content folder
     * @param sections the top-level folders
     */
    @Template("home")
    record HomePage(String intro, List<Note> notes, List<SiteBuilder.Folder> sections) implements PageModel {
    }

    /** The page served for an address the site does not have. */
    @Template("404")
    record NotFoundPage() implements PageModel {
    }

    /**
     * A tag and the notes that carry it (or a tag nested under it).
     *
     * @param url the tag page's address
     * @param notes the notes, in reading order
     */
    record TagEntry(String name, String url, List<Note> notes) {
    }

    /** A tag's page. */
    @Template("tag")
    record TagPage(TagEntry tag) implements PageModel {
    }

    /**
     * The index of tags.
     *
     * @param tags every tag, A–Z
     */
    @Template("tags")
    record TagsPage(List<TagEntry> tags) implements PageModel {
    }

    /** The index of roles. */
    @Template("roles")
    record RolesPage(List<Role> roles) implements PageModel {
    }

    /**
     * The index of stages.
     *
     * @param stages the stages in loop order
     * @param interview the whole interview model ({@code interview.rolesOf(stage)})
     */
    @Template("stages")
    record StagesPage(List<Stage> stages, InterviewModel interview) implements PageModel {
    }

    /**
     * The index of competencies.
     *
     * @param interview the whole interview model ({@code interview.rolesOf(c)}, {@code interview.questionsOf(c)})
     */
    @Template("competencies")
    record CompetenciesPage(List<Competency> competencies, InterviewModel interview) implements PageModel {
    }

    /**
     * The coverage matrix: how many loop questions of each role probe each competency.
     *
     * @param competencies the columns: every competency, those with notes first, then those named only in roles
     */
    @Template("coverage")
    record CoveragePage(List<Role> roles, List<Column> competencies) implements PageModel {

        /**
         * A column of the matrix.
         *
         * @param key the key of {@code role.coverage} for the competency
         */
        public record Column(Competency competency, String key) {
        }
    }

    /**
     * A page of one question index (A–Z, by section, theme, competency, role or stage).
     *
     * @param tabs the indexes, for the tabs above each
     * @param groups the groups on this page; a group cut across pages goes on on the next
     * @param index every group of the index, each with the page it begins on
     * @param paging where this page stands among the index's pages
     * @param total how many questions the handbook has
     * @param view the title of this index's tab
     */
    @Template("questions")
    record QuestionsPage(List<Tab> tabs, List<QuestionGroup> groups, List<GroupLink> index, Paging paging,
                         int total, String view) implements PageModel {

        /** A question index, as a tab. */
        public record Tab(String title, String url) {
        }

        /**
         * One entry of an index's list of groups.
         *
         * @param id the group's anchor
         * @param count how many questions the group has
         * @param url the page it begins on, or empty when that is this page
         */
        public record GroupLink(String title, String id, int count, String url) {
        }
    }

    /**
     * The list of scorecard sheets.
     *
     * @param sheets each role's sheets, by the path of the role's note
     */
    @Template("scorecards")
    record ScorecardsPage(List<Role> roles, Map<String, RoleSheets> sheets) implements PageModel {

        /**
         * A role's sheets.
         *
         * @param role the address of the whole-loop sheet
         * @param pdf its PDF
         * @param download the name the PDF downloads as
         * @param packet the interview packet's address, or empty for a loop of no stage
         * @param packetDownload the name the packet downloads as
         * @param stages a sheet for each stage of the loop, in loop order
         */
        public record RoleSheets(String role, String pdf, String download, String packet, String packetDownload,
                                 List<StageSheet> stages) {
        }

        /**
         * A role's sheet for one stage.
         *
         * @param url the sheet's address
         * @param pdf its PDF
         * @param download the name the PDF downloads as
         */
        public record StageSheet(Stage stage, String url, String pdf, String download) {
        }
    }

    /**
     * A scorecard sheet to print: a role's whole-loop sheet, or its sheet for one stage.
     *
     * @param step the stage of the loop, or null for the whole-loop sheet
     * @param competencies the competencies rated: the role's, or on a stage sheet those the stage assesses
     * @param fieldKeys the PDF form field name of each competency, by competency key
     * @param questions the stage's questions this role asks; empty on the whole-loop sheet
     * @param assesses what each question probes, by question id, by the names the role gives them
     * @param timing the stage's time plan, or null when its duration gives none
     * @param scale the label of each score, lowest first
     * @param recommendations the choices of the recommendation box
     * @param paper the paper size ({@code A4}, {@code Letter})
     * @param pageUrl the sheet's absolute address for the printed footer, or empty without a baseUrl
     * @param pdfUrl the sheet's PDF
     * @param packetUrl the role's interview packet, or empty for a loop of no stage
     * @param download the name the PDF downloads as
     * @param packetDownload the name the packet downloads as
     * @param density the density the build draws a stage sheet at for its PDF, to fit one page and fill it; null
     *     when the page is drawn, so the template chooses
     * @param rubric false when that drawing leaves the rubric to the whole-loop sheet, else null
     * @param fill the writing space that drawing shares out, or null
     */
    @Template("scorecard")
    record ScorecardSheet(Role role, LoopStep step, List<Competency> competencies, Map<String, String> fieldKeys,
                          List<QuestionView> questions, Map<String, List<String>> assesses, StageTiming timing,
                          List<String> scale, List<String> recommendations, String paper, String pageUrl,
                          String pdfUrl, String packetUrl, String download, String packetDownload, String density,
                          Boolean rubric, Fill fill) implements PageModel {

        /** The same sheet drawn at a density, with or without its rubric, with the writing space given. */
        public ScorecardSheet drawnAs(String density, Boolean rubric, Fill fill) {
            return new ScorecardSheet(role, step, competencies, fieldKeys, questions, assesses, timing, scale,
                    recommendations, paper, pageUrl, pdfUrl, packetUrl, download, packetDownload, density, rubric,
                    fill);
        }

        /**
         * The writing space the build measured for a stage sheet.
         *
         * @param lines ruled lines per question, or 0 to keep the density's note space
         * @param evidenceHeight the height of each evidence space as CSS ({@code 12.5mm}), or empty
         */
        public record Fill(int lines, String evidenceHeight) {
        }
    }

    /**
     * A page of the notes that links lead to but that are not written.
     *
     * @param missing the missing notes on this page, each with the notes that link to it
     * @param paging where this page stands among the list's pages
     */
    @Template("missing")
    record MissingNotesPage(List<MissingNote> missing, Paging paging) implements PageModel {
    }
}
