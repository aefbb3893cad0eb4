package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;

class MeasurementRulesTest {

    private static MeasurementRule rule(MeasurementMethod method, Integer interval, String threshold, Integer minimumOutage) {
        return new MeasurementRule(method, interval, threshold == null ? null : pct(threshold), minimumOutage, ClockStart.AT_FAILURE, false);
    }

    static Stream<ReviewCase> incompleteRules() {
        return Stream.of(
                finds("no measurement rule", set("$.services[0].measurement", null), "$.services[0].measurement", WARNING,
                        "Service 'Object Storage' does not say how downtime is counted"),
                finds("no method", set("$.services[0].measurement", rule(null, null, null, 0)), "$.services[0].measurement.method", ERROR,
                        "has no measurement method"),
                finds("intervals of unknown length", set("$.services[1].measurement", rule(MeasurementMethod.INTERVAL_SHARE, null, "5", 0)),
                        "$.services[1].measurement.intervalMinutes", ERROR, "measured in intervals, but their length is not set"),
                finds("intervals of no length", set("$.services[1].measurement", rule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 0, null, 0)),
                        "$.services[1].measurement.intervalMinutes", ERROR, "their length is 0 minutes"),
                finds("interval share without threshold", set("$.services[0].measurement", rule(MeasurementMethod.INTERVAL_SHARE, 5, null, 0)),
                        "$.services[0].measurement.errorRateThresholdPercent", ERROR, "the error rate is not set"),
                finds("negative minimum outage", set("$.services[0].measurement", rule(MeasurementMethod.TIME_BASED, null, null, -1)),
                        "$.services[0].measurement.minimumOutageMinutes", ERROR, "a minimum outage of -1 minutes is negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteRules")
    void aMeasurementRuleMustSayHowDowntimeIsCounted(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void averageErrorRateNeedsAnIntervalButNoThreshold() {
        ReviewCase.assertClean(set("$.services[0].measurement", rule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, 0)));
    }
}
