package dev.handbook.site;

import dev.handbook.interview.QuestionSource;
import dev.handbook.interview.Stage;
import dev.handbook.markdown.MarkdownEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * A stage page read once, in the order the interview runs: the stage's own text with each question it asks
 * (written in it or embedded from a bank) kept in its place and given its competency chips and other sources,
 * and after it only the questions the text does not show (those its front matter lists).
 *
 * @param html the stage's body with its questions marked
 * @param elsewhere the stage's questions its text does not show, in the stage's order
 * @param count how many questions the stage asks
 * @param first the address on this page of the first question asked (the list after the text when the text shows
 *              none), or empty when the stage asks none
 */
public record StageKit(String html, List<QuestionView> elsewhere, int count, String first) {

    /** The kit of a stage, given its rendered body and its questions as the stage page shows them. */
    static StageKit of(Stage stage, String body, List<QuestionView> questions) {
        Map<String, QuestionView> byId = questions.stream()
                .collect(Collectors.toMap(view -> view.question().id(), Function.identity(), (a, b) -> a));
        Document page = Jsoup.parseBodyFragment(body);
        page.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        // A question the stage writes carries its anchor as its id; one shown through an embed is marked
        // data-question. Where a page shows a question twice, its own copy (which links lead to) gets the kit.
        Map<String, Element> chosen = new LinkedHashMap<>();
        Elements marked = page.body().select("[id^=q-], [data-question]");
        for (Element element : marked) {
            String id = element.hasAttr("data-question") ? element.attr("data-question") : element.id();
            if (byId.containsKey(id) && (!chosen.containsKey(id) || element.id().equals(id))) {
                chosen.put(id, element);
            }
        }
        List<String> shown = new ArrayList<>();
        for (Element element : marked) {
            String id = element.hasAttr("data-question") ? element.attr("data-question") : element.id();
            if (chosen.get(id) != element) {
                continue;
            }
            shown.add(id);
            element.id(id).addClass("kit-question"); // an embedded question is this page's to link to as well
            Element meta = meta(stage, byId.get(id));
            if (element.normalName().matches("h[1-6]")) {
                element.after(meta); // a heading holds its text only; the chips go under it
            } else {
                element.appendChild(meta);
            }
        }
        List<QuestionView> elsewhere = questions.stream().filter(view -> !shown.contains(view.question().id()))
                .toList();
        String first = !shown.isEmpty() ? "#" + shown.get(0) : elsewhere.isEmpty() ? "" : "#kit";
        return new StageKit(shown.isEmpty() ? body : page.body().html(), elsewhere, questions.size(), first);
    }

    // The chips a kit question shows (its mark categories and competencies) and the other notes that ask it.
    private static Element meta(Stage stage, QuestionView view) {
        Element meta = new Element("p").addClass("question-meta");
        for (QuestionView.Theme theme : view.themes()) {
            meta.appendElement("span").addClass("theme").addClass("hl-" + theme.name()).text(theme.label());
            meta.appendText(" ");
        }
        for (String competency : view.question().competencies()) {
            meta.appendElement("span").addClass("competency-chip").text(competency);
            meta.appendText(" ");
        }
        List<QuestionSource> others = view.question().sources().stream()
                .filter(source -> !source.note().path().equals(stage.note().path())).toList();
        if (!others.isEmpty()) {
            Element also = meta.appendElement("span").addClass("source").appendText("also in ");
            for (int i = 0; i < others.size(); i++) {
                if (i > 0) {
                    also.appendText(", ");
                }
                QuestionSource source = others.get(i);
                also.appendElement("a").attr("href", MarkdownEngine.ROOT_TOKEN + source.url())
                        .text(source.note().title());
            }
        }
        return meta;
    }
}
