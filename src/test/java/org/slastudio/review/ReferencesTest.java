package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferencesTest {

    static Stream<ReviewCase> danglingIds() {
        return Stream.of(
                finds("unknown provider", set("$.services[0].providerId", "acme"), "$.services[0].providerId", ERROR,
                        "Service 'Object Storage' is provided by 'acme', but no party has that id"),
                finds("unknown recipient", set("$.services[1].recipientId", "nobody"), "$.services[1].recipientId", ERROR,
                        "Service 'Managed Database' is received by 'nobody', but no party has that id"),
                finds("provider is recipient", set("$.services[0].recipientId", "provider"), "$.services[0].recipientId", ERROR,
                        "provided and received by the same party 'provider'"),
                finds("unknown window", set("$.services[1].levels[0].windowId", "weekends"), "$.services[1].levels[0].windowId", ERROR,
                        "Service 'Managed Database', service level 1 applies in window 'weekends', but no window has that id"),
                finds("metric of an unknown service", set("$.metrics[0].serviceId", "cdn"), "$.metrics[0].serviceId", ERROR,
                        "Metric 'Object Storage availability' measures service 'cdn'"),
                finds("clock in an unknown window", set("$.metrics[1].clockWindowId", "office-hours"), "$.metrics[1].clockWindowId", ERROR,
                        "runs its clock in window 'office-hours'"),
                finds("unknown responsible party", set("$.metrics[2].responsiblePartyId", "vendor"), "$.metrics[2].responsiblePartyId", ERROR,
                        "is the responsibility of 'vendor'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("danglingIds")
    void anIdThatPointsAtNothingIsAnError(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aMetricOfTheWholeAgreementNeedsNoService() {
        ReviewCase.assertClean(set("$.metrics[0].serviceId", null));
    }
}
