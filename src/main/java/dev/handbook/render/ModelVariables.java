package dev.handbook.render;

import dev.handbook.site.PageModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page model's record components as template variables, by name: a component that is a {@link PageModel.Part}
 * gives its own components instead (the note part shared by note, role, stage and competency pages), and a null
 * component gives none, so a global of the same name shows through. Each record's accessors are looked up once.
 */
public final class ModelVariables {

    /** The names the renderer sets itself after the model's, which a model must not hide behind. */
    static final Set<String> RESERVED = Set.of("page", "root");

    // One component: its name and accessor, and for a part the part's own components (else null).
    private record Variable(String name, Method accessor, List<Variable> part) {
    }

    private static final ClassValue<List<Variable>> VARIABLES = new ClassValue<>() {
        @Override
        protected List<Variable> computeValue(Class<?> type) {
            List<Variable> variables = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> kind = component.getType();
                variables.add(new Variable(component.getName(), component.getAccessor(),
                        PageModel.Part.class.isAssignableFrom(kind) ? get(kind) : null));
            }
            Set<String> names = new HashSet<>();
            for (String name : flattened(variables)) {
                if (!names.add(name) || RESERVED.contains(name)) {
                    throw new IllegalStateException(type.getName() + " gives a template two variables named '"
                            + name + "', or one the renderer sets itself");
                }
            }
            return List.copyOf(variables);
        }
    };

    private ModelVariables() {
    }

    /** The names of the variables a page of this kind gives its template, parts flattened, in component order. */
    public static List<String> names(Class<? extends PageModel> kind) {
        return flattened(VARIABLES.get(kind));
    }

    /** Puts the model's variables into a template's context, over any global of the same name. */
    static void putInto(PageModel model, Map<String, Object> context) {
        put(model, VARIABLES.get(model.getClass()), context);
    }

    private static void put(Object record, List<Variable> variables, Map<String, Object> context) {
        for (Variable variable : variables) {
            Object value = read(record, variable.accessor());
            if (value != null && variable.part() != null) {
                put(value, variable.part(), context);
            } else if (value != null) {
                context.put(variable.name(), value);
            }
        }
    }

    private static Object read(Object record, Method accessor) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e); // a record accessor is public and plain
        }
    }

    private static List<String> flattened(List<Variable> variables) {
        List<String> names = new ArrayList<>();
        for (Variable variable : variables) {
            if (variable.part() != null) {
                names.addAll(flattened(variable.part()));
            } else {
                names.add(variable.name());
            }
        }
        return names;
    }
}
