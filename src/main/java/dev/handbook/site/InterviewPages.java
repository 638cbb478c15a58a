package dev.handbook.site;

import dev.handbook.config.SiteConfig;
import dev.handbook.interview.Competency;
import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.LoopStep;
import dev.handbook.interview.Question;
import dev.handbook.interview.QuestionSource;
import dev.handbook.interview.Role;
import dev.handbook.interview.Stage;
import dev.handbook.site.PageModel.Paging;
import dev.handbook.site.PageModel.QuestionsPage.GroupLink;
import dev.handbook.site.PageModel.QuestionsPage.Tab;
import dev.handbook.site.PageModel.RolePage;
import dev.handbook.site.PageModel.StagePage;
import dev.handbook.site.PageModel.StagePage.LoopNavigation;
import dev.handbook.vault.Slugs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pages of the interview model: role, stage and competency pages drawn with their own templates,
 * the indexes of roles, stages, competencies and questions, the coverage matrix and the scorecard sheets.
 */
public final class InterviewPages {

    /** Where the generated indexes live. */
    public static final String INDEX = "index/";
    /** Where the scorecard sheets live. */
    public static final String SCORECARDS = "scorecards/";
    /** The file name of a sheet's PDF, beside the sheet's page. */
    public static final String SHEET_PDF = "scorecard.pdf";
    /** The file name of a role's interview packet (all its stage sheets), beside the role's sheet. */
    public static final String PACKET_PDF = "packet.pdf";

    /**
     * A question index listing more questions than this is cut into pages of this many: at 10,000 notes the
     * A–Z index alone listed 37,804 questions, a 25 MB page no browser opens in good time.
     */
    static final int QUESTIONS_PER_PAGE = 250;

    private final InterviewModel model;
    private final SiteConfig config;
    private final Map<String, QuestionView> views = new HashMap<>();
    private List<Page> questionIndexes; // made once, on first use: competency pages link into them
    // A competency's group in the by-competency index, by the competency's name in lower case: its page's
    // address and its anchor.
    private final Map<String, String> competencyGroups = new HashMap<>();

    /** Prepares the pages of one interview model. */
    public InterviewPages(InterviewModel model, SiteConfig config) {
        this.model = model;
        this.config = config;
        Map<String, String> labels = config.highlights().labels();
        for (Question question : model.questions()) {
            views.put(question.id(), new QuestionView(question, question.source().url(),
                    question.source().note().title(), model.rolesOf(question).stream().map(Role::name).toList(),
                    model.stagesOf(question).stream().map(Stage::name).toList(), question.themes().stream()
                    .map(theme -> new QuestionView.Theme(theme, labels.getOrDefault(theme, theme))).toList()));
        }
    }

    /**
     * The model of a note's page, given what it shows of its note: a role's, a stage's or a competency's page for
     * the note that declares one, else a plain note's page. A stage's kit is drawn onto the part's content.
     */
    public PageModel.NotePageModel notePage(PageModel.NotePart part) {
        Object declared = model.byNote().get(part.note().path());
        if (declared instanceof Role role) {
            List<RolePage.LoopEntry> loop = role.loop().stream().map(step -> {
                String sheet = stageSheetUrl(role, step.stage());
                return new RolePage.LoopEntry(step, view(role.questionsAt(step)), sheet, sheet + SHEET_PDF,
                        downloadName(role, step.stage()));
            }).toList();
            List<QuestionGroup> byCompetency = role.competencies().stream().map(c -> new QuestionGroup(c.name(),
                    Slugs.slug(c.name()), c.description(), view(role.questions().stream()
                    .filter(q -> q.competencies().stream().anyMatch(n -> n.equalsIgnoreCase(c.name()))).toList())))
                    .toList();
            return new RolePage(part, role, loop, byCompetency, roleSheetUrl(role), roleSheetUrl(role) + SHEET_PDF,
                    downloadName(role, null), role.loop().isEmpty() ? "" : packetUrl(role), packetDownloadName(role));
        }
        if (declared instanceof Stage stage) {
            List<StagePage.RoleScorecard> roles = model.rolesOf(stage).stream()
                    .map(role -> new StagePage.RoleScorecard(role, stageSheetUrl(role, stage))).toList();
            return StagePage.of(part, stage, kit(stage), roles, loopNavigation(stage));
        }
        if (declared instanceof Competency competency) {
            List<QuestionView> questions = view(model.questionsOf(competency));
            boolean cut = questions.size() > QUESTIONS_PER_PAGE;
            // A long list shows its first page here; the competency's group in the question index has them all.
            return new PageModel.CompetencyPage(part, competency, model.rolesOf(competency),
                    cut ? questions.subList(0, QUESTIONS_PER_PAGE) : questions, questions.size(),
                    cut ? allQuestionsOf(competency) : "");
        }
        return new PageModel.NotePage(part);
    }

