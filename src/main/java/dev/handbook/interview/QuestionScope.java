package dev.handbook.interview;

import dev.handbook.vault.Note;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which notes, and which parts of a note, hold questions an interviewer asks a candidate. A real handbook
 * keeps guides, FAQs, posts and survey pages beside its stages and banks; their questions ("When will I get
 * my reimbursement?", "What is a system design interview?") are not for the question bank.
 *
 * <p>A whole note holds questions when it says so ({@code questions: true}), when it is a stage, role,
 * competency or question bank, or when its path, title or description is about interviews or questions
 * ("Behavioural interview questions", {@code hiring/}, {@code interviews/}) and it is not a post. Any other
 * note holds questions only in a section whose heading or lead-in says so ("## Sample questions",
 * "Example questions:"). A section for the questions a candidate asks, for referees, or an FAQ holds none,
 * and neither does a note that is one of those.
 */
final class QuestionScope {

    // Words of a path, title or description that make the whole note one about interviewing.
    private static final Pattern INTERVIEW_NOTE = Pattern.compile("(?<![\\p{L}])(?:interview(?:s|ing|ers?)?"
            + "|questions?|q ?& ?a|q ?and ?a|hiring|screens?|screening|question ?banks?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    // A heading or lead-in that opens a list of questions.
    private static final Pattern QUESTION_SECTION = Pattern.compile("(?<![\\p{L}])(?:questions?|prompts?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    // Questions that are never put to a candidate, whatever the note: the candidate's own, a referee's, a reader's.
    private static final Pattern NOT_FOR_THE_CANDIDATE = Pattern.compile("(?<![\\p{L}])(?:"
            + "(?:to |can |should |could )?ask (?:the |your |an? |our )?(?:interviewers?|employers?|company|team"
            + "|recruiters?|hiring managers?|us)"
            + "|ask(?:ing)? yourself|for (?:the |your )?(?:referees?|references?)|references? checks?|referees?"
            + "|faqs?|frequently asked|your questions|questions? (?:from|by|of) (?:the |our )?candidates?"
            + "|candidates? (?:may|might|can|could|will|often|usually|should) ask|reverse interview"
            + "|self[- ]reflection)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    // Words that mark a guide's section as not for the candidate (a survey, an onboarding check-in, what to look
    // for), but that a stage or bank may use for questions it does ask ("## Working with teammates").
    private static final Pattern NOT_FOR_THE_CANDIDATE_IN_A_GUIDE = Pattern.compile("(?<![\\p{L}])(?:surveys?"
            + "|(?:what to )?look(?:ing)? for|criteria|signals|to assess|(?:red|green) flags|teammates?|employees?"
            + "|new hires?|onboarding)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_OF_QUESTIONS = Pattern.compile(
            "(?<![\\p{L}])(?:questions|prompts)(?: (?:include|are|such as|like))?\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BANK_FOLDER = Pattern.compile("(?<![\\p{L}])(?:questions|question ?banks?|banks?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> POST_FOLDERS = Set.of("blog", "blogs", "posts", "_posts", "news", "journal");
    private static final Set<String> BANK_TYPES = Set.of("question-bank", "question bank", "questionbank", "questions",
            "bank", "question");

    private QuestionScope() {
    }

    /**
     * Where in the note questions are taken from (see {@link Scope}).
     */
    static Scope of(Note note, String kind) {
        Object declared = note.frontMatter().get("questions");
        if (Boolean.TRUE.equals(declared) || "true".equalsIgnoreCase(String.valueOf(declared))
                || declared instanceof java.util.List) {
            return Scope.DECLARED;
        }
        if (Set.of("stage", "role", "competency").contains(kind) || BANK_TYPES.contains(note.type())) {
            return Scope.DECLARED;
        }
        // A title or description that says these are the candidate's or a referee's questions wins over the folder.
        String heading = words(note.title() + " " + text(note.frontMatter().get("description")));
        if (NOT_FOR_THE_CANDIDATE.matcher(heading).find()) {
            return Scope.NONE;
        }
        if (note.tags().stream().anyMatch(tag -> BANK_TYPES.contains(words(tag).toLowerCase(Locale.ROOT)))) {
            return Scope.DECLARED;
        }
        // A folder of questions ("questions/", "Question Bank/", "interview-questions/") is a bank.
        String[] parts = note.path().split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (BANK_FOLDER.matcher(words(parts[i])).find()) {
                return Scope.DECLARED;
            }
        }
        if (NOT_FOR_THE_CANDIDATE_IN_A_GUIDE.matcher(heading).find()) {
            return Scope.SECTIONS;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (POST_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return Scope.SECTIONS;
            }
        }
        return INTERVIEW_NOTE.matcher(heading + " " + words(note.path())).find() ? Scope.WHOLE_NOTE : Scope.UNMARKED;
    }

    /** Where in a note questions are taken from. */
    enum Scope {
        /**
         * Every section, headings too: the note is a stage, role, competency or bank (by {@code type:}, a tag
         * such as {@code #question-bank}, or a folder named for questions), or says {@code questions: true}.
         */
        DECLARED,
        /** Every section, but a heading is a title, not a question: a note about interviews by its name. */
        WHOLE_NOTE,
        /** Only sections whose heading or lead-in says they hold questions: a post, or a guide by its title. */
        SECTIONS,
        /** Nothing says: as {@link #SECTIONS}, and the build says how many questions that leaves out. */
        UNMARKED,
        /** None: its title says its questions are not for the candidate. */
        NONE
    }

    /**
     * What a heading or a lead-in ("Example questions:") says of the questions under it: true when it opens
     * questions to ask, false when it opens questions that are not for the candidate, null when it says neither.
     * In a declared stage or bank only the narrow phrases close a section ("Questions to ask us", "For referees").
     */
    static Boolean section(String text, boolean declared) {
        String words = words(text);
        if (NOT_FOR_THE_CANDIDATE.matcher(words).find()
                || !declared && NOT_FOR_THE_CANDIDATE_IN_A_GUIDE.matcher(words).find()) {
            return false;
        }
        return QUESTION_SECTION.matcher(words).find() ? Boolean.TRUE : null;
    }

    /**
     * True when a heading names a list of questions ("Sample questions", "Behavioral interview questions"), so
     * each item under it is one, asked with a question mark or not.
     */
    static boolean namesQuestions(String heading) {
        return LIST_OF_QUESTIONS.matcher(words(heading)).find() && !NOT_FOR_THE_CANDIDATE.matcher(words(heading)).find()
                && !NOT_FOR_THE_CANDIDATE_IN_A_GUIDE.matcher(words(heading)).find();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    // File names write words with - and _ ("behavioral-interview-questions.md").
    private static String words(String text) {
        return text.replace('-', ' ').replace('_', ' ');
    }
}
