package dev.handbook.site;

import java.util.List;

/**
 * A titled group of questions on an index page: a letter, a section, a theme, a role...
 *
 * @param id the group's anchor; empty on the pages that continue a group cut across pages
 * @param total how many questions the whole group has, on this page and others
 * @param continued true when the group began on an earlier page
 */
public record QuestionGroup(String title, String id, String description, List<QuestionView> questions, int total,
                            boolean continued) {

    /** A whole group, on one page. */
    public QuestionGroup(String title, String id, String description, List<QuestionView> questions) {
        this(title, id, description, questions, questions.size(), false);
    }
}
