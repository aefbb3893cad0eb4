package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.FieldPaths;

/** Every field and list entry of the valid agreement set to null one at a time, as a hand-edited file could leave it. */
class NullSafetyTest {

    static List<String> everyNullablePath() {
        return FieldPaths.nullable(Agreements.valid(), "", Set.of("negotiation"));
    }

    /** The value at {@code path} (".services[1].levels[0]") replaced by null. */
    private static Object withNull(Object value, String path) {
        if (path.isEmpty()) {
            return null;
        }
        int end = path.indexOf('.', 1) < 0 ? path.length() : path.indexOf('.', 1);
        int bracket = path.indexOf('[', 1);
        end = bracket > 0 && bracket < end ? bracket : end;
        if (path.startsWith("[")) {
            int close = path.indexOf(']');
            int index = Integer.parseInt(path.substring(1, close));
            List<Object> copy = new ArrayList<>((List<?>) value);
            copy.set(index, withNull(copy.get(index), path.substring(close + 1)));
            return copy;
        }
        String name = path.substring(1, end);
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = FieldPaths.read(value, components[i]);
            if (components[i].getName().equals(name)) {
                values[i] = withNull(values[i], path.substring(end));
            }
        }
        try {
            return value.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Change, Decision> acceptAll(Agreement ours, Agreement theirs) {
        Map<Change, Decision> all = new HashMap<>();
        DraftDiff.between(ours, theirs).forEach(c -> all.put(c, Decision.ACCEPT));
        return all;
    }

    @ParameterizedTest(name = "{0} = null")
    @MethodSource("everyNullablePath")
    void aGapInEitherDraftIsComparedAndTakenOverWithoutFailing(String path) {
        Agreement valid = Agreements.valid();
        Agreement gap = (Agreement) withNull(valid, path);

        assertThat(DraftDiff.between(gap, gap)).as(path).isEmpty();
        assertThat(DraftDiff.between(valid, gap).isEmpty()).as(path).isEqualTo(gap.equals(valid));
        assertThat(NextRound.build(gap, valid, acceptAll(gap, valid))).as(path).isEqualTo(valid);
        assertThat(NextRound.build(valid, gap, acceptAll(valid, gap))).as(path).isEqualTo(gap);
    }
}
