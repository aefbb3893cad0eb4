package org.slastudio.negotiation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * Reading and replacing terms of the model's records by {@link TermKey}. Done generically over record components,
 * so that one piece of code takes any term over from the other side's draft, whatever record it sits in.
 */
final class Terms {
    private Terms() {
    }

    /**
     * The key each element of a list field goes by; a key met again gets "#2", "#3", so every key is unique. An entry
     * without an id (or an empty one, as a hand-edited file can have) goes by its place: "@0".
     */
    static List<String> keys(String listField, List<?> list) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String key = listField.equals("tiers") ? String.valueOf(i) : key(list.get(i));
            key = key == null ? "@" + i : key;
            int n = seen.merge(key, 1, Integer::sum);
            keys.add(n == 1 ? key : key + "#" + n);
        }
        return keys;
    }

    /** Credit tiers have no id and go by their place; see {@link #keys}. */
    private static String key(Object element) {
        if (element == null) {
            return null;
        }
        if (element instanceof Party p) {
            return p.id();
        }
        if (element instanceof Service s) {
            return s.id();
        }
        if (element instanceof AvailabilityWindow w) {
            return w.id();
        }
        if (element instanceof Metric m) {
            return m.id();
        }
        if (element instanceof ServiceLevel l) {
            return l.windowId();
        }
        if (element instanceof PriorityTarget t) {
            return t.priority() == null ? null : t.priority().name();
        }
        if (element instanceof MaintenanceWindow m) {
            return m.name();
        }
        if (element instanceof AgreedFigure f) {
            return f.id();
        }
        if (element instanceof Clause c) {
            return (c.section() == null ? "" : c.section().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    + "/" + c.heading();
        }
        return element.toString();
    }

    static Object get(Object root, List<TermKey.Step> steps) {
        Object value = root;
        for (TermKey.Step step : steps) {
            if (value == null) {
                return null;
            }
            value = component(value, step.field());
            if (step.key() != null) {
                List<?> list = (List<?>) value;
                int index = keys(step.field(), list).indexOf(step.key());
                value = index < 0 ? null : list.get(index);
            }
        }
        return value;
    }

    /**
     * {@code ours} with the term at {@code steps} as it is in {@code theirs}: changed, added (placed after the element
     * that precedes it in theirs) or removed. With {@code move} an element keeps our content and only takes their place.
     */
    static Object adopt(Object ours, Object theirs, List<TermKey.Step> steps, boolean move) {
        TermKey.Step step = steps.get(0);
        List<TermKey.Step> rest = steps.subList(1, steps.size());
        Object ourChild = component(ours, step.field());
        Object theirChild = component(theirs, step.field());
        if (step.key() == null) {
            if (rest.isEmpty()) {
                return with(ours, step.field(), theirChild);
            }
            return ourChild == null || theirChild == null ? ours : with(ours, step.field(), adopt(ourChild, theirChild, rest, move));
        }
        List<?> ourList = (List<?>) ourChild;
        List<?> theirList = (List<?>) theirChild;
        int o = keys(step.field(), ourList).indexOf(step.key());
        int t = keys(step.field(), theirList).indexOf(step.key());
        List<Object> result = new ArrayList<>(ourList);
        if (!rest.isEmpty()) {
            if (o < 0 || t < 0) {
                return ours;
            }
            result.set(o, adopt(ourList.get(o), theirList.get(t), rest, move));
        } else if (t < 0) {
            if (o >= 0) {
                result.remove(o);
            }
        } else if (o >= 0 && !move) {
            result.set(o, theirList.get(t));
        } else {
            Object element = o >= 0 ? result.remove(o) : theirList.get(t);
            result.add(placeAfterPredecessor(step.field(), result, theirList, t), element);
        }
        return with(ours, step.field(), result);
    }

    private static int placeAfterPredecessor(String field, List<Object> ours, List<?> theirs, int index) {
        List<String> ourKeys = keys(field, ours);
        List<String> theirKeys = keys(field, theirs);
        for (int i = index - 1; i >= 0; i--) {
            int at = theirKeys.get(i) == null ? -1 : ourKeys.indexOf(theirKeys.get(i));
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }

    /** Equal as terms: 99.9 and 99.90 are the same target. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a != null && b != null && a.getClass().isRecord() && a.getClass() == b.getClass()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (!same(component(a, c.getName()), component(b, c.getName()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** A term's value as a number to hold against a position: money by its amount, durations in minutes. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Money m) {
            return m.amount();
        }
        if (value instanceof Duration d) {
            return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64);
        }
        return null;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no term " + name);
    }

    private static Object with(Object record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(name) ? value : component(record, components[i].getName());
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }
}
