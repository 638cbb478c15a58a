package dev.handbook.site;

import dev.handbook.config.SiteConfig;
import dev.handbook.interview.Competency;
import dev.handbook.interview.InterviewModel;
import dev.handbook.interview.LoopStep;
import dev.handbook.interview.Question;
import dev.handbook.interview.QuestionSource;
import dev.handbook.interview.Role;
import dev.handbook.interview.Stage;
import dev.handbook.vault.Slugs;
import java.util.ArrayList;
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

    /** How a note page of the model is drawn: its template and the values it adds. */
    public record NoteView(String template, Map<String, Object> model) {
    }

    /**
     * The template and extra values for a role, stage or competency note, given its rendered body; null for other
     * notes. A stage's values replace its content with the body its kit is drawn onto.
     */
    public NoteView noteView(String path, String body) {
        Object declared = model.byNote().get(path);
        Map<String, Object> values = new LinkedHashMap<>();
        if (declared instanceof Role role) {
            values.put("role", role);
            values.put("loop", role.loop().stream().map(step -> Map.of("step", step,
                    "questions", view(role.questionsAt(step)),
                    "scorecard", stageSheetUrl(role, step.stage()),
                    "pdf", stageSheetUrl(role, step.stage()) + SHEET_PDF,
                    "download", downloadName(role, step.stage()))).toList());
            values.put("byCompetency", role.competencies().stream().map(c -> new QuestionGroup(c.name(),
                    Slugs.slug(c.name()), c.description(), view(role.questions().stream()
                    .filter(q -> q.competencies().stream().anyMatch(n -> n.equalsIgnoreCase(c.name()))).toList())))
                    .toList());
            values.put("scorecard", roleSheetUrl(role));
            values.put("scorecardPdf", roleSheetUrl(role) + SHEET_PDF);
            values.put("download", downloadName(role, null));
            values.put("packet", role.loop().isEmpty() ? "" : packetUrl(role));
            values.put("packetDownload", packetDownloadName(role));
            return new NoteView("role", values);
        }
        if (declared instanceof Stage stage) {
            values.put("stage", stage);
            values.put("questions", kit(stage));
            putContent(values, body);
            values.put("roles", model.rolesOf(stage).stream().map(role -> Map.of("role", role,
                    "scorecard", stageSheetUrl(role, stage))).toList());
            values.put("loopNav", loopNavigation(stage));
            return new NoteView("stage", values);
        }
        if (declared instanceof Competency competency) {
            values.put("competency", competency);
            values.put("roles", model.rolesOf(competency));
            List<QuestionView> questions = view(model.questionsOf(competency));
            // A long list shows its first page here; the competency's group in the question index has them all.
            values.put("questions", questions.size() > QUESTIONS_PER_PAGE
                    ? questions.subList(0, QUESTIONS_PER_PAGE) : questions);
            values.put("questionTotal", questions.size());
            values.put("allQuestions", questions.size() > QUESTIONS_PER_PAGE ? allQuestionsOf(competency) : "");
            return new NoteView("competency", values);
        }
        return null;
    }

    /**
     * Puts a note page's body into its model as its content; a stage page's body gets the stage's kit drawn onto
     * it. {@link SiteBuilder#putNoteContent} calls this, for a full build and for the preview's edited pages alike.
     */
    @SuppressWarnings("unchecked")
    public static void putContent(Map<String, Object> model, String body) {
        if (model.get("stage") instanceof Stage stage) {
            StageKit kit = StageKit.of(stage, body, (List<QuestionView>) model.get("questions"));
            model.put("kit", kit);
            model.put("content", kit.html());
        } else {
            model.put("content", body);
        }
    }

    /** The questions a note lists in its front matter, in that order, for its page to show; empty for most notes. */
    public List<QuestionView> listedQuestions(String path) {
        return view(model.listed().getOrDefault(path, List.of()));
    }

    /** One role's way through its loop from a stage: the stages before and after it (null at the ends). */
    public record LoopNavigation(Role role, Stage previous, Stage next) {
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
        return result;
    }

    /** The generated pages: indexes, coverage and scorecards. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(INDEX + "roles/", "roles", "Roles", "", Map.of("roles", model.roles())));
        pages.add(new Page(INDEX + "stages/", "stages", "Interview stages", "", Map.of("stages", model.stages(),
                "interview", model)));
        pages.add(new Page(INDEX + "competencies/", "competencies", "Competencies", "",
                Map.of("competencies", model.competencies(), "interview", model)));
        pages.add(new Page(INDEX + "coverage/", "coverage", "Coverage", "", Map.of("roles", model.roles(),
                "competencies", coverageColumns())));
        pages.addAll(questionIndexes());
        pages.add(new Page(SCORECARDS, "scorecards", "Scorecards", "", Map.of("roles", model.roles(),
                "sheets", sheetLinks())));
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

    private Map<String, Object> sheetLinks() {
        Map<String, Object> links = new LinkedHashMap<>();
        for (Role role : model.roles()) {
            links.put(role.note().path(), Map.of("role", roleSheetUrl(role), "pdf", roleSheetUrl(role) + SHEET_PDF,
                    "download", downloadName(role, null),
                    "packet", role.loop().isEmpty() ? "" : packetUrl(role), "packetDownload", packetDownloadName(role),
                    "stages", role.loop().stream().map(step -> Map.of("stage", step.stage(),
                            "url", stageSheetUrl(role, step.stage()),
                            "pdf", stageSheetUrl(role, step.stage()) + SHEET_PDF,
                            "download", downloadName(role, step.stage()))).toList()));
        }
        return links;
    }

    private Page sheet(Role role, LoopStep step) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", role);
        values.put("step", step);
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
        values.put("competencies", competencies);
        values.put("fieldKeys", fieldKeys(competencies));
        values.put("questions", step == null ? List.of() : view(role.questionsAt(step)));
        values.put("assesses", step == null ? Map.of() : assesses(role, step));
        values.put("timing", step == null ? null : StageTiming.of(step.duration(), role.questionsAt(step).size()));
        values.put("scale", role.scale());
        values.put("recommendations", step == null || step.stage().recommendations().isEmpty()
                ? config.scorecard().recommendations() : step.stage().recommendations());
        values.put("paper", config.scorecard().paper());
        String url = step == null ? roleSheetUrl(role) : stageSheetUrl(role, step.stage());
        String title = step == null ? role.name() + " scorecard" : role.name() + " · " + step.stage().name();
        values.put("pageUrl", config.baseUrl().isEmpty() ? "" : config.baseUrl() + url);
        values.put("pdfUrl", url + SHEET_PDF);
        values.put("packetUrl", role.loop().isEmpty() ? "" : packetUrl(role));
        values.put("download", downloadName(role, step == null ? null : step.stage()));
        values.put("packetDownload", packetDownloadName(role));
        return new Page(url, "scorecard", title, role.note().displayPath(), values);
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
        return assesses;
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
        return keys;
    }

    private List<Map<String, Object>> coverageColumns() {
        Map<String, Competency> all = new LinkedHashMap<>();
        model.competencies().forEach(c -> all.put(c.key(), c));
        model.roles().forEach(role -> role.competencies().forEach(c -> all.putIfAbsent(c.key(), c)));
        return all.values().stream().map(c -> Map.<String, Object>of("competency", c, "key", c.key())).toList();
    }

    private static final List<Map<String, String>> QUESTION_TABS = List.of(
            Map.of("title", "A–Z", "url", INDEX + "questions/"),
            Map.of("title", "By section", "url", INDEX + "questions/sections/"),
            Map.of("title", "By theme", "url", INDEX + "questions/themes/"),
            Map.of("title", "By competency", "url", INDEX + "questions/competencies/"),
            Map.of("title", "By role", "url", INDEX + "questions/roles/"),
            Map.of("title", "By stage", "url", INDEX + "questions/stages/"));

    private List<Page> questionIndexes() {
        if (questionIndexes != null) {
            return questionIndexes;
        }
        List<Map<String, String>> tabs = QUESTION_TABS;
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
                QUESTION_TABS.get(3).get("url"));
    }

    /** One entry of a question index's list of groups: the group's anchor and the page it begins on. */
    public record GroupLink(String title, String id, int count, String url) {
    }

    /** A link of a paged index's page list; a gap stands for the pages left out between two links. */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }

    // One question index as pages: a single page when it is short, else pages of QUESTIONS_PER_PAGE entries,
    // a group cut across pages going on under its title on the next. starts, when given, takes where each
    // group begins (its page's address and its anchor) by its title in lower case.
    private List<Page> questionPages(Map<String, String> tab, List<QuestionGroup> groups, Map<String, String> starts) {
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
        String url = tab.get("url");
        List<Page> pages = new ArrayList<>();
        for (int number = 0; number < cut.size(); number++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("tabs", QUESTION_TABS);
            values.put("groups", cut.get(number));
            List<GroupLink> index = new ArrayList<>(groups.size());
            for (int g = 0; g < groups.size(); g++) {
                QuestionGroup group = groups.get(g);
                index.add(new GroupLink(group.title(), group.id(), group.questions().size(),
                        startPage[g] == number ? "" : pageUrl(url, startPage[g])));
            }
            values.put("index", index);
            putPaging(values, url, number, cut.size());
            values.put("total", model.questions().size());
            values.put("view", tab.get("title"));
            pages.add(new Page(pageUrl(url, number), "questions",
                    pageTitle("Questions · " + tab.get("title"), number, cut.size()), "", values));
        }
        for (int g = 0; starts != null && g < groups.size(); g++) {
            starts.put(groups.get(g).title().toLowerCase(Locale.ROOT),
                    pageUrl(url, startPage[g]) + "#" + groups.get(g).id());
        }
        return pages;
    }

    // Page 1 of an index is at its own address; the others under page/N/, as Hugo writes them.
    static String pageUrl(String url, int number) {
        return number == 0 ? url : url + "page/" + (number + 1) + "/";
    }

    // What the pager macro reads for page number (from 0) of count pages of the list at url: none for one page.
    static void putPaging(Map<String, Object> values, String url, int number, int count) {
        values.put("pager", count == 1 ? List.of() : pager(url, number, count));
        values.put("previous", number == 0 ? "" : pageUrl(url, number - 1));
        values.put("next", number + 1 == count ? "" : pageUrl(url, number + 1));
    }

    // The title of page number (from 0) of count pages: "Title · page 2 of 5", or the title alone.
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