    /** The questions a note lists in its front matter, in that order, for its page to show; empty for most notes. */
    public List<QuestionView> listedQuestions(String path) {
        return view(model.listed().getOrDefault(path, List.of()));
    }

    private List<LoopNavigation> loopNavigation(Stage stage) {
        List<LoopNavigation> result = new ArrayList<>();
        for (Role role : model.rolesOf(stage)) {
            List<LoopStep> loop = role.loop();
            for (int i = 0; i < loop.size(); i++) {
                if (loop.get(i).stage() == stage) {
                    result.add(new LoopNavigation(role, i > 0 ? loop.get(i - 1).stage() : null,
                            i + 1 < loop.size() ? loop.get(i + 1).stage() : null));
                    break;
                }
            }
        }
        return List.copyOf(result);
    }

    /** The generated pages: indexes, coverage and scorecards. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(INDEX + "roles/", "Roles", "", new PageModel.RolesPage(model.roles())));
        pages.add(new Page(INDEX + "stages/", "Interview stages", "",
                new PageModel.StagesPage(model.stages(), model)));
        pages.add(new Page(INDEX + "competencies/", "Competencies", "",
                new PageModel.CompetenciesPage(model.competencies(), model)));
        pages.add(new Page(INDEX + "coverage/", "Coverage", "",
                new PageModel.CoveragePage(model.roles(), coverageColumns())));
        pages.addAll(questionIndexes());
        pages.add(new Page(SCORECARDS, "Scorecards", "", new PageModel.ScorecardsPage(model.roles(), sheetLinks())));
        for (Role role : model.roles()) {
            pages.add(sheet(role, null));
            for (LoopStep step : role.loop()) {
                pages.add(sheet(role, step));
            }
        }
        return pages;
    }

    /** The address of a role's general scorecard sheet. */
    public static String roleSheetUrl(Role role) {
        return SCORECARDS + Slugs.slug(role.note().name()) + "/";
    }

    /** The address of the scorecard sheet for one stage of a role's loop. */
    public static String stageSheetUrl(Role role, Stage stage) {
        return roleSheetUrl(role) + Slugs.slug(stage.note().name()) + "/";
    }

    /** The address of a role's interview packet: every stage sheet of its loop in one PDF. */
    public static String packetUrl(Role role) {
        return roleSheetUrl(role) + PACKET_PDF;
    }

    /** Every role's scorecard sheets with the PDF made from each, and its packet, in role and loop order. */
    public List<ScorecardDownloads> downloads() {
        List<ScorecardDownloads> downloads = new ArrayList<>();
        for (Role role : model.roles()) {
            ScorecardDownloads.Sheet roleSheet = new ScorecardDownloads.Sheet(role.name() + " scorecard",
                    roleSheetUrl(role) + "index.html", roleSheetUrl(role) + SHEET_PDF, role.note().displayPath());
            List<ScorecardDownloads.Sheet> stageSheets = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (LoopStep step : role.loop()) {
                String url = stageSheetUrl(role, step.stage());
                if (seen.add(url)) { // a stage listed twice in a loop has one sheet, and one place in the packet
                    stageSheets.add(new ScorecardDownloads.Sheet(role.name() + " · " + step.stage().name(),
                            url + "index.html", url + SHEET_PDF, step.stage().note().displayPath()));
                }
            }
            // A role without stages has no packet: a PDF needs at least one page.
            downloads.add(new ScorecardDownloads(role.name(), roleSheet, List.copyOf(stageSheets),
                    stageSheets.isEmpty() ? "" : packetUrl(role)));
        }
        return List.copyOf(downloads);
    }

