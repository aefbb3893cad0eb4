package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;

/** Every field and list entry of the valid agreement, set to null one at a time, as a hand-edited file could leave it. */
class NullSafetyTest {

    static List<String> everyNullablePath() {
        List<String> paths = new ArrayList<>();
        collect(Agreements.valid(), "$", paths);
        return paths;
    }

    private static void collect(Object value, String path, List<String> paths) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                paths.add(path + "[" + i + "]");
                collect(list.get(i), path + "[" + i + "]", paths);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getType().isPrimitive()) {
                    continue;
                }
                try {
                    paths.add(path + "." + c.getName());
                    collect(c.getAccessor().invoke(record), path + "." + c.getName(), paths);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} = null")
    @MethodSource("everyNullablePath")
    void anyNullInTheDraftGivesFindingsButNeverBreaksTheReview(String path) {
        Agreement draft = Drafts.set(path, null).apply(Agreements.valid());
        assertThatCode(() -> Review.of(draft)).doesNotThrowAnyException();
        ReviewPropertiesTest.assertWellFormed(Review.of(draft));
    }

    @org.junit.jupiter.api.Test
    void theWalkCoversTheDeepestFields() {
        assertThat(everyNullablePath()).contains("$.creditRegime.tiers[2].upper.percent", "$.metrics[1].priorityTargets[3].within",
                "$.windows[0].maintenance[0].noticeHours", "$.services[1].measurement.minimumOutageMinutes").hasSizeGreaterThan(150);
    }
}
