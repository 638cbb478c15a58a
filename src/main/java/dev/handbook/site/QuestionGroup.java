package dev.handbook.site;

import java.util.List;

/** A titled group of questions on an index page: a letter, a section, a theme, a role... */
public record QuestionGroup(String title, String id, String description, List<QuestionView> questions) {
}
