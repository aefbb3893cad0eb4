package org.slastudio.review;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Agreement;

/**
 * Orders JSON paths as their fields appear in the draft file. The file writes record components in declaration
 * order, so the order is read from the model records themselves and follows them when they change.
 */
final class DocumentOrder implements Comparator<String> {
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]\\w*)|\\[(\\d+)]");

    @Override
    public int compare(String a, String b) {
        List<Object> left = steps(a);
        List<Object> right = steps(b);
        Type type = Agreement.class;
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = compareStep(type, left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
            type = descend(type, left.get(i));
        }
        return Integer.compare(left.size(), right.size());
    }

    /** Whether every step of the path names a field or list element of the model. */
    static boolean resolves(String path) {
        if (path == null || !path.startsWith("$")) {
            return false;
        }
        Type type = Agreement.class;
        for (Object step : steps(path)) {
            if (step instanceof String name && position(type, name) == Integer.MAX_VALUE) {
                return false;
            }
            if (step instanceof Integer && !(type instanceof ParameterizedType)) {
                return false;
            }
            type = descend(type, step);
        }
        return STEP.matcher(path.substring(1)).replaceAll("").isEmpty();
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path == null ? "" : path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return steps;
    }

    private static int compareStep(Type type, Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            int c = Integer.compare(position(type, x), position(type, y));
            return c != 0 ? c : x.compareTo(y);
        }
        return a instanceof String ? -1 : 1;
    }

    private static int position(Type type, String name) {
        for (Class<?> c : records(type)) {
            RecordComponent[] components = c.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The record, or for a sealed interface such as a dependency (component or group) the records it may be. */
    private static List<Class<?>> records(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return List.of(c);
        }
        if (type instanceof Class<?> c && c.isSealed()) {
            return java.util.Arrays.stream(c.getPermittedSubclasses()).filter(Class::isRecord).toList();
        }
        return List.of();
    }

    private static Type descend(Type type, Object step) {
        if (step instanceof Integer) {
            return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        }
        for (Class<?> c : records(type)) {
            for (RecordComponent component : c.getRecordComponents()) {
                if (component.getName().equals(step)) {
                    return component.getGenericType();
                }
            }
        }
        return Object.class;
    }
}
