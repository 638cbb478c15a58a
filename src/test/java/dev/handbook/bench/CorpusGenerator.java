package dev.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic handbook of N notes (about 5 KB each) into nested folders, the same every time for
 * one seed: every front matter dialect the vault reads, question lists with Look-for lines and probes,
 * both kinds of mark, a table, code and 5–10 wiki-links per note, plus roles, stages and competencies
 * so the interview stage does real work. Used by {@link Benchmark} and its tests.
 *
 * <pre>java -cp target/test-classes:target/handbook.jar dev.handbook.bench.CorpusGenerator --notes 1000 --out /tmp/corpus --seed 42</pre>
 */
public final class CorpusGenerator {

    /** What was written: the config file, the content folder and how many notes are hidden drafts. */
    public record Corpus(Path siteYml, Path content, int notes, int hidden) {
    }

    private static final String[] COMPETENCIES = {"Systems Thinking", "Code Craft", "Ownership", "Communication",
        "Collaboration", "Product Judgement", "Delivery", "Mentoring"};
    private static final String[] STAGES = {"Recruiter Call", "Technical Screen", "Architecture Session",
        "Paired Coding", "Values Conversation", "Panel Debrief"};
    private static final String[] ROLES = {"Platform Engineer", "Mobile Engineer", "Data Analyst",
        "Engineering Lead"};
    private static final String[] DURATIONS = {"30m", "45m", "60m", "75m", "90m"};
    private static final String[] AREAS = {"engineering", "design", "data", "product", "people", "operations",
        "security", "guides"};
    private static final String[] TOPICS = {"reliability", "incidents", "storage", "queues", "caching", "testing",
        "review", "onboarding", "hiring", "planning", "metrics", "research", "pricing", "billing", "mobile", "web",
        "search", "privacy", "access", "budgets", "vendors", "support", "analytics", "pipelines", "modelling",
        "accessibility", "typography", "motion", "feedback", "calibration"};
    private static final String[] QUALIFIERS = {"Resilient", "Slow", "Shared", "Legacy", "Nightly", "Partial",
        "Async", "Manual", "Regional", "Cached", "Stale", "Noisy", "Quiet", "Layered", "Gradual", "Hidden",
        "Broken", "Tidy", "Urgent", "Careful", "Cross-team", "Early", "Late", "Offline", "Public", "Private",
        "Small", "Large", "First", "Second", "Weekly", "Quarterly", "Open", "Closed", "Remote", "Local",
        "Senior", "Junior", "Silent", "Visible"};
    private static final String[] NOUNS = {"Queues", "Deploys", "Rollbacks", "Migrations", "Dashboards",
        "Alerts", "Runbooks", "Schemas", "Indexes", "Caches", "Retries", "Timeouts", "Budgets", "Roadmaps",
        "Reviews", "Handovers", "Estimates", "Interviews", "Debriefs", "Offers", "Contracts", "Invoices",
        "Reports", "Experiments", "Surveys", "Prototypes", "Components", "Tokens", "Sessions", "Permissions",
        "Backups", "Replicas", "Partitions", "Batches", "Streams", "Webhooks", "Releases", "Incidents",
        "Postmortems", "Standups", "Retros", "Goals", "Metrics", "Audits", "Pipelines", "Forecasts"};
    private static final String[] KINDS = {"Basics", "Deep Dive", "Checklist", "Playbook", "Question Set",
        "Field Notes", "Primer", "Pitfalls", "Patterns", "FAQ", "Walkthrough", "Cheat Sheet", "Case Study",
        "Guide", "Rubric", "Notes"};
    private static final String[] SUBJECTS = {"the candidate", "a strong answer", "the interviewer",
        "the hiring squad", "a weak answer", "the panel", "the team", "the service owner", "a new hire",
        "the on-call engineer", "the product manager", "the designer", "every reviewer", "the debrief"};
    private static final String[] VERBS = {"explains", "questions", "sketches", "measures", "defends",
        "revisits", "simplifies", "documents", "estimates", "prioritises", "tests", "reviews", "challenges",
        "summarises", "compares", "rejects", "narrows", "describes"};
    private static final String[] OBJECTS = {"the trade-off between latency and cost", "the failure mode first",
        "a rollout plan with a way back", "the data model before the endpoints", "what the user sees on a bad day",
        "the numbers behind the design", "a smaller first version", "the risks nobody mentioned",
        "the assumptions behind the estimate", "how the alert would fire", "who owns the follow-up",
        "the cost of waiting a quarter", "why the old design stopped working", "a test that would have caught it",
        "the boundary between two services", "the migration order", "the feedback from the last review"};
    private static final String[] CLAUSES = {"before drawing any boxes", "without being prompted",
        "when the requirements change halfway", "under a tight deadline", "with rough arithmetic out loud",
        "in plain words a dispatcher would follow", "and says what they would defer", "while keeping the pager quiet",
        "and admits what they do not know", "after asking about the users", "with a concrete example from their work",
        "and changes course when the facts change", "before the interviewer hints at it"};
    private static final String[] QUESTION_STARTS = {"How would you", "What would you do to", "Walk me through how you would",
        "When did you last", "Why would you", "How do you decide when to", "Tell me how you would",
        "What goes wrong when teams"};
    private static final String[] QUESTION_VERBS = {"roll back", "split", "measure", "migrate", "review", "estimate",
        "document", "simplify", "retire", "scale", "test", "hand over", "prioritise", "debug", "secure", "explain"};
    private static final String[] QUESTION_CONDITIONS = {"during an incident", "with half the team on holiday",
        "when the numbers disagree", "for a customer on an old version", "without downtime",
        "when two squads own it", "in the first month", "after a failed launch", "with no documentation",
        "under audit", "for ten times the traffic", "when the vendor disappears"};
    private static final String[] LOOK_FORS = {"Questions about users and numbers before any solution.",
        "A plan with a way back, and a reason for the order of steps.", "Honesty about what went wrong and what they learned.",
        "Concrete numbers, not adjectives.", "Ownership of the follow-up rather than blame.",
        "Trade-offs named out loud, with the cost of each.", "Reading the existing code before changing it.",
        "A clear story: situation, task, action, result.", "Curiosity about the other team's constraints."};
    private static final String[] PROBES = {"What would you measure first?", "Who else would you involve?",
        "What would make you change your mind?", "How would you know it worked?", "What did you leave out, and why?",
        "What would you do differently next time?", "What is the smallest safe step?", "How would you explain it to a new hire?"};
    private static final String[] PALETTE = {"#FF5582A6", "#FFB86CA6", "#BBFABBA6", "#D2B3FFA6", "#ADCCFFA6"};
    private static final String[] HEADINGS = {"Overview", "Questions", "Worked example", "Signals", "Trade-offs"};
    private static final String[] TAGS = {"interview", "engineering", "design", "behavioural", "screening",
        "onsite", "senior", "junior", "calibration", "reference", "playbook", "questions"};
    private static final String[] LANGUAGES = {"java", "kotlin", "python", "sql", "yaml"};

