package org.slastudio.review;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Agreement;

/**
 * Edits a draft at a JSON path, the same paths findings report, so a test case reads "set X, expect a finding at X".
 * Records are rebuilt through their canonical constructors.
 */
final class Drafts {
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]\\w*)|\\[(\\d+)]");

    private Drafts() {
    }

    static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    static UnaryOperator<Agreement> set(String path, Object value) {
        return a -> update(a, path, old -> value);
    }

    static UnaryOperator<Agreement> append(String listPath, Object value) {
        return a -> update(a, listPath, old -> {
            List<Object> copy = new ArrayList<>((List<?>) old);
            copy.add(value);
            return copy;
        });
    }

    static UnaryOperator<Agreement> remove(String listPath, int index) {
        return a -> update(a, listPath, old -> {
            List<Object> copy = new ArrayList<>((List<?>) old);
            copy.remove(index);
            return copy;
        });
    }

    @SafeVarargs
    static UnaryOperator<Agreement> all(UnaryOperator<Agreement>... edits) {
        return a -> {
            for (UnaryOperator<Agreement> edit : edits) {
                a = edit.apply(a);
            }
            return a;
        };
    }

    static Agreement update(Agreement a, String path, UnaryOperator<Object> change) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return (Agreement) update(a, steps, 0, change);
    }

    private static Object update(Object target, List<Object> steps, int at, UnaryOperator<Object> change) {
        if (at == steps.size()) {
            return change.apply(target);
        }
        Object step = steps.get(at);
        if (step instanceof Integer index) {
            List<Object> copy = new ArrayList<>((List<?>) target);
            copy.set(index, update(copy.get(index), steps, at + 1, change));
            return copy;
        }
        try {
            RecordComponent[] components = target.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(target);
                if (components[i].getName().equals(step)) {
                    values[i] = update(values[i], steps, at + 1, change);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("No field '" + step + "' in " + target.getClass().getSimpleName());
            }
            Constructor<?> constructor = target.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
