package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;

class ReviewTest {

    @Test
    void theValidAgreementHasNoFindings() {
        assertThat(Review.of(Agreements.valid())).isEmpty();
    }

    @Test
    void aMissingDraftIsOneError() {
        assertThat(Review.of(null)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void anAgreementWithEveryFieldNullGivesFindingsWithoutThrowing() {
        Agreement nothing = new Agreement(null, null, null, null, null, null, null);
        assertThatCode(() -> Review.of(nothing)).doesNotThrowAnyException();
        assertThat(Review.of(nothing)).extracting(Finding::path)
                .contains("$.overview", "$.parties")
                .doesNotContain("$");
    }
}