    private final int count;
    private final long seed;

    /** A generator of {@code notes} notes from {@code seed}; the same pair always writes the same files. */
    public CorpusGenerator(int notes, long seed) {
        if (notes < COMPETENCIES.length + STAGES.length + ROLES.length + 2) {
            throw new IllegalArgumentException("at least " + (COMPETENCIES.length + STAGES.length + ROLES.length + 2)
                    + " notes are needed");
        }
        this.count = notes;
        this.seed = seed;
    }

    /** One planned note: where it goes, what it is called and whether it is hidden. */
    private record Planned(String folder, String name, String alias, boolean hidden) {
        String path() {
            return folder.isEmpty() ? name : folder + "/" + name;
        }
    }

    /** Writes {@code site.yml} and {@code content/} into {@code dir}, which must be empty or absent. */
    public Corpus write(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Random random = new Random(seed);
        List<String> folders = folders(random);
        List<Planned> notes = plan(random, folders);
        List<Planned> visible = notes.stream().filter(note -> !note.hidden()).toList();
        for (String competency : COMPETENCIES) {
            writeNote(content, "competencies/" + competency, competencyNote(competency, new Random(mix(competency))));
        }
        for (int i = 0; i < STAGES.length; i++) {
            writeNote(content, "process/stages/" + STAGES[i], stageNote(i, new Random(mix(STAGES[i])), visible));
        }
        for (int i = 0; i < ROLES.length; i++) {
            writeNote(content, "process/roles/" + ROLES[i], roleNote(i, new Random(mix(ROLES[i])), visible));
        }
        for (int i = 0; i < notes.size(); i++) {
            Planned note = notes.get(i);
            writeNote(content, note.path(), note(note, i, new Random(mix(note.path())), visible));
        }
        Path siteYml = dir.resolve("site.yml");
        Files.writeString(siteYml, """
                # A generated benchmark handbook (CorpusGenerator, %d notes, seed %d).
                title: Benchmark Handbook
                description: A synthetic interview handbook for measuring build speed.
                content: content
                output: public
                theme: default
                drafts: false
                strict: false
                """.formatted(count, seed), StandardCharsets.UTF_8);
        int hidden = (int) notes.stream().filter(Planned::hidden).count();
        return new Corpus(siteYml, content, count, hidden);
    }