    // Every sheet's PDF is scorecard.pdf in its own folder; downloaded side by side they need names of their own.
    private static String downloadName(Role role, Stage stage) {
        return Slugs.slug(role.note().name()) + (stage == null ? "" : "-" + Slugs.slug(stage.note().name()))
                + "-scorecard.pdf";
    }

    private static String packetDownloadName(Role role) {
        return Slugs.slug(role.note().name()) + "-interview-packet.pdf";
    }

    private Map<String, PageModel.ScorecardsPage.RoleSheets> sheetLinks() {
        Map<String, PageModel.ScorecardsPage.RoleSheets> links = new LinkedHashMap<>();
        for (Role role : model.roles()) {
            links.put(role.note().path(), new PageModel.ScorecardsPage.RoleSheets(roleSheetUrl(role),
                    roleSheetUrl(role) + SHEET_PDF, downloadName(role, null),
                    role.loop().isEmpty() ? "" : packetUrl(role), packetDownloadName(role),
                    role.loop().stream().map(step -> new PageModel.ScorecardsPage.StageSheet(step.stage(),
                            stageSheetUrl(role, step.stage()), stageSheetUrl(role, step.stage()) + SHEET_PDF,
                            downloadName(role, step.stage()))).toList()));
        }
        return Collections.unmodifiableMap(links);
    }

    private Page sheet(Role role, LoopStep step) {
        List<Competency> competencies = role.competencies();
        if (step != null && !step.stage().competencies().isEmpty()) {
            // What the stage lists, and what its questions for this role probe: a manager-only question
            // tagged #people-leadership needs its rating row on the manager's sheet.
            Set<String> assessed = new LinkedHashSet<>();
            step.stage().competencies().forEach(c -> assessed.add(c.key()));
            role.questionsAt(step).forEach(question -> question.competencies()
                    .forEach(name -> assessed.add(name.toLowerCase(Locale.ROOT))));
            List<Competency> focused = competencies.stream().filter(c -> assessed.contains(c.key())).toList();
            competencies = focused.isEmpty() ? competencies : focused;
        }
        String url = step == null ? roleSheetUrl(role) : stageSheetUrl(role, step.stage());
        String title = step == null ? role.name() + " scorecard" : role.name() + " · " + step.stage().name();
        PageModel.ScorecardSheet sheet = new PageModel.ScorecardSheet(role, step, competencies,
                fieldKeys(competencies), step == null ? List.of() : view(role.questionsAt(step)),
                step == null ? Map.of() : assesses(role, step),
                step == null ? null : StageTiming.of(step.duration(), role.questionsAt(step).size()), role.scale(),
                step == null || step.stage().recommendations().isEmpty()
                        ? config.scorecard().recommendations() : step.stage().recommendations(),
                config.scorecard().paper(), config.baseUrl().isEmpty() ? "" : config.baseUrl() + url,
                url + SHEET_PDF, role.loop().isEmpty() ? "" : packetUrl(role),
                downloadName(role, step == null ? null : step.stage()), packetDownloadName(role), null, null, null);
        return new Page(url, title, role.note().displayPath(), sheet);
    }

    // What each question of a stage probes, by question id, as the sheet names it: the competencies it is tagged
    // with, by the name the role gives them; a question tagged with none probes what the stage lists.
    private static Map<String, List<String>> assesses(Role role, LoopStep step) {
        Map<String, String> names = new HashMap<>();
        role.competencies().forEach(c -> names.put(c.key(), c.name()));
        step.stage().competencies().forEach(c -> names.putIfAbsent(c.key(), c.name()));
        List<String> stage = step.stage().competencies().stream().map(Competency::name).toList();
        Map<String, List<String>> assesses = new HashMap<>();
        for (Question question : role.questionsAt(step)) {
            List<String> tagged = question.competencies().stream()
                    .map(name -> names.getOrDefault(name.toLowerCase(Locale.ROOT), name)).distinct().toList();
            assesses.put(question.id(), tagged.isEmpty() ? stage : tagged);
        }
        return Collections.unmodifiableMap(assesses);
    }

