package dev.handbook.site;

import dev.handbook.interview.Question;
import java.util.List;

/**
 * A question as index pages show it: with the address of its source and the roles and stages that ask it.
 *
 * @param url the question's anchor on its first source page, relative to the site root
 * @param sourceTitle the title of that page
 * @param themes its mark colours' categories, each with the label the legend gives it
 */
public record QuestionView(Question question, String url, String sourceTitle, List<String> roles,
                           List<String> stages, List<Theme> themes) {

    /** A mark category as a question shows it: its CSS-safe name and its label ("Setbacks and conflict"). */
    public record Theme(String name, String label) {
    }
}
