package dev.handbook.interview;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.ParsedNote;
import dev.handbook.markdown.PlainText;
import dev.handbook.markdown.highlight.Highlight;
import dev.handbook.markdown.tag.InlineTag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the interview questions in one note, by the rules docs/questions.md documents: a sentence ending in
 * {@code ?} in a list item, heading, emphasis or quote, or a list item asked as a request ("Tell me about a
 * time…"); nested items that ask something as probes, or a STAR example answer; a {@code Look for:} line as
 * guidance; the heading above as section; marks as themes.
 */
final class QuestionExtractor {

    private static final Pattern LOOK_FOR = Pattern.compile("^\\W*look\\s+for\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "^(situation|task|action|actions|result|results|outcome|takeaway|takeaways)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OUTER_QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    // Where one way of asking ends and another begins: a slash after a question mark, or a slash before a new
    // question or request ("…success/What was the last project you led…"). A slash inside words ("A/B testing",
    // "CI/CD", "Tree/Trie") is no such place.
    private static final Pattern VARIANT_SPLIT = Pattern.compile("(?<=\\?)\\s*/\\s*|(?<=[\\p{L}.])/(?=(?:what|why|how|when"
            + "|where|who|which|do|does|did|have|has|can|could|would|will|is|are|was|were|tell|give|describe|walk|talk"
            + "|share|explain|times?|a time)\\s)", Pattern.CASE_INSENSITIVE);
    // Behavioural questions are mostly asked as requests to the candidate, with no question mark. Only openings
    // that speak to the candidate count ("Tell me", "Walk us through", "Describe a time"), so that a list of
    // steps for the interviewer ("Describe the role", "Share your screen") is not taken for questions.
    private static final Pattern REQUEST = Pattern.compile("^\\W*(?:tell (?:me|us)|(?:walk|talk|take) (?:me|us) through"
            + "|give (?:me|us|an example)|describe (?:a|an|your|how|when|what|why|the (?:last|most|hardest|biggest|best|worst))"
            + "|share (?:a|an|one) (?:example|time|story|moment|situation)|explain (?:to (?:me|us)|me|how you|why you)"
            + "|talk about (?:a time|your|a project)|teach (?:me|us)|describe in your own words|(?:a |one )?times? (?:when |that |where )?you|name (?:a|an|one) (?:time|situation|project|example))\\b",
            Pattern.CASE_INSENSITIVE);
    // A quoted question and a remark after it, in a quote: "Tell me about…?" Keep it short.
    private static final Pattern QUOTED_THEN_REMARK = Pattern.compile("^[\"“]([^\"“”]+\\?)[\"”]\\s+(\\S.*)$");
    // A term and its meaning: a short capitalised label, then " - " or ": ".
    private static final Pattern DEFINITION = Pattern.compile("^[\\p{Lu}][\\p{L}\\d /&'’()+#.-]{0,40}?\\s+[-–—]\\s+\\S"
            + "|^[\\p{Lu}][\\p{L}\\d /&'’()+#.-]{0,40}?:\\s+\\S");
    // A sentence that sets a scene, then a question: "A key part of the role is X. What would you do?"
    private static final Pattern SCENARIO = Pattern.compile("^[^?]*?[.!]\\s+.*\\?", Pattern.DOTALL);
    // An agenda step: "(10 min) Learn about your background."
    private static final Pattern AGENDA = Pattern.compile("^\\(\\s*~?\\d+\\s*(?:min|mins|minutes|m|h|hrs?)\\b[^)]*\\)");
    // The first word of a direct question.
    private static final Pattern INTERROGATIVE = Pattern.compile("^\\W*(?:what|why|how|when|where|who|whom|whose|which"
            + "|do|does|did|have|has|had|can|could|would|will|should|is|are|was|were)\\b", Pattern.CASE_INSENSITIVE);
    // A probe written with its label ("Follow up: why?"): the label goes, the probe stays.
    private static final Pattern PROBE_LABEL = Pattern.compile("^(?:follow[- ]?up|probe|push on|dig into)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    // A nested item that tells the interviewer what to ask next is a probe too ("Ask what they would change");
    // other nested items ("Level: Engineer II and above", "Red flags: …") are notes, not things to ask.
    // "Ask for any documentation" under "What would you do if…?" is the candidate's answer, not a probe: "ask" must
    // say what to ask.
    private static final Pattern PROBE_INSTRUCTION = Pattern.compile(
            "^\\W*(?:dig into|push on|press on|press for|follow up)\\b|\\b(?:ask|probe)(?:\\s+(?:them|him|her|the candidate))?"
            + "\\s+(?:what|why|how|when|where|who|which|whether|if|about|to\\b|for (?:an? )?(?:examples?|specifics|details"
            + "|numbers|more|a story))|\\b(?:ask|probe)[.:]?$", Pattern.CASE_INSENSITIVE);
    // Guidance written as a nested item without the "Look for:" label.
    private static final Pattern GUIDANCE = Pattern.compile(
            "^\\W*(?:(?:look|listen) for|(?:good|strong|great|weak) answers?)\\b", Pattern.CASE_INSENSITIVE);
    // The label of guidance written as a nested item, which the page's own "Look for:" replaces.
    private static final Pattern GUIDANCE_LABEL = Pattern.compile("^\\W*(?:look|listen) for\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    // Red and green flags are guidance too, kept with their label after the look-for.
    private static final Pattern FLAGS = Pattern.compile("^\\W*(?:red|green) flags?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_COLUMN = Pattern.compile("(?i)(?:the )?(?:questions?|prompts?)\\b");
    private static final Pattern GUIDANCE_COLUMN = Pattern.compile(
            "(?i)look(?:ing)? for|listen for|what good looks like|good answers?|signals?|guidance");
    // A question about the candidate rather than to them: the interviewer's checklist or a debrief prompt.
    private static final Pattern ABOUT_THE_CANDIDATE = Pattern.compile("\\bthe candidate(?:'s|’s)?\\b",
            Pattern.CASE_INSENSITIVE);
    // A question's own number written into its text ("Q1. How would you…?", "Q3: …"): the list numbers it.
    private static final Pattern NUMBERED = Pattern.compile("^(?:Q\\d*[.:)]|Question\\s*\\d*[.:)]|\\d{1,3}[.)])\\s+");
    // A note to the interviewer after the question mark: "Have you been paged? (seniors only)".
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\?\\s*\\([^()]*\\)$");
    private static final Pattern CALLOUT = Pattern.compile("\\[!([^\\]]+)]");
    private static final Set<String> QUESTION_CALLOUTS = Set.of("question", "faq", "help");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6,8})",
            Pattern.CASE_INSENSITIVE);

    // A question a reader asks ("When will I get my reimbursement?"): about the asker, and not to "you".
    private static final Pattern ASKER = Pattern.compile("(?<![\\p{L}])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]y|mine)(?![\\p{L}])");
    private static final Pattern TO_YOU = Pattern.compile("(?<![\\p{L}])(?:you|your|yours|you're|you’re|yourself)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    // A criterion about the candidate, for the interviewer's own checklist: "Does this person understand…?".
    private static final Pattern CRITERION = Pattern.compile("^\\W*(?:does|did|do|can|could|is|was|were|are|will|would|has"
            + "|have|should)\\s+(?:this\\s+person|the\\s+person|they|he|she|the\\s+interviewee|the\\s+applicant)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THIRD_PERSON = Pattern.compile("(?<![\\p{L}])(?:they|their|them|theirs|themselves"
            + "|this person|the person|he|she|his|her|hers|the interviewee|the applicant)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private final ParsedNote parsed;
    private final QuestionScope.Scope scope;
    private final List<EmbeddedQuestions.Range> shown;
    // False when only counting what a wider scope would find: no anchor is then given to the note's nodes.
    private boolean anchoring = true;
    // The anchor given to each node a question was found in that the parse gave none (by identity).
    private final Map<Node, String> anchors = new IdentityHashMap<>();
    // What each heading level above says of its section's questions (null: nothing), and what the lead-in of the
    // list being read says ("Example questions:"); the nearest that says something decides.
    private final Boolean[] headingScope = new Boolean[7];
    // Whether the heading at each level names a list of questions ("## Sample questions"): then each item is one.
    private final boolean[] headingLists = new boolean[7];
    private Boolean listScope;
    private Boolean nextListScope;
    private final Map<String, String> themeByColor;
    private final String defaultTheme;
    private final List<Found> found = new ArrayList<>();
    private String section = "";

    /**
     * What was found in one note: its questions, and the anchors given to the nodes they were found in.
     *
     * @param anchors by node identity, for the nodes the parse gave no anchor of their own
     */
    record Extracted(List<Found> found, Map<Node, String> anchors) {

        Extracted {
            found = List.copyOf(found);
            anchors = Collections.unmodifiableMap(new IdentityHashMap<>(anchors));
        }
    }

    /**
     * A question as found in one place, before questions from all notes are merged.
     *
     * @param listed written in the note's front matter {@code questions:} list rather than in its text
     */
    record Found(String text, List<String> variants, List<String> probes, List<Question.AnswerPart> answer,
                 String lookFor, String section, List<String> themes, List<String> tags, String anchor, int line,
                 boolean listed) {

        /** A question found in the note's text. */
        Found(String text, List<String> variants, List<String> probes, List<Question.AnswerPart> answer,
              String lookFor, String section, List<String> themes, List<String> tags, String anchor, int line) {
            this(text, variants, probes, answer, lookFor, section, themes, tags, anchor, line, false);
        }
    }

    /**
     * An extractor for one note.
     *
     * @param scope where in the note questions are taken from (see {@link QuestionScope})
     * @param shown the parts of the note a stage or role embeds, which hold questions as a bank does
     */
    QuestionExtractor(ParsedNote parsed, SiteConfig.Highlights highlights, QuestionScope.Scope scope,
                      List<EmbeddedQuestions.Range> shown) {
        this.parsed = parsed;
        this.scope = scope;
        this.shown = shown;
        this.themeByColor = highlights.palette().stream()
                .collect(Collectors.toMap(SiteConfig.HighlightColor::color, SiteConfig.HighlightColor::name));
        this.defaultTheme = highlights.defaultName();
    }

    /** This extractor, set to find questions without giving their items anchors (to count them). */
    QuestionExtractor withoutAnchors() {
        anchoring = false;
        return this;
    }

    /**
     * The anchors {@link #extract} gave the nodes it found questions in that had none from the parse, by node:
     * the interview stage returns them for the renderer, and the parse is left alone.
     */
    Map<Node, String> anchors() {
        return Collections.unmodifiableMap(anchors);
    }

    /** The questions of the note, in the order they are written. */
    List<Found> extract() {
        if (scope != QuestionScope.Scope.NONE || !shown.isEmpty()) {
            walk(parsed.document());
        }
        return found;
    }

    private void walk(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = PlainText.of(heading);
                java.util.Arrays.fill(headingScope, heading.getLevel(), headingScope.length, null);
                headingScope[heading.getLevel()] = QuestionScope.section(text, scope == QuestionScope.Scope.DECLARED);
                headingLists[heading.getLevel()] = QuestionScope.namesQuestions(text);
                nextListScope = null;
                // A question heading is asked where the note is declared a bank or stage, or in a section that says
                // it holds questions; in a guide it is the title of what follows ("What is the values interview?").
                if (isQuestion(text) && (scope == QuestionScope.Scope.DECLARED || opened(heading.getLevel())
                        || embedded(heading))) {
                    add(text, List.of(), List.of(), "", List.of(heading), heading);
                }
                section = text;
            } else if (node instanceof ListBlock list) {
                Boolean outer = listScope;
                listScope = nextListScope != null ? nextListScope : listScope;
                nextListScope = null;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem) {
                        item(listItem);
                    }
                }
                listScope = outer;
            } else if (node instanceof Paragraph paragraph) {
                // "Example questions:" before a list says what the list holds; any other paragraph is read for questions.
                nextListScope = node.getNext() instanceof ListBlock ? leadIn(paragraph) : null;
                if (nextListScope == null) {
                    paragraph(paragraph, node.getParent() instanceof BlockQuote);
                }
            } else if (node instanceof BlockQuote quote && asks(quote)) {
                walk(node);
            } else if (node instanceof TableBlock table) {
                table(table);
            }
        }
    }

    // A table with a "Question" or "Prompt" column: each row's cell there is a question, and a "Look for"
    // column (or "What good looks like", "Signals", "Listen for") its guidance.
    private void table(TableBlock table) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    List<TableCell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tableCell) {
                            cells.add(tableCell);
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        if (rows.isEmpty() || !(table.getFirstChild() instanceof TableHead)) {
            return;
        }
        List<String> header = rows.get(0).stream().map(PlainText::of).toList();
        int question = column(header, QUESTION_COLUMN);
        if (question < 0) {
            return;
        }
        int guidance = column(header, GUIDANCE_COLUMN);
        for (List<TableCell> row : rows.subList(1, rows.size())) {
            if (question >= row.size()) {
                return;
            }
            List<Node> nodes = new ArrayList<>();
            row.get(question).getChildren().forEach(nodes::add);
            String text = text(nodes);
            if (isQuestion(text) || isRequest(text)) {
                String lookFor = guidance < 0 || guidance >= row.size() ? "" : PlainText.of(row.get(guidance));
                add(text, List.of(), List.of(), lookFor, nodes, row.get(question).getParent());
            }
        }
    }

    private static int column(List<String> header, Pattern name) {
        for (int i = 0; i < header.size(); i++) {
            if (name.matcher(header.get(i).strip()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    // A plain quote or a question callout holds questions; a tip or warning callout holds advice to the
    // interviewer, whose quoted examples ("offer: would you like a minute?") are not questions to ask.
    private static boolean asks(BlockQuote quote) {
        Matcher callout = CALLOUT.matcher(quote.getFirstChild() == null ? "" : quote.getFirstChild().getChars());
        return !callout.lookingAt() || QUESTION_CALLOUTS.contains(callout.group(1).toLowerCase(Locale.ROOT));
    }

    // A paragraph: a "Look for:" line after a question, emphasised questions, or, in a quote, any question line.
    private void paragraph(Paragraph paragraph, boolean quoted) {
        List<List<Node>> lines = lines(paragraph);
        // A callout's first line is its [!type] title, not something to ask.
        boolean calloutTitle = quoted && paragraph.getChars().toString().startsWith("[!");
        for (List<Node> line : lines) {
            String text = text(line);
            if (calloutTitle) {
                calloutTitle = false;
                continue;
            }
            Matcher lookFor = labelled(LOOK_FOR, text);
            // > "Tell me about…?" Keep it short.  The quotation is the question, the rest a note on asking it.
            Matcher quotation = QUOTED_THEN_REMARK.matcher(quoted ? text : "");
            if (lookFor.matches()) {
                Found last = found.isEmpty() ? null : found.get(found.size() - 1);
                if (last != null && last.lookFor().isEmpty()) {
                    found.set(found.size() - 1, withLookFor(last, lookFor.group(1).trim()));
                }
            } else if (quoted && isQuestion(text)) {
                add(text, List.of(), List.of(), "", line, paragraph);
            } else if (quotation.matches()) {
                add(quotation.group(1), List.of(), List.of(), quotation.group(2).trim(), line, paragraph);
            } else {
                for (Node node : line) {
                    if (node instanceof Emphasis || node instanceof StrongEmphasis) {
                        String emphasised = PlainText.of(node);
                        if (isQuestion(emphasised)) {
                            add(emphasised, List.of(), List.of(), "", List.of(node), paragraph);
                        }
                    }
                }
            }
        }
    }

    private void item(ListItem item) {
        Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
        List<String> questionLines = new ArrayList<>();
        List<Node> questionNodes = new ArrayList<>();
        String lookFor = "";
        if (first != null) {
            for (List<Node> line : lines(first)) {
                String text = text(line);
                Matcher look = labelled(LOOK_FOR, text);
                if (look.matches()) {
                    lookFor = look.group(1).trim();
                } else if (!questionLines.isEmpty() && lookFor.isEmpty() && wholeLineEmphasised(line)
                        && !isQuestion(text)) {
                    // "*Use it to compare against the references.*" on the line under the question: its guidance.
                    lookFor = text;
                } else if (text.contains("?") || questionLines.isEmpty()) {
                    questionLines.add(text);
                    questionNodes.addAll(line);
                }
            }
        }
        List<String> probes = new ArrayList<>();
        List<Question.AnswerPart> answer = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph && child != first) {
                Matcher look = labelled(LOOK_FOR, PlainText.of(paragraph));
                if (look.matches() && lookFor.isEmpty()) {
                    lookFor = look.group(1).trim();
                }
            } else if (child instanceof ListBlock nested) {
                lookFor = nestedItems(nested, probes, answer, flags, lookFor);
            }
        }
        String text = NUMBERED.matcher(String.join(" ", questionLines).trim()).replaceFirst("");
        // A STAR answer under a line ("A time when you had to influence a leader"), or any item of a list that a heading or lead-in says holds
        // questions ("Some common interview questions include:" then "- Design a URL shortener"), is asked.
        boolean prompt = !answer.isEmpty() && (wholeLineEmphasised(questionNodes) || words(text) >= 4 && starAnswer(answer))
                || opened() && words(text) >= 3 && (words(text) <= 30 || text.contains("?")) && !text.endsWith(":")
                && !onlyLinks(questionNodes);
        // "Perseverance - Are you able to push through…?", "Tree/Trie: Do you need…?", "(10 min) Introductions": a term
        // and what it means, or a step of an agenda, not a question to ask as written. A question with a dash in it
        // ("What's the hardest part — and how…?") opens with its question word.
        // A label before a scenario and its question ("Champion building: A key part of the role is…. What would
        // you do?"), or in a list said to hold questions ("College: how did you choose it?"), is a question's.
        Matcher label = DEFINITION.matcher(text);
        boolean definition = AGENDA.matcher(text).lookingAt() || label.lookingAt() && !opened()
                && scope != QuestionScope.Scope.DECLARED && !embedded(item)
                && !INTERROGATIVE.matcher(text).lookingAt() && !isRequest(text)
                && !SCENARIO.matcher(text.substring(label.end() - 1)).find();
        boolean aboutTheCandidate = ABOUT_THE_CANDIDATE.matcher(text).find();
        if (aboutTheCandidate || definition || !isQuestion(text) && !prompt && !isRequest(text)) {
            // "- Example questions:" opens the list nested under it.
            Boolean outer = listScope;
            Boolean said = first == null ? null : leadIn(first);
            listScope = said != null ? said : listScope;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    for (Node nestedItem = nested.getFirstChild(); nestedItem != null; nestedItem = nestedItem.getNext()) {
                        if (nestedItem instanceof ListItem listItem) {
                            item(listItem);
                        }
                    }
                }
            }
            listScope = outer;
            return;
        }
        if (words(text) <= 2 && !found.isEmpty() && answer.isEmpty()) {
            Found last = found.remove(found.size() - 1);
            List<String> lastProbes = new ArrayList<>(last.probes());
            lastProbes.add(text);
            found.add(new Found(last.text(), last.variants(), List.copyOf(lastProbes), last.answer(), last.lookFor(),
                    last.section(), last.themes(), last.tags(), last.anchor(), last.line()));
            return;
        }
        flags.add(0, lookFor);
        add(text, probes, answer, String.join(" ", flags).trim(), questionNodes, item);
    }

    // Nested items are the question's probes, its guidance and flags, or its example answer when labelled
    // Situation, Task...
    private String nestedItems(ListBlock nested, List<String> probes, List<Question.AnswerPart> answer,
                               List<String> flags, String lookFor) {
        for (Node node = nested.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof ListItem nestedItem)) {
                continue;
            }
            Node firstChild = nestedItem.getFirstChild();
            String text = firstChild instanceof Paragraph p ? firstLine(p) : "";
            Matcher label = labelled(ANSWER_LABEL, text);
            Matcher look = labelled(LOOK_FOR, text);
            if (label.matches()) {
                answer.add(new Question.AnswerPart(capitalise(label.group(1)), label.group(2).trim()));
            } else if (look.matches() && lookFor.isEmpty()) {
                lookFor = look.group(1).trim();
            } else if (lookFor.isEmpty() && GUIDANCE.matcher(text).lookingAt()) {
                // "Look for evidence, pilots and patience", "Listen for whether…": guidance without the label's colon
                lookFor = GUIDANCE_LABEL.matcher(text).replaceFirst("").trim();
            } else if (FLAGS.matcher(text).lookingAt()) {
                flags.add(text.trim());
            } else {
                // A probe comes before the follow-ups nested under it, so remember where it goes.
                int position = probes.size();
                List<Question.AnswerPart> deeper = new ArrayList<>();
                for (Node child = nestedItem.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock list) {
                        lookFor = nestedItems(list, probes, deeper, flags, lookFor);
                    }
                }
                if (!deeper.isEmpty()) {
                    answer.add(new Question.AnswerPart("Example", text));
                    answer.addAll(deeper);
                } else if (isProbe(text)) {
                    probes.add(position, PROBE_LABEL.matcher(text).replaceFirst(""));
                }
            }
        }
        return lookFor;
    }

    private void add(String rawText, List<String> probes, List<Question.AnswerPart> answer, String lookFor,
                     List<Node> textNodes, Node anchorNode) {
        String text = NUMBERED.matcher(clean(rawText)).replaceFirst("");
        boolean embedded = embedded(anchorNode);
        // A stage or bank is trusted with what it asks ("What happens if I call free() twice?", "Why do distributed
        // systems need consensus, and how do they reach it?"); only an explicit criterion is left out there.
        boolean declared = embedded || scope == QuestionScope.Scope.DECLARED;
        if (!(embedded || inScope() && scope != QuestionScope.Scope.NONE)
                || (declared ? isCriterion(text) : !putToTheCandidate(text))) {
            return;
        }
        // In a note that is about interviews by its name only, a question is one to ask when it speaks to the
        // candidate ("you", "Tell me…"), or sits in a list said to hold questions; "How was the project
        // executed?" there is the author's, or a criterion.
        if (!embedded && scope == QuestionScope.Scope.WHOLE_NOTE && !opened() && !TO_YOU.matcher(text).find()
                && !isRequest(text)) {
            return;
        }
        List<String> variants = VARIANT_SPLIT.splitAsStream(text).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        if (variants.size() <= 1) {
            variants = List.of();
        } else {
            text = variants.get(0);
            variants = variants.subList(1, variants.size());
        }
        Set<String> themes = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Node node : textNodes) {
            collectMarks(node, themes, tags);
        }
        String anchor = MarkdownEngine.anchor(anchorNode);
        if (anchor == null) {
            anchor = anchors.get(anchorNode);
        }
        if (anchor == null) {
            anchor = QuestionIds.of(text);
            if (anchoring) {
                anchors.put(anchorNode, anchor);
            }
        }
        found.add(new Found(text, variants, List.copyOf(probes), List.copyOf(answer), lookFor, section,
                List.copyOf(themes), List.copyOf(tags), anchor, parsed.line(anchorNode.getStartOffset())));
    }

    // True when a stage or role shows this part of the note through an embed.
    private boolean embedded(Node node) {
        if (shown.isEmpty()) {
            return false;
        }
        int line = parsed.line(node.getStartOffset());
        return shown.stream().anyMatch(range -> range.shows(parsed.note().path(), line));
    }

    private boolean inScope() {
        if (listScope != null) {
            return listScope;
        }
        for (int level = headingScope.length - 1; level > 0; level--) {
            if (headingScope[level] != null) {
                return headingScope[level];
            }
        }
        return scope == QuestionScope.Scope.WHOLE_NOTE || scope == QuestionScope.Scope.DECLARED;
    }

    // True when the list being read, or the heading of the section it is in, names a list of questions.
    private boolean opened() {
        if (listScope != null) {
            return listScope;
        }
        for (int level = headingScope.length - 1; level > 0; level--) {
            if (headingScope[level] != null) {
                return headingScope[level] && headingLists[level];
            }
        }
        return false;
    }

    // True when a heading above this level opened a section of questions.
    private boolean opened(int level) {
        for (int above = level - 1; above > 0; above--) {
            if (headingScope[above] != null) {
                return headingScope[above];
            }
        }
        return false;
    }

    // A short line ending in ':' that says what the list after it holds ("Example questions:"), or null.
    private Boolean leadIn(Paragraph paragraph) {
        String text = PlainText.of(paragraph).trim();
        return text.endsWith(":") && words(text) <= 12
                ? QuestionScope.section(text, scope == QuestionScope.Scope.DECLARED) : null;
    }

    // Not a reader's own question, nor a criterion the interviewer checks about the candidate ("How do they make
    // tradeoffs?", "Does this person…?"): those speak of someone, not to them.
    private static boolean isCriterion(String text) {
        return CRITERION.matcher(text).find() || ABOUT_THE_CANDIDATE.matcher(text).find();
    }

    private static boolean putToTheCandidate(String text) {
        boolean toThem = TO_YOU.matcher(text).find() || isRequest(text);
        return !(ASKER.matcher(text).find() && !toThem) && !CRITERION.matcher(text).find()
                && !(THIRD_PERSON.matcher(text).find() && !toThem) && !ABOUT_THE_CANDIDATE.matcher(text).find();
    }

    private void collectMarks(Node node, Set<String> themes, Set<String> tags) {
        if (node instanceof Highlight) {
            themes.add(defaultTheme);
        } else if (node instanceof HtmlInline html) {
            Matcher color = BACKGROUND.matcher(html.getChars());
            if (color.find()) {
                String theme = themeByColor.get(ConfigLoader.normaliseColor(color.group(1)));
                if (theme != null) {
                    themes.add(theme);
                }
            }
        } else if (node instanceof InlineTag tag) {
            tags.add(tag.tag());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectMarks(child, themes, tags);
        }
    }

    private static Found withLookFor(Found found, String lookFor) {
        return new Found(found.text(), found.variants(), found.probes(), found.answer(), lookFor, found.section(),
                found.themes(), found.tags(), found.anchor(), found.line());
    }

    // A paragraph's inline nodes split at its line breaks.
    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(node);
            }
        }
        lines.add(current);
        return lines;
    }

    private static String firstLine(Paragraph paragraph) {
        return text(lines(paragraph).get(0));
    }

    private static String text(List<Node> line) {
        StringBuilder text = new StringBuilder();
        for (Node node : line) {
            if (node instanceof com.vladsch.flexmark.ast.Text) {
                // Unescaped as the page shows it: "\_\_\_?" reads "___?", not with its backslashes.
                PlainText.appendCollapsed(text, dev.handbook.markdown.Sequences.unescape(node.getChars()));
            } else if (!(node instanceof InlineTag)) {
                PlainText.appendCollapsed(text, PlainText.of(node));
            }
        }
        return text.toString().trim();
    }

    // An example answer told in its own Situation / Task / Action / Result items right under the line, not one
    // found deeper in a list of steps ("Part 1" > "Problem: …" > "Task: …").
    private static boolean starAnswer(List<Question.AnswerPart> answer) {
        return answer.stream().filter(part -> !part.label().equals("Example")).count() >= 2
                && !answer.get(0).label().equals("Example");
    }

    // An item that is only a link ("- [Maximum Depth of Binary Tree](https://…)") names a practice problem to
    // look up, not something to ask as written.
    private static boolean onlyLinks(List<Node> nodes) {
        List<Node> content = nodes.stream().filter(n -> !(n instanceof com.vladsch.flexmark.ast.Text t)
                || !t.getChars().isBlank()).toList();
        return !content.isEmpty() && content.stream().allMatch(n -> n instanceof com.vladsch.flexmark.ast.LinkNodeBase
                || n instanceof com.vladsch.flexmark.ast.RefNode || n instanceof dev.handbook.markdown.wikilink.WikiLink);
    }

    private static boolean wholeLineEmphasised(List<Node> nodes) {
        List<Node> content = nodes.stream().filter(n -> !(n instanceof com.vladsch.flexmark.ast.Text t)
                || !t.getChars().isBlank()).toList();
        return content.size() == 1 && (content.get(0) instanceof Emphasis || content.get(0) instanceof StrongEmphasis);
    }

    /** A question: ends in '?' (before closing quotes), and is more than punctuation. */
    static boolean isQuestion(String text) {
        int mark = text.indexOf('?');
        if (mark < 0) {
            return false; // most lines, and cheaper than cleaning them first
        }
        String trimmed = clean(text);
        if ((trimmed.endsWith("?") || TRAILING_NOTE.matcher(trimmed).find())
                && trimmed.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        // "How do you tackle challenges? Name one you faced." opens with its question.
        String opening = clean(text.substring(0, mark + 1));
        return words(opening) >= 3 && INTERROGATIVE.matcher(opening).lookingAt();
    }

    // A nested item asks something: a question, a request, a labelled follow-up or an instruction to ask.
    private static boolean isProbe(String text) {
        return isQuestion(text) || isRequest(text) || PROBE_LABEL.matcher(text).lookingAt()
                || PROBE_INSTRUCTION.matcher(text).find();
    }

    /** A request to the candidate that asks a question without a question mark: "Tell me about a time…". */
    static boolean isRequest(String text) {
        return REQUEST.matcher(text).lookingAt() && words(text) > 3;
    }

    private static String clean(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        PlainText.appendCollapsed(collapsed, text);
        return OUTER_QUOTES.matcher(collapsed.toString().trim()).replaceAll("").trim();
    }

    // A label ("Look for:", "Situation:") needs its colon: most lines have none, and skip the regex.
    private static Matcher labelled(Pattern label, String text) {
        return label.matcher(text.indexOf(':') < 0 ? "" : text);
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }

    private static String capitalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