    // The names a sheet's PDF form fields take after each competency (score.system-design): its slug, numbered
    // when two names make one slug, so that every competency keeps a group of its own.
    private static Map<String, String> fieldKeys(List<Competency> competencies) {
        Map<String, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Competency competency : competencies) {
            String slug = Slugs.slug(competency.name());
            String key = slug.isEmpty() ? "competency" : slug;
            for (int n = 2; !taken.add(key); n++) {
                key = (slug.isEmpty() ? "competency" : slug) + "-" + n;
            }
            keys.put(competency.key(), key);
        }
        return Collections.unmodifiableMap(keys);
    }

    private List<PageModel.CoveragePage.Column> coverageColumns() {
        Map<String, Competency> all = new LinkedHashMap<>();
        model.competencies().forEach(c -> all.put(c.key(), c));
        model.roles().forEach(role -> role.competencies().forEach(c -> all.putIfAbsent(c.key(), c)));
        return all.values().stream().map(c -> new PageModel.CoveragePage.Column(c, c.key())).toList();
    }

    private static final List<Tab> QUESTION_TABS = List.of(
            new Tab("A–Z", INDEX + "questions/"),
            new Tab("By section", INDEX + "questions/sections/"),
            new Tab("By theme", INDEX + "questions/themes/"),
            new Tab("By competency", INDEX + "questions/competencies/"),
            new Tab("By role", INDEX + "questions/roles/"),
            new Tab("By stage", INDEX + "questions/stages/"));

    private List<Page> questionIndexes() {
        if (questionIndexes != null) {
            return questionIndexes;
        }
        List<Tab> tabs = QUESTION_TABS;
        List<Page> pages = new ArrayList<>();
        pages.addAll(questionPages(tabs.get(0), groupBy(q -> List.of(initial(q.question().text())), Map.of()),
                null));
        pages.addAll(questionPages(tabs.get(1), groupBy(q -> q.question().section().isEmpty()
                ? List.of("(No section)") : List.of(q.question().section()), Map.of()), null));
        Map<String, String> labels = config.highlights().labels();
        pages.addAll(questionPages(tabs.get(2), groupBy(q -> q.question().themes().stream()
                .map(theme -> labels.getOrDefault(theme, theme)).toList(), Map.of()), null));
        pages.addAll(questionPages(tabs.get(3), groupBy(q -> q.question().competencies(), Map.of()),
                competencyGroups));
        pages.addAll(questionPages(tabs.get(4), groupBy(QuestionView::roles, Map.of()), null));
        pages.addAll(questionPages(tabs.get(5), groupBy(QuestionView::stages, Map.of()), null));
        questionIndexes = List.copyOf(pages);
        return questionIndexes;
    }

    // Where a competency's questions begin in the by-competency index: its page and its group's anchor.
    private String allQuestionsOf(Competency competency) {
        questionIndexes();
        return competencyGroups.getOrDefault(competency.name().toLowerCase(Locale.ROOT),
                QUESTION_TABS.get(3).url());
    }

    // One question index as pages: a single page when it is short, else pages of QUESTIONS_PER_PAGE entries,
    // a group cut across pages going on under its title on the next. starts, when given, takes where each
    // group begins (its page's address and its anchor) by its title in lower case.
    private List<Page> questionPages(Tab tab, List<QuestionGroup> groups, Map<String, String> starts) {
        List<List<QuestionGroup>> cut = new ArrayList<>();
        List<QuestionGroup> current = new ArrayList<>();
        int room = QUESTIONS_PER_PAGE;
        int[] startPage = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            QuestionGroup group = groups.get(g);
            List<QuestionView> rest = group.questions();
            boolean continued = false;
            while (!rest.isEmpty()) {
                if (room == 0) {
                    cut.add(current);
                    current = new ArrayList<>();
                    room = QUESTIONS_PER_PAGE;
                }
                int take = Math.min(room, rest.size());
                if (!continued) {
                    startPage[g] = cut.size();
                }
                current.add(new QuestionGroup(group.title(), continued ? "" : group.id(), group.description(),
                        rest.subList(0, take), group.questions().size(), continued));
                rest = rest.subList(take, rest.size());
                room -= take;
                continued = true;
            }
        }
        cut.add(current);
        String url = tab.url();
        List<Page> pages = new ArrayList<>();
        for (int number = 0; number < cut.size(); number++) {
            List<GroupLink> index = new ArrayList<>(groups.size());
            for (int g = 0; g < groups.size(); g++) {
                QuestionGroup group = groups.get(g);
                index.add(new GroupLink(group.title(), group.id(), group.questions().size(),
                        startPage[g] == number ? "" : Paging.pageUrl(url, startPage[g])));
            }
            pages.add(new Page(Paging.pageUrl(url, number),
                    Paging.pageTitle("Questions · " + tab.title(), number, cut.size()), "",
                    new PageModel.QuestionsPage(QUESTION_TABS, List.copyOf(cut.get(number)), List.copyOf(index),
                            Paging.of(url, number, cut.size()), model.questions().size(), tab.title())));
        }
        for (int g = 0; starts != null && g < groups.size(); g++) {
            starts.put(groups.get(g).title().toLowerCase(Locale.ROOT),
                    Paging.pageUrl(url, startPage[g]) + "#" + groups.get(g).id());
        }
        return pages;
    }

    private List<QuestionGroup> groupBy(Function<QuestionView, List<String>> keys, Map<String, String> descriptions) {
        Map<String, String> titles = new TreeMap<>();
        Map<String, List<QuestionView>> groups = new TreeMap<>();
        for (Question question : model.questions()) {
            QuestionView view = views.get(question.id());
            for (String key : keys.apply(view)) {
                String normalised = key.toLowerCase(Locale.ROOT);
                titles.putIfAbsent(normalised, key);
                groups.computeIfAbsent(normalised, k -> new ArrayList<>()).add(view);
            }
        }
        List<QuestionGroup> result = new ArrayList<>();
        Set<String> ids = new HashSet<>(); // "E" and "É", "C++" and "C#" slug alike: each group its own anchor
        groups.forEach((key, list) -> {
            String base = "group-" + Slugs.slug(key);
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            result.add(new QuestionGroup(titles.get(key), id, descriptions.getOrDefault(key, ""), List.copyOf(list)));
        });
        return result;
    }

    private static String initial(String text) {
        String letter = text.isEmpty() ? "#" : text.substring(0, 1).toUpperCase(Locale.ROOT);
        return Character.isLetter(letter.charAt(0)) ? letter : "#";
    }

    // A stage's kit: the title of a question the stage writes leads to where this page asks it, not away to the
    // question's first source elsewhere.
    private List<QuestionView> kit(Stage stage) {
        String listed = stage.note().url() + "#";
        return stage.questions().stream().map(question -> {
            QuestionView view = views.get(question.id());
            // A question shown through an embed has no anchor on this page (ids stay on their own page), so it
            // keeps the link to where it is written.
            String anchor = question.sources().stream().filter(source -> source.note().path()
                    .equals(stage.note().path())).map(QuestionSource::anchor).findFirst().orElse(null);
            // The same view where it already leads here: the page matches its front-matter list by it.
            return anchor == null || view.url().equals(listed + anchor) ? view : new QuestionView(question,
                    listed + anchor, view.sourceTitle(), view.roles(), view.stages(), view.themes());
        }).toList();
    }

    private List<QuestionView> view(List<Question> questions) {
        return questions.stream().map(q -> views.get(q.id())).toList();
    }
}
