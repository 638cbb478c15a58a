package dev.handbook.interview;

import dev.handbook.config.ScoreRange;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.links.NoteIndex;
import dev.handbook.markdown.LinkTable;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.QuestionAnchors;
import dev.handbook.markdown.wikilink.WikiLinkSyntax;
import dev.handbook.vault.Note;
import dev.handbook.vault.Slugs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The interview stage: reads roles, competencies and stages from front matter, extracts the questions
 * from every note, and checks that each role's loop asks about each of its competencies.
 */
public final class InterviewBuilder {

    // Fewer left-out questions than this are a guide's own asides, not a bank it forgot to mark.
    private static final int LEFT_OUT_WORTH_SAYING = 3;

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Set<Competency> misnamed = Collections.newSetFromMap(new IdentityHashMap<>());
    private FoundQuestions last;
    private FoundQuestions next;
    // The parts of notes that a stage or role shows through an embed, by note path: they hold questions as a bank does.
    private Map<String, List<EmbeddedQuestions.Range>> embedded = Map.of();
    // The scores each competency note's levels: are written for, by note path.
    private final Map<String, List<Integer>> levelScores = new java.util.concurrent.ConcurrentHashMap<>();

    /** Creates the stage; coverage gaps are warnings, or errors when the config is strict. */
    public InterviewBuilder(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    /**
     * Takes the questions found in a parse last time from {@code last} instead of looking again, and keeps what
     * this build finds in {@code next}; a preview's rebuild passes them (the configuration being the same).
     */
    public InterviewBuilder reusing(FoundQuestions last, FoundQuestions next) {
        this.last = last;
        this.next = next;
        return this;
    }

    /**
     * Builds the interview model from the parsed notes, with the anchors given to the questions found in them;
     * {@code links} tells what each note embeds.
     */
    public Interview build(List<ParsedNote> notes, LinkTable links, NoteIndex index) {
        Map<String, List<EmbeddedQuestions.Range>> shownBy = EmbeddedQuestions.shownBy(notes, links,
                InterviewBuilder::asksByEmbedding);
        embedded = EmbeddedQuestions.byShownNote(shownBy);
        List<QuestionExtractor.Extracted> extracted = notes.parallelStream().map(this::foundIn).toList();
        List<List<QuestionExtractor.Found>> found = extracted.stream().map(QuestionExtractor.Extracted::found).toList();
        Map<String, Map<com.vladsch.flexmark.util.ast.Node, String>> anchors = new HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            if (!extracted.get(i).anchors().isEmpty()) {
                anchors.put(notes.get(i).note().path(), extracted.get(i).anchors());
            }
        }
        Map<String, Competency> competencies = new LinkedHashMap<>();
        for (ParsedNote parsed : notes) {
            if (kind(parsed.note()).equals("competency")) {
                Competency competency = competency(parsed.note());
                competencies.putIfAbsent(competency.key(), competency);
            }
        }
        Map<String, QuestionBuilder> merged = new LinkedHashMap<>();
        Map<String, List<QuestionBuilder>> byNote = new HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i).note();
            List<String> noteCompetencies = competencyNames(note, index, competencies);
            for (QuestionExtractor.Found question : found.get(i)) {
                QuestionBuilder builder = merged.computeIfAbsent(QuestionIds.key(question.text()),
                        key -> new QuestionBuilder(question));
                builder.addSource(note, question, noteCompetencies, tagCompetencies(question.tags(), competencies));
                List<QuestionBuilder> ofNote = byNote.computeIfAbsent(note.path(), k -> new ArrayList<>());
                if (!ofNote.contains(builder)) {
                    ofNote.add(builder);
                }
            }
        }
        addEmbedded(notes, shownBy, found, index, competencies, merged, byNote);
        Map<QuestionBuilder, Question> built = new LinkedHashMap<>();
        merged.values().forEach(builder -> built.put(builder, builder.build()));
        Map<String, List<Question>> listed = new HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            for (QuestionExtractor.Found question : found.get(i)) {
                if (question.listed()) {
                    listed.computeIfAbsent(notes.get(i).note().path(), k -> new ArrayList<>())
                            .add(built.get(merged.get(QuestionIds.key(question.text()))));
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        for (ParsedNote parsed : notes) {
            Note note = parsed.note();
            if (kind(note).equals("stage")) {
                Stage stage = stage(note, index, competencies, questionsOf(byNote, built, note));
                stages.put(note.path(), stage);
                if (stage.questions().isEmpty() && !optsOut(note)) {
                    warn(note, 1, "stage " + note.title() + " has no question: write its questions in it, embed"
                            + " them from a bank (![[Bank#Section]]), or list them under 'questions:'");
                }
            }
        }
        List<Role> roles = new ArrayList<>();
        for (ParsedNote parsed : notes) {
            if (kind(parsed.note()).equals("role")) {
                roles.add(role(parsed.note(), index, competencies, stages, byNote, built));
            }
        }
        competencies.values().forEach(c -> model.put(c.note().path(), c));
        stages.values().forEach(s -> model.put(s.note().path(), s));
        roles.forEach(r -> model.put(r.note().path(), r));
        // Each question's sort key made once: lower-casing at every comparison would take a fifth of this stage at 10,000 notes.
        List<Question> questions = built.values().stream()
                .map(question -> Map.entry(question.text().toLowerCase(Locale.ROOT), question))
                .sorted(Map.Entry.<String, Question>comparingByKey().thenComparing(entry -> entry.getValue().id()))
                .map(Map.Entry::getValue)
                .toList();
        roles.sort(Comparator.comparing((Role r) -> order(r.note())).thenComparing(Role::name));
        List<Stage> stageList = new ArrayList<>(stages.values());
        Map<Stage, Double> place = loopPlaces(roles);
        stageList.sort(Comparator.comparing((Stage s) -> order(s.note()))
                .thenComparing(s -> place.getOrDefault(s, Double.MAX_VALUE)).thenComparing(Stage::name));
        List<Competency> competencyList = new ArrayList<>(competencies.values());
        competencyList.sort(Comparator.comparing((Competency c) -> c.note() == null ? Integer.MAX_VALUE
                : order(c.note())).thenComparing(Competency::name));
        return new Interview(new InterviewModel(List.copyOf(roles), List.copyOf(stageList),
                List.copyOf(competencyList), questions, Map.copyOf(model), Map.copyOf(listed)),
                QuestionAnchors.of(anchors));
    }

    // The questions written inside what a stage or role embeds are its own too: they go on its kit and sheets
    // and count in its coverage, with its competencies when they name none of their own.
    private void addEmbedded(List<ParsedNote> notes, Map<String, List<EmbeddedQuestions.Range>> shownBy,
                             List<List<QuestionExtractor.Found>> found, NoteIndex index,
                             Map<String, Competency> competencies, Map<String, QuestionBuilder> merged,
                             Map<String, List<QuestionBuilder>> byNote) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            position.put(notes.get(i).note().path(), i);
        }
        for (int n = 0; n < notes.size(); n++) {
            ParsedNote parsed = notes.get(n);
            Note note = parsed.note();
            List<EmbeddedQuestions.Range> shown = shownBy.get(note.path());
            if (shown == null) {
                continue; // asks nothing through embeds
            }
            List<String> noteCompetencies = competencyNames(note, index, competencies);
            // Where each question stands on the note's page: its own at their lines, embedded ones at the embed.
            Map<QuestionBuilder, Double> place = new HashMap<>();
            for (QuestionExtractor.Found own : found.get(n)) {
                place.putIfAbsent(merged.get(QuestionIds.key(own.text())), (double) own.line());
            }
            for (EmbeddedQuestions.Range range : shown) {
                Integer source = position.get(range.path());
                for (QuestionExtractor.Found question : source == null ? List.<QuestionExtractor.Found>of() : found.get(source)) {
                    if (!range.shows(range.path(), question.line())) {
                        continue;
                    }
                    QuestionBuilder builder = merged.get(QuestionIds.key(question.text()));
                    builder.addEmbedding(noteCompetencies, tagCompetencies(question.tags(), competencies));
                    List<QuestionBuilder> ofNote = byNote.computeIfAbsent(note.path(), k -> new ArrayList<>());
                    if (!ofNote.contains(builder)) {
                        ofNote.add(builder);
                        place.putIfAbsent(builder, range.at() + question.line() / 1e7);
                    }
                }
            }
            // Its kit and sheets ask them in the order the page shows them (the sort keeps ties as found).
            List<QuestionBuilder> asked = byNote.get(note.path());
            if (asked != null) {
                asked.sort(Comparator.comparingDouble(builder -> place.getOrDefault(builder, 0.0)));
            }
        }
    }

    // A stage or role asks what it embeds, unless it says it asks nothing (a debrief's 'questions: false').
    private static boolean asksByEmbedding(Note note) {
        return Set.of("stage", "role").contains(kind(note)) && !optsOut(note);
    }

    // 'questions: false': the note asks nothing, written or embedded.
    private static boolean optsOut(Note note) {
        Object declared = note.frontMatter().get("questions");
        return Boolean.FALSE.equals(declared) || "false".equals(String.valueOf(declared));
    }

    // Where a stage falls in the loops that hold it, from 0 (first) to 1 (last), averaged over them: a list of
    // stages reads as the interview runs (screen, then the onsite, then the debrief) rather than A to Z.
    private static Map<Stage, Double> loopPlaces(List<Role> roles) {
        Map<Stage, double[]> sums = new IdentityHashMap<>();
        for (Role role : roles) {
            List<LoopStep> loop = role.loop();
            for (int i = 0; i < loop.size(); i++) {
                double[] sum = sums.computeIfAbsent(loop.get(i).stage(), k -> new double[2]);
                sum[0] += loop.size() == 1 ? 0 : (double) i / (loop.size() - 1);
                sum[1]++;
            }
        }
        Map<Stage, Double> places = new IdentityHashMap<>();
        sums.forEach((stage, sum) -> places.put(stage, sum[0] / sum[1]));
        return places;
    }

    private static int order(Note note) {
        return note.order() == null ? Integer.MAX_VALUE : note.order();
    }

    /** The kind of a note: {@code type} in front matter, else the folder it sits in (roles/, stages/...). */
    static String kind(Note note) {
        if (!note.type().isEmpty()) {
            return note.type();
        }
        String top = note.path().contains("/") ? note.path().substring(0, note.path().indexOf('/')) : "";
        return switch (top.toLowerCase(Locale.ROOT)) {
            case "roles" -> "role";
            case "stages" -> "stage";
            case "competencies" -> "competency";
            default -> "";
        };
    }

    /**
     * The anchors of one note's questions, as a full build gives them, so a page drawn on its own (the preview's
     * edited-pages route) has the same ids the indexes link to.
     */
    public QuestionAnchors anchorQuestions(ParsedNote parsed) {
        return QuestionAnchors.of(Map.of(parsed.note().path(), questionsOf(parsed).anchors()));
    }

    private QuestionScope.Scope scope(ParsedNote parsed) {
        return QuestionScope.of(parsed.note(), kind(parsed.note()));
    }

    private QuestionExtractor.Extracted foundIn(ParsedNote parsed) {
        QuestionScope.Scope scope = scope(parsed);
        List<EmbeddedQuestions.Range> shown = embedded.getOrDefault(parsed.note().path(), List.of());
        QuestionExtractor.Extracted found = last == null ? null : last.found(parsed, scope, shown);
        if (found == null) {
            found = questionsOf(parsed, scope, shown);
            if (scope == QuestionScope.Scope.UNMARKED) {
                reportLeftOut(parsed, found.found().size(), shown);
            }
        }
        if (next != null) {
            next.put(parsed, scope, shown, found);
        }
        return found;
    }

    // A note that nothing marks as a stage, role or bank gives only the lists it says are questions. When it asks
    // more than that, say so at the first one left out, rather than leaving a plain folder of interview notes
    // with an empty question bank and no word why.
    private void reportLeftOut(ParsedNote parsed, int taken, List<EmbeddedQuestions.Range> shown) {
        List<QuestionExtractor.Found> whole = new QuestionExtractor(parsed, config.highlights(),
                QuestionScope.Scope.WHOLE_NOTE, shown).withoutAnchors().extract();
        if (whole.size() - taken < LEFT_OUT_WORTH_SAYING) {
            return;
        }
        diagnostics.warning(parsed.note().displayPath(), whole.get(0).line(), 1, (whole.size() - taken)
                + " questions here are not in the question bank, since this note is not a stage, role or bank; to ask"
                + " them, give it 'type: question-bank' or 'questions: true' or move it into a questions/ folder"
                + " ('questions: false' says they are not for candidates)");
    }

    private QuestionExtractor.Extracted questionsOf(ParsedNote parsed) {
        return questionsOf(parsed, scope(parsed), embedded.getOrDefault(parsed.note().path(), List.of()));
    }

    private QuestionExtractor.Extracted questionsOf(ParsedNote parsed, QuestionScope.Scope scope,
                                                   List<EmbeddedQuestions.Range> shown) {
        if (optsOut(parsed.note())) {
            return new QuestionExtractor.Extracted(List.of(), Map.of());
        }
        Object optOut = parsed.note().frontMatter().get("questions");
        QuestionExtractor extractor = new QuestionExtractor(parsed, config.highlights(), scope, shown);
        List<QuestionExtractor.Found> found = new ArrayList<>(extractor.extract());
        if (optOut instanceof List<?> explicit) {
            Set<String> asked = new HashSet<>();
            found.forEach(question -> asked.add(QuestionIds.key(question.text())));
            for (int entry = 0; entry < explicit.size(); entry++) {
                Object item = explicit.get(entry);
                int line = parsed.note().keyLine("questions", entry); // its own line, so the export keeps the order
                String text = item instanceof Map<?, ?> map ? String.valueOf(map.get("text")) : String.valueOf(item);
                String lookFor = item instanceof Map<?, ?> map && map.get("lookFor") != null
                        ? String.valueOf(map.get("lookFor")).trim() : "";
                // A question also written in the text is anchored there; the page shows it once.
                if (text.isBlank() || "null".equals(text) || !asked.add(QuestionIds.key(text))) {
                    continue;
                }
                found.add(new QuestionExtractor.Found(text.trim(), List.of(), List.of(), List.of(), lookFor,
                        "Questions", List.of(), List.of(), QuestionIds.of(text.trim()), line, true));
            }
        }
        return new QuestionExtractor.Extracted(found, extractor.anchors());
    }

    private Competency competency(Note note) {
        Object levels = note.frontMatter().get("levels");
        List<String> descriptions = new ArrayList<>();
        if (levels instanceof Map<?, ?> map) {
            Map<Integer, String> byScore = new java.util.TreeMap<>();
            map.forEach((score, text) -> {
                String written = String.valueOf(score).trim();
                try {
                    byScore.put(Integer.parseInt(written), String.valueOf(text));
                } catch (NumberFormatException e) {
                    warn(note, "levels", "level '" + written + "' of " + note.title() + " is not a score; write the"
                            + " score it describes as a number; it is left out");
                }
            });
            descriptions.addAll(byScore.values());
            // Which scores they are is checked against the scale of each role that assesses the competency.
            levelScores.put(note.path(), List.copyOf(byScore.keySet()));
        } else if (levels instanceof List<?> list) {
            list.forEach(item -> descriptions.add(String.valueOf(item)));
        }
        Object description = note.frontMatter().get("description");
        return new Competency(note.title(), note, description == null ? "" : String.valueOf(description),
                List.copyOf(descriptions));
    }

    // The competencies a note names in front matter: wiki-links to competency notes, or plain names.
    private List<Competency> competencyList(Note note, NoteIndex index, Map<String, Competency> known) {
        List<Competency> result = new ArrayList<>();
        Object raw = note.frontMatter().get("competencies");
        List<?> entries = raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw);
        for (int entry = 0; entry < entries.size(); entry++) {
            String value = text(entries.get(entry));
            if (value.isEmpty()) {
                continue;
            }
            String linked = linkedNote(value);
            String name = value;
            boolean namesNoNote = false;
            if (linked != null) {
                NoteIndex.Match match = index.note(note, linked);
                if (match == null) {
                    warn(note, note.keyLine("competencies", entry), "competency " + value + " names no note; "
                            + index.didYouMean(linked) + "create it or write a plain name");
                    name = linked;
                    namesNoNote = true;
                } else {
                    name = match.note().title();
                }
            }
            Competency competency = known.get(name.toLowerCase(Locale.ROOT));
            if (competency == null) {
                competency = new Competency(name, null, "", List.of());
                if (namesNoNote) {
                    misnamed.add(competency);
                }
            }
            result.add(competency);
        }
        return result;
    }

    private List<String> competencyNames(Note note, NoteIndex index, Map<String, Competency> known) {
        if (kind(note).equals("competency")) {
            return List.of(note.title());
        }
        if (kind(note).equals("role")) {
            return List.of();
        }
        return competencyList(note, index, known).stream().map(Competency::name).toList();
    }

    // An inline #tag names a competency when its last part is the competency's name as a slug.
    // A nested tag names its competency in any part, the deepest first: #competency/system-design and
    // #system-design/reliability both probe System Design.
    private static List<String> tagCompetencies(List<String> tags, Map<String, Competency> known) {
        List<String> names = new ArrayList<>();
        for (String tag : tags) {
            String[] parts = tag.split("/");
            List<String> named = List.of();
            for (int i = parts.length - 1; i >= 0 && named.isEmpty(); i--) {
                String slug = Slugs.slug(parts[i]);
                named = known.values().stream().filter(competency -> Slugs.slug(competency.name()).equals(slug)
                        || Slugs.slug(competency.note().name()).equals(slug)).map(Competency::name).toList();
            }
            names.addAll(named);
        }
        return names;
    }

    private Stage stage(Note note, NoteIndex index, Map<String, Competency> known, List<Question> questions) {
        Map<String, Object> fm = note.frontMatter();
        return new Stage(note, text(fm.get("duration")), strings(fm.get("interviewers")), text(fm.get("purpose")),
                competencyList(note, index, known), questions, strings(fm.get("recommendations")), lines(note));
    }

    // A stage's ruled lines per question: a whole number from 1 to the most a page holds; anything else is
    // reported at the key's line and leaves the sheet to share its page.
    private int lines(Note note) {
        Object value = note.frontMatter().get("lines");
        if (value == null) {
            return 0;
        }
        String text = String.valueOf(value).trim();
        if (text.matches("[0-9]{1,3}")) {
            int lines = Integer.parseInt(text);
            if (lines >= 1 && lines <= Stage.MAX_LINES) {
                return lines;
            }
        }
        warn(note, "lines", "'lines' should be a number of ruled lines per question, 1 to " + Stage.MAX_LINES
                + "; '" + text + "' is ignored");
        return 0;
    }

    private static List<Question> questionsOf(Map<String, List<QuestionBuilder>> byNote,
                                              Map<QuestionBuilder, Question> built, Note note) {
        return byNote.getOrDefault(note.path(), List.of()).stream().map(built::get).toList();
    }

    private Role role(Note note, NoteIndex index, Map<String, Competency> known, Map<String, Stage> stages,
                      Map<String, List<QuestionBuilder>> byNote, Map<QuestionBuilder, Question> built) {
        Map<String, Object> fm = note.frontMatter();
        List<LoopStep> loop = new ArrayList<>();
        List<String> unwritten = new ArrayList<>();
        Object rawLoop = fm.get("loop");
        if (rawLoop != null && !(rawLoop instanceof List)) {
            warn(note, "loop", "'loop' should be a list of stages, e.g. '- stage: \"[[Phone Screen]]\"'");
        }
        List<?> steps = rawLoop instanceof List<?> list ? list : List.of();
        for (int entry = 0; entry < steps.size(); entry++) {
            Object step = steps.get(entry);
            String target = step instanceof Map<?, ?> map ? text(map.get("stage")) : text(step);
            String duration = step instanceof Map<?, ?> map ? text(map.get("duration")) : "";
            String linked = linkedNote(target);
            String name = linked != null ? linked : target.trim();
            NoteIndex.Match match = name.isEmpty() ? null : index.note(note, name);
            if (match == null) {
                warn(note, note.keyLine("loop", entry), "loop stage '" + target + "' names no note; "
                        + index.didYouMean(name) + "create the stage note or fix the name");
                if (!name.isEmpty()) {
                    unwritten.add(duration.isEmpty() ? name : name + " (" + duration + ")");
                }
                continue;
            }
            Stage stage = stages.get(match.note().path());
            if (stage == null) {
                stage = new Stage(match.note(), "", List.of(), "", List.of(),
                        questionsOf(byNote, built, match.note()), List.of(), 0);
            }
            loop.add(new LoopStep(stage, duration.isEmpty() ? stage.duration() : duration));
        }
        List<Competency> competencies = competencyList(note, index, known);
        List<String> scale = scale(fm);
        List<Integer> scores = scores(scale);
        for (Competency competency : competencies) {
            // When the counts differ, the warning below names both; otherwise a level keyed outside the scale is named.
            boolean sameCount = competency.levels().isEmpty() || competency.levels().size() == scale.size();
            for (int level : competency.note() == null || !sameCount ? List.<Integer>of()
                    : levelScores.getOrDefault(competency.note().path(), List.of())) {
                if (!scores.contains(level)) {
                    warn(competency.note(), "levels", "level " + level + " of " + competency.name() + " is not a score"
                            + " of role " + note.title() + "'s scale (" + scores.get(0) + " to "
                            + scores.get(scores.size() - 1) + "); its rubric line has no box there");
                }
            }
            // A rubric level with no score box, or a box with no level: say which two disagree.
            if (!competency.levels().isEmpty() && competency.levels().size() != scale.size()) {
                warn(note, fm.containsKey("scale") ? "scale" : "competencies", "role " + note.title() + " scores on "
                        + scale.size() + " levels (" + String.join(", ", scale) + ") but competency " + competency.name()
                        + " describes " + competency.levels().size() + " in its levels:; give both the same number");
            }
        }
        Role role = new Role(note, text(fm.get("mission")), strings(fm.get("outcomes")), competencies,
                scale, List.copyOf(loop), Map.of(), List.copyOf(unwritten));
        Map<String, Integer> coverage = new LinkedHashMap<>();
        List<Question> questions = role.questions();
        for (Competency competency : competencies) {
            int count = (int) questions.stream()
                    .filter(q -> q.competencies().stream().anyMatch(c -> c.equalsIgnoreCase(competency.name()))).count();
            coverage.put(competency.key(), count);
            // A competency whose link names no note has had its warning: "tag a question #comunication" is noise.
            if (count == 0 && !misnamed.contains(competency)) {
                diagnostics.report(config.strict() ? Severity.ERROR : Severity.WARNING, note.displayPath(),
                        note.keyLine("competencies"), 1, "role " + note.title() + ": no question in its loop probes "
                                + competency.name() + "; tag a question #" + Slugs.slug(competency.name())
                                + ", or list the competency on a stage that asks a question with no competency tag");
            }
        }
        return new Role(note, role.mission(), role.outcomes(), competencies, role.scale(), role.loop(),
                java.util.Collections.unmodifiableMap(coverage), role.unwritten());
    }

    // The scores a scale's labels stand for: the numbers themselves for a range ("1-5"), else 0 up.
    private static List<Integer> scores(List<String> scale) {
        List<Integer> numbers = new ArrayList<>();
        for (String label : scale) {
            try {
                numbers.add(Integer.parseInt(label.trim()));
            } catch (NumberFormatException e) {
                numbers.clear();
                break;
            }
        }
        if (numbers.isEmpty()) {
            for (int score = 0; score < scale.size(); score++) {
                numbers.add(score);
            }
        }
        return numbers;
    }

    private List<String> scale(Map<String, Object> fm) {
        List<String> scale = strings(fm.get("scale"));
        List<String> range = scale.size() == 1 ? ScoreRange.labels(scale.get(0)) : null;
        return range != null ? range : scale.isEmpty() ? config.scorecard().scale() : scale;
    }

    private void warn(Note note, String key, String message) {
        warn(note, note.keyLine(key), message);
    }

    private void warn(Note note, int line, String message) {
        diagnostics.warning(note.displayPath(), line, 1, message);
    }

    // The note a front-matter value names as a link ("[[Phone Screen]]", "[[Rubric#Levels|the rubric]]"), or null
    // when the value is not one link to a note (a plain name, an embed, a link to a heading of its own note).
    private static String linkedNote(String value) {
        WikiLinkSyntax.Parts link = WikiLinkSyntax.whole(value);
        return link == null || link.embed() || link.target().isEmpty() ? null : link.target();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value).trim();
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return List.of();
        }
        return List.of(String.valueOf(value).trim());
    }

    /** Gathers one question's sources and competencies from every note that asks it. */
    private static final class QuestionBuilder {
        private final QuestionExtractor.Found first;
        private final List<QuestionSource> sources = new ArrayList<>();
        private final Set<String> competencies = new LinkedHashSet<>();
        private final Set<String> themes = new LinkedHashSet<>();
        private final Set<String> probes = new LinkedHashSet<>();
        private String lookFor = "";

        QuestionBuilder(QuestionExtractor.Found first) {
            this.first = first;
        }

        void addSource(Note note, QuestionExtractor.Found found, List<String> noteCompetencies,
                       List<String> tagCompetencies) {
            sources.add(new QuestionSource(note, found.anchor(), found.line()));
            // A tag naming a competency says what this question probes; only an untagged question takes all the
            // note's, or every question of a three-competency stage counted three times in the coverage matrix.
            competencies.addAll(tagCompetencies.isEmpty() ? noteCompetencies : tagCompetencies);
            themes.addAll(found.themes());
            probes.addAll(found.probes());
            if (lookFor.isEmpty()) {
                lookFor = found.lookFor();
            }
        }

        // Asked by a stage that embeds where it is written: the stage's competencies when it is tagged with none.
        void addEmbedding(List<String> noteCompetencies, List<String> tagCompetencies) {
            competencies.addAll(tagCompetencies.isEmpty() ? noteCompetencies : tagCompetencies);
        }

        Question build() {
            return new Question(QuestionIds.of(first.text()), first.text(), first.variants(), List.copyOf(probes),
                    first.answer(), lookFor, first.section(), List.copyOf(themes), List.copyOf(competencies),
                    List.copyOf(sources));
        }
    }
}
