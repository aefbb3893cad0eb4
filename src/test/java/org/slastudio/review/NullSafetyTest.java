package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.FieldPaths;

/** Every field and list entry of the valid agreement, set to null one at a time, as a hand-edited file could leave it. */
class NullSafetyTest {

    static List<String> everyNullablePath() {
        return FieldPaths.nullable(Agreements.valid(), "$", Set.of());
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