    private long mix(String key) {
        return seed * 0x9E3779B97F4A7C15L + key.hashCode();
    }

    private static void writeNote(Path content, String path, String text) throws IOException {
        Path file = content.resolve(path + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // About one leaf folder per 25 notes, two or three levels deep.
    private List<String> folders(Random random) {
        int wanted = Math.max(4, count / 25);
        Set<String> folders = new LinkedHashSet<>();
        int attempts = 0;
        while (folders.size() < wanted && attempts++ < wanted * 50) {
            String folder = pick(random, AREAS) + "/" + pick(random, TOPICS);
            if (random.nextInt(3) == 0) {
                folder += "/" + pick(random, TOPICS);
            }
            if (random.nextInt(4) == 0) {
                folder += "/" + String.format(Locale.ROOT, "%02d-%s", random.nextInt(100), pick(random, TOPICS));
            }
            folders.add(folder);
        }
        return new ArrayList<>(folders);
    }

    private List<Planned> plan(Random random, List<String> folders) {
        int regular = count - COMPETENCIES.length - STAGES.length - ROLES.length;
        Set<String> names = new HashSet<>();
        for (String fixed : COMPETENCIES) {
            names.add(fixed.toLowerCase(Locale.ROOT));
        }
        for (String fixed : STAGES) {
            names.add(fixed.toLowerCase(Locale.ROOT));
        }
        for (String fixed : ROLES) {
            names.add(fixed.toLowerCase(Locale.ROOT));
        }
        List<Planned> notes = new ArrayList<>();
        for (int i = 0; i < regular; i++) {
            String name;
            do {
                name = pick(random, QUALIFIERS) + " " + pick(random, NOUNS) + " " + pick(random, KINDS);
                if (names.contains(name.toLowerCase(Locale.ROOT))) {
                    name = name + " " + (names.size() % 97 + 2);
                }
            } while (!names.add(name.toLowerCase(Locale.ROOT)));
            String alias = random.nextInt(4) == 0 ? "BN-" + Long.toString(Math.abs(mix(name)) % 46656 + i * 46656L, 36)
                    .toUpperCase(Locale.ROOT) : null;
            boolean hidden = i > 0 && random.nextInt(40) == 0;
            notes.add(new Planned(pick(random, folders.toArray(String[]::new)), name, alias, hidden));
        }
        return notes;
    }

    private String note(Planned note, int index, Random random, List<Planned> visible) {
        StringBuilder out = new StringBuilder(6 * 1024);
        out.append("---\n");
        boolean titled = random.nextInt(5) < 3;
        if (titled) {
            out.append("title: ").append(yaml(note.name())).append('\n');
        }
        if (note.alias() != null) {
            switch (random.nextInt(3)) {
                case 0 -> out.append("aliases:\n  - ").append(note.alias()).append('\n');
                case 1 -> out.append("alias: ").append(note.alias()).append(", ").append(note.alias()).append("-old\n");
                default -> out.append("aliases: [").append(note.alias()).append("]\n");
            }
        }
        List<String> tags = tags(random);
        switch (random.nextInt(4)) {
            case 0 -> out.append("tags: [").append(String.join(", ", tags)).append("]\n");
            case 1 -> out.append("tags: ").append(String.join(", ", tags)).append('\n');
            case 2 -> out.append("tags: \"#").append(String.join(" #", tags)).append("\"\n");
            default -> {
                out.append("tags:\n");
                tags.forEach(tag -> out.append("  - \"#").append(tag).append("\"\n"));
            }
        }
        out.append(random.nextBoolean() ? "date: " : "created: ").append(date(random, 2023)).append('\n');
        switch (random.nextInt(4)) {
            case 0 -> out.append("modified: ").append(date(random, 2025)).append('\n');
            case 1 -> out.append("lastmod: ").append(date(random, 2025)).append('\n');
            case 2 -> out.append("updated: ").append(date(random, 2025)).append('\n');
            default -> { }
        }
        if (random.nextInt(5) == 0) {
            out.append("competencies: [\"[[").append(pick(random, COMPETENCIES)).append("]]\"]\n");
        }
        if (note.hidden()) {
            out.append(random.nextBoolean() ? "draft: true\n" : "published: false\n");
        }
        if (random.nextInt(6) == 0) {
            out.append("order: ").append(random.nextInt(50)).append('\n');
        }
        out.append("---\n\n");
        if (!titled || random.nextBoolean()) {
            out.append("# ").append(note.name()).append("\n\n");
        }
        List<String> links = links(random, note, visible, 5 + random.nextInt(6));
        out.append(paragraph(random, 3, links)).append("\n\n");
        out.append("## Overview\n\n");
        out.append(paragraph(random, 4, links)).append("\n\n");
        out.append(paragraph(random, 4, links)).append(" #").append(pick(random, TAGS)).append('/')
                .append(pick(random, TOPICS)).append("\n\n");
        out.append("## Questions\n\n");
        questions(out, random, 4 + random.nextInt(3));
        if (random.nextInt(3) == 0) {
            star(out, random);
        }
        out.append("## Worked example\n\n");
        out.append(paragraph(random, 2, links)).append("\n\n");
        code(out, random, index);
        out.append("## Signals\n\n");
        table(out, random);
        out.append("## Trade-offs\n\n");
        out.append(paragraph(random, 4, links)).append("\n\n");
        out.append("## Notes\n\n");
        for (int i = 0; i < 7; i++) {
            out.append(random.nextInt(4) == 0 ? "\t- " : "- ").append(sentence(random, null)).append('\n');
        }
        out.append('\n');
        out.append(paragraph(random, 4, links)).append("\n\n");
        out.append("---\n\n");
        out.append("Related: ");
        out.append(links.isEmpty() ? "[[" + pick(random, COMPETENCIES) + "]]" : String.join(", ", links));
        out.append('\n');
        return out.toString();
    }

    private String competencyNote(String name, Random random) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntype: competency\ntitle: ").append(name).append('\n');
        out.append("description: ").append(quoted(sentence(random, null))).append('\n');
        out.append("levels:\n");
        String[] levels = {"No evidence; the candidate did not engage.", "Names the parts but not the reasons.",
            "Workable on the happy path, with a trade-off or two when prompted.",
            "Drives it unprompted, with numbers and a plan for failure.",
            "Reframes the problem and leaves the panel with a better answer."};
        for (int level = 0; level < levels.length; level++) {
            out.append("  ").append(level).append(": ").append(levels[level]).append('\n');
        }
        out.append("order: ").append(List.of(COMPETENCIES).indexOf(name) + 1).append('\n');
        out.append("tags: [competency, ").append(pick(random, TAGS)).append("]\n---\n\n");
        out.append("# ").append(name).append("\n\n## Signals\n\n");
        for (int i = 0; i < 5; i++) {
            out.append("- ").append(sentence(random, null)).append('\n');
        }
        out.append("\n## Red flags\n\n");
        for (int i = 0; i < 4; i++) {
            out.append("- ").append(sentence(random, null)).append('\n');
        }
        out.append("\nWe assess it in the [[").append(STAGES[random.nextInt(STAGES.length)]).append("]] and score it on the ")
                .append("==five-point scale==.\n");
        return out.toString();
    }

    // Stage i probes two or three competencies, so every role's loop covers what the role lists.
    private static List<String> stageCompetencies(int stage) {
        List<String> result = new ArrayList<>();
        result.add(COMPETENCIES[stage % COMPETENCIES.length]);
        result.add(COMPETENCIES[(stage + STAGES.length) % COMPETENCIES.length]);
        if (stage % 2 == 0) {
            result.add(COMPETENCIES[(stage + 3) % COMPETENCIES.length]);
        }
        return result;
    }

    private String stageNote(int index, Random random, List<Planned> visible) {
        String name = STAGES[index];
        StringBuilder out = new StringBuilder();
        out.append("---\ntype: stage\ntitle: ").append(name).append('\n');
        out.append("duration: ").append(pick(random, DURATIONS)).append('\n');
        out.append("interviewers: [Two engineers from the hiring squad]\n");
        out.append("purpose: ").append(quoted(sentence(random, null))).append('\n');
        out.append("competencies: [");
        List<String> competencies = stageCompetencies(index);
        for (int i = 0; i < competencies.size(); i++) {
            out.append(i == 0 ? "" : ", ").append("\"[[").append(competencies.get(i)).append("]]\"");
        }
        out.append("]\norder: ").append(index + 1).append('\n');
        out.append("tags: interview, ").append(pick(random, TAGS)).append("\n---\n\n");
        out.append("# ").append(name).append("\n\n");
        List<String> links = links(random, null, visible, 5);
        out.append(paragraph(random, 4, links)).append("\n\n## Questions\n\n");
        questions(out, random, 6);
        out.append("## Running it\n\n").append(paragraph(random, 3, links)).append("\n\n");
        out.append("Related: ").append(String.join(", ", links)).append('\n');
        return out.toString();
    }

    private String roleNote(int index, Random random, List<Planned> visible) {
        String name = ROLES[index];
        List<String> loop = new ArrayList<>(List.of(STAGES[0], STAGES[1]));
        for (int i = 2; i < STAGES.length - 1; i++) {
            if (i == 2 + index % 3 || random.nextBoolean()) {
                loop.add(STAGES[i]);
            }
        }
        loop.add(STAGES[STAGES.length - 1]);
        Set<String> covered = new LinkedHashSet<>();
        for (String stage : loop) {
            covered.addAll(stageCompetencies(List.of(STAGES).indexOf(stage)));
        }
        List<String> competencies = new ArrayList<>(covered).subList(0, Math.min(5, covered.size()));
        StringBuilder out = new StringBuilder();
        out.append("---\ntype: role\ntitle: ").append(name).append('\n');
        out.append("mission: ").append(quoted(sentence(random, null))).append('\n');
        out.append("outcomes:\n");
        for (int i = 0; i < 3; i++) {
            out.append("  - ").append(quoted(sentence(random, null))).append('\n');
        }
        out.append("competencies:\n");
        competencies.forEach(c -> out.append("  - \"[[").append(c).append("]]\"\n"));
        out.append("loop:\n");
        for (String stage : loop) {
            out.append("  - stage: \"[[").append(stage).append("]]\"\n    duration: ").append(pick(random, DURATIONS))
                    .append('\n');
        }
        out.append("order: ").append(index + 1).append('\n');
        out.append("tags:\n  - role\n  - ").append(pick(random, TAGS)).append("\n---\n\n");
        out.append("# ").append(name).append("\n\n## The team\n\n");
        List<String> links = links(random, null, visible, 6);
        out.append(paragraph(random, 5, links)).append("\n\n## The loop\n\n");
        out.append(paragraph(random, 4, links)).append("\n\n");
        out.append("Related: ").append(String.join(", ", links)).append('\n');
        return out.toString();
    }

    // 5–10 links to other visible notes, in every form the vault resolves.
    private List<String> links(Random random, Planned from, List<Planned> visible, int howMany) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            int roll = random.nextInt(100);
            if (roll < 6) {
                links.add("[[" + pick(random, COMPETENCIES) + "]]");
                continue;
            }
            if (roll < 9) {
                links.add("[[" + pick(random, STAGES) + "|the " + pick(random, STAGES).toLowerCase(Locale.ROOT) + " stage]]");
                continue;
            }
            Planned target = visible.get(random.nextInt(visible.size()));
            if (target == from) {
                target = visible.get((visible.indexOf(target) + 1) % visible.size());
            }
            if (roll < 45) {
                links.add("[[" + target.name() + "]]");
            } else if (roll < 62) {
                links.add("[[" + target.name() + "|" + pick(random, OBJECTS) + "]]");
            } else if (roll < 78) {
                links.add("[[" + target.name() + "#" + pick(random, HEADINGS) + "]]");
            } else if (roll < 86) {
                String folder = target.folder();
                links.add("[[" + folder.substring(folder.lastIndexOf('/') + 1) + "/" + target.name() + "]]");
            } else if (roll < 92) {
                links.add("[[" + target.path() + "|" + target.name().toLowerCase(Locale.ROOT) + "]]");
            } else if (target.alias() != null) {
                links.add("[[" + target.alias() + "]]");
            } else {
                links.add("[[" + target.name() + "#Questions|its questions]]");
            }
        }
        return links;
    }

    private String paragraph(Random random, int sentences, List<String> links) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String link = !links.isEmpty() && random.nextInt(3) == 0 ? links.remove(0) : null;
            out.append(i == 0 ? "" : " ").append(sentence(random, link));
        }
        return out.toString();
    }

    private String sentence(Random random, String link) {
        String subject = pick(random, SUBJECTS);
        StringBuilder out = new StringBuilder();
        out.append(Character.toUpperCase(subject.charAt(0))).append(subject.substring(1)).append(' ')
                .append(pick(random, VERBS)).append(' ');
        int style = random.nextInt(10);
        String object = pick(random, OBJECTS);
        if (style == 0) {
            out.append("==").append(object).append("==");
        } else if (style == 1) {
            out.append("<mark style=\"background: ").append(pick(random, PALETTE)).append(";\">").append(object)
                    .append("</mark>");
        } else if (style == 2) {
            out.append('*').append(object).append('*');
        } else if (style == 3) {
            out.append("**").append(object).append("**");
        } else {
            out.append(object);
        }
        out.append(' ').append(pick(random, CLAUSES));
        if (link != null) {
            out.append(" (see ").append(link).append(")");
        }
        out.append(random.nextInt(12) == 0 ? " — usually in the café after the loop." : ".");
        return out.toString();
    }

    private void questions(StringBuilder out, Random random, int howMany) {
        for (int i = 1; i <= howMany; i++) {
            out.append(i).append(". ").append(pick(random, QUESTION_STARTS)).append(' ')
                    .append(pick(random, QUESTION_VERBS)).append(' ').append(pick(random, NOUNS).toLowerCase(Locale.ROOT))
                    .append(' ').append(pick(random, QUESTION_CONDITIONS)).append('?');
            if (random.nextInt(4) == 0) {
                out.append("/What would you change about ").append(pick(random, OBJECTS)).append('?');
            }
            if (random.nextBoolean()) {
                out.append(" #").append(slug(pick(random, COMPETENCIES)));
            }
            out.append('\n');
            out.append("*Look for: ").append(pick(random, LOOK_FORS)).append("*\n");
            int probes = random.nextInt(3);
            for (int p = 0; p < probes; p++) {
                out.append("\t- ").append(pick(random, PROBES)).append('\n');
            }
        }
        out.append('\n');
    }

    private void star(StringBuilder out, Random random) {
        out.append("- *Tell me about a time you <mark style=\"background: ").append(pick(random, PALETTE))
                .append(";\">").append(pick(random, QUESTION_VERBS)).append(' ')
                .append(pick(random, NOUNS).toLowerCase(Locale.ROOT)).append("</mark> ")
                .append(pick(random, QUESTION_CONDITIONS)).append(".*\n");
        String[] labels = {"Situation", "Task", "Action", "Result"};
        for (int i = 0; i < labels.length; i++) {
            out.append('\t').append(i + 1).append(". **").append(labels[i]).append("**: ")
                    .append(pick(random, OBJECTS)).append(' ').append(pick(random, CLAUSES)).append(";\n");
        }
        out.append('\n');
    }

    private void code(StringBuilder out, Random random, int index) {
        String language = pick(random, LANGUAGES);
        out.append("```").append(language).append('\n');
        switch (language) {
            case "java", "kotlin" -> out.append("// ").append(pick(random, OBJECTS)).append('\n')
                    .append("record Shipment").append(index).append("(String id, int kg, boolean chilled) {\n")
                    .append("    boolean fits(int limit) { return kg <= limit && !chilled; }\n")
                    .append("}\n")
                    .append("var loads = shipments.stream().filter(s -> s.fits(").append(100 + random.nextInt(900))
                    .append(")).toList();\n");
            case "python" -> out.append("# ").append(pick(random, OBJECTS)).append('\n')
                    .append("def consolidate(pallets, max_kg=").append(100 + random.nextInt(900)).append("):\n")
                    .append("    loads, current = [], []\n")
                    .append("    for pallet in sorted(pallets, key=lambda p: p.depot):\n")
                    .append("        if sum(p.kg for p in current) + pallet.kg > max_kg:\n")
                    .append("            loads.append(current); current = []\n")
                    .append("        current.append(pallet)\n")
                    .append("    return loads + [current]\n");
            case "sql" -> out.append("-- ").append(pick(random, OBJECTS)).append('\n')
                    .append("SELECT depot, count(*) AS pallets, sum(kg) AS kg\n  FROM pallets\n WHERE created_at > now() - interval '")
                    .append(1 + random.nextInt(30)).append(" days'\n GROUP BY depot\n HAVING sum(kg) > ")
                    .append(random.nextInt(5000)).append(";\n");
            default -> out.append("service: ").append(slug(pick(random, NOUNS))).append('\n')
                    .append("replicas: ").append(1 + random.nextInt(9)).append('\n')
                    .append("alerts:\n  - name: latency\n    threshold: ").append(100 + random.nextInt(900))
                    .append("ms\n");
        }
        out.append("```\n\n");
    }

    private void table(StringBuilder out, Random random) {
        out.append("| Signal | Weak answer | Strong answer | Score |\n");
        out.append("|---|---|---|:-:|\n");
        int rows = 3 + random.nextInt(3);
        for (int i = 0; i < rows; i++) {
            out.append("| ").append(pick(random, NOUNS)).append(" | ").append(pick(random, CLAUSES)).append(" | ")
                    .append(pick(random, OBJECTS)).append(" | ").append(random.nextInt(5)).append(" |\n");
        }
        out.append('\n');
    }

    private static List<String> tags(Random random) {
        Set<String> tags = new LinkedHashSet<>();
        int howMany = 1 + random.nextInt(3);
        while (tags.size() < howMany) {
            tags.add(pick(random, TAGS));
        }
        return new ArrayList<>(tags);
    }

    private static String date(Random random, int fromYear) {
        return String.format(Locale.ROOT, "%d-%02d-%02d", fromYear + random.nextInt(2), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private static String yaml(String text) {
        return text.matches("[A-Za-z0-9][A-Za-z0-9 \\-]*") ? text : "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** {@code --notes N --out DIR [--seed S]}: writes one corpus. */
    public static void main(String[] args) throws IOException {
        int notes = 1000;
        Path out = null;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--notes" -> notes = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator --notes N --out DIR [--seed S]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: CorpusGenerator --notes N --out DIR [--seed S]");
            System.exit(2);
        }
        Corpus corpus = new CorpusGenerator(notes, seed).write(out);
        System.out.println("wrote " + corpus.notes() + " notes (" + corpus.hidden() + " drafts) and " + corpus.siteYml());
    }
}
