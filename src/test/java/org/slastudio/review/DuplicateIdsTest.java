package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateIdsTest {

    static Stream<ReviewCase> duplicates() {
        return Stream.of(
                finds("two parties 'provider'", set("$.parties[1].id", "provider"), "$.parties[1].id", ERROR,
                        "Party 2 has the id 'provider', which party 1 already has"),
                finds("two services 'storage'", set("$.services[1].id", "storage"), "$.services[1].id", ERROR,
                        "Service 2 has the id 'storage', which service 1 already has"),
                finds("two windows '24x7'", set("$.windows[1].id", "24x7"), "$.windows[1].id", ERROR,
                        "Window 2 has the id '24x7', which window 1 already has"),
                finds("two metrics 'incident-response'", set("$.metrics[2].id", "incident-response"), "$.metrics[2].id", ERROR,
                        "Metric 3 has the id 'incident-response', which metric 2 already has"),
                finds("two targets for one window", set("$.services[1].levels[1].windowId", "business-hours"),
                        "$.services[1].levels[1].windowId", ERROR,
                        "Service 'Managed Database' has two targets for window 'Business hours' (service levels 1 and 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void aSecondUseOfAnIdIsAnError(ReviewCase c) {
        c.assertFound();
    }
}
