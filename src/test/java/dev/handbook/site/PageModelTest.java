package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.markdown.ParsedNote;
import dev.handbook.render.ModelVariables;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kinds of page: each is drawn by a template of the default theme, gives its template distinct variables,
 * and holds only values that compare by value (records, strings, numbers, dates, paths and lists and maps of
 * them), never a parsed syntax tree, so that an equal page draws the same bytes.
 */
public class PageModelTest {

    private static final Set<Class<?>> VALUES = Set.of(String.class, Integer.class, Boolean.class, LocalDate.class,
            Path.class, Object.class); // Object: front-matter values, and the interview model's notes by path

    /** Every kind of page: the records the sealed interface permits, through its note-page branch. */
    public static List<Class<? extends PageModel>> kinds() {
        List<Class<? extends PageModel>> kinds = new ArrayList<>();
        collect(PageModel.class, kinds);
        return kinds;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, List<Class<? extends PageModel>> kinds) {
        if (type.isRecord()) {
            kinds.add((Class<? extends PageModel>) type);
        }
        for (Class<?> permitted : type.isSealed() ? type.getPermittedSubclasses() : new Class<?>[0]) {
            collect(permitted, kinds);
        }
    }

    @Test
    void eachKindIsDrawnByATemplateOfItsOwnInTheDefaultTheme() {
        Set<String> templates = new HashSet<>();
        for (Class<? extends PageModel> kind : kinds()) {
            String template = PageModel.templateOf(kind);
            assertTrue(templates.add(template), template + " draws two kinds");
            assertTrue(Files.exists(Path.of("themes/default/templates", template + ".peb")), template);
            ModelVariables.names(kind); // fails when two of its variables share a name
        }
        assertEquals(17, templates.size(), templates::toString);
    }

    @Test
    void theNotePartIsFlattenedIntoEveryNotePagesVariables() {
        List<String> part = List.of("note", "content", "titleHtml", "headings", "tags", "listedQuestions",
                "breadcrumbs", "backlinks", "sidebar", "navigation");
        assertEquals(part, ModelVariables.names(PageModel.NotePage.class));
        assertEquals(part, ModelVariables.names(PageModel.StagePage.class).subList(0, part.size()));
        assertEquals(List.of("missing", "pager", "previous", "next"),
                ModelVariables.names(PageModel.MissingNotesPage.class));
    }

    @Test
    void everythingAModelHoldsComparesByValueAndNoneIsASyntaxTree() {
        Set<Class<?>> seen = new HashSet<>();
        for (Class<? extends PageModel> kind : kinds()) {
            walk(kind, kind.getSimpleName(), seen);
        }
    }

    private static void walk(Type type, String where, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, where + "<>", seen);
            }
            walk(parameterized.getRawType(), where, seen);
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            fail(where + " is of type " + type + ", which says nothing of how it compares");
            return;
        }
        if (raw == ParsedNote.class || raw.getName().startsWith("com.vladsch.flexmark")) {
            fail(where + " holds a parsed syntax tree");
        }
        if (raw.isPrimitive() || raw.isEnum() || VALUES.contains(raw) || raw == List.class || raw == Map.class) {
            return;
        }
        if (!raw.isRecord()) {
            fail(where + " is a " + raw.getName() + ", which need not compare by value");
        }
        if (seen.add(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getGenericType(), where + "." + component.getName(), seen);
            }
        }
    }
}
