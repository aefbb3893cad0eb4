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
import static org.slastudio.model.ClockStart.AT_FAILURE;
import static org.slastudio.model.ClockStart.AT_FAULT_REPORT;
import static org.slastudio.model.MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE;
import static org.slastudio.model.MeasurementMethod.INTERVAL_SHARE;
import static org.slastudio.model.MeasurementMethod.REQUEST_COUNTS;
import static org.slastudio.model.MeasurementMethod.TIME_BASED;
import static org.slastudio.model.MinimumOutageBound.AT_LEAST;
import static org.slastudio.model.MinimumOutageBound.MORE_THAN;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;

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

    private static MeasurementRule rule(MeasurementMethod method, Integer interval, String threshold, Integer minimumOutage,
                                        MinimumOutageBound bound, ClockStart clock) {
        return new MeasurementRule(method, interval, threshold == null ? null : pct(threshold), minimumOutage, bound, clock, false);
    }

    private static UnaryOperator<Agreement> storage(MeasurementRule rule) {
        return set("$.services[0].measurement", rule);
    }

    /** Fields the method does not read: each is a finding at its own path, saying so, or how the value is read. */
    static Stream<ReviewCase> fieldsWithoutEffect() {
        String at = "$.services[0].measurement.";
        return Stream.of(
                finds("interval on time-based", storage(rule(TIME_BASED, 5, null, 5, null, AT_FAILURE)), at + "intervalMinutes",
                        WARNING, "is measured by time, so its interval length of 5 minutes has no effect"),
                finds("interval on request counts", storage(rule(REQUEST_COUNTS, 5, null, 0, null, AT_FAILURE)), at + "intervalMinutes",
                        WARNING, "by counts of successful requests, so its interval length of 5 minutes has no effect"),
                finds("threshold on time-based", storage(rule(TIME_BASED, null, "5", 5, null, AT_FAILURE)), at + "errorRateThresholdPercent",
                        WARNING, "error rate threshold of 5% has no effect"),
                finds("threshold on average error rate", storage(rule(INTERVAL_AVERAGE_ERROR_RATE, 5, "5", 0, null, AT_FAILURE)),
                        at + "errorRateThresholdPercent", WARNING, "by the average error rate of its intervals, so its error rate threshold"),
                finds("fault-report clock on intervals", storage(rule(INTERVAL_SHARE, 5, "5", 0, null, AT_FAULT_REPORT)), at + "clockStart",
                        WARNING, "starting the clock at the fault report has no effect"),
                finds("fault-report clock on counts", storage(rule(REQUEST_COUNTS, null, null, 0, null, AT_FAULT_REPORT)), at + "clockStart",
                        WARNING, "starting the clock at the fault report has no effect"),
                finds("minimum on average error rate", storage(rule(INTERVAL_AVERAGE_ERROR_RATE, 5, null, 15, null, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "no outages to leave out: a minimum outage of 15 minutes has no effect"),
                finds("minimum on request counts", storage(rule(REQUEST_COUNTS, null, null, 15, null, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "a minimum outage of 15 minutes has no effect"),
                finds("bound without a minimum", storage(rule(TIME_BASED, null, null, 0, MORE_THAN, AT_FAILURE)), at + "minimumOutageBound",
                        WARNING, "as there is no minimum outage"),
                finds("bound on request counts", storage(rule(REQUEST_COUNTS, null, null, 5, AT_LEAST, AT_FAILURE)), at + "minimumOutageBound",
                        WARNING, "as the method has no outages"),
                finds("minimum shorter than the interval", storage(rule(INTERVAL_SHARE, 5, "5", 3, null, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "at least 3 minutes has no effect: every interval down lasts 5 minutes"),
                finds("minimum of exactly one interval", storage(rule(INTERVAL_SHARE, 5, "5", 5, AT_LEAST, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "at least 5 minutes has no effect"),
                finds("minimum not a multiple of the interval", storage(rule(INTERVAL_SHARE, 5, "5", 12, null, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "at least 12 minutes is not a whole number of 5-minute intervals; it is"
                                + " read as runs of at least 3 consecutive intervals down (15 minutes)"),
                finds("more than a minimum not a multiple", storage(rule(INTERVAL_SHARE, 5, "5", 12, MORE_THAN, AT_FAILURE)),
                        at + "minimumOutageMinutes", WARNING, "more than 12 minutes is not a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsWithoutEffect")
    void aFieldTheMethodDoesNotReadIsReportedAsHavingNoEffect(ReviewCase c) {
        c.assertFound();
    }

    /** Every field read by its method: nothing to report. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesThatUseEveryField")
    void aRuleWhoseFieldsAllCountIsClean(String description, MeasurementRule rule) {
        ReviewCase.assertClean(storage(rule));
    }

    static Stream<Arguments> rulesThatUseEveryField() {
        return Stream.of(
                Arguments.of("time-based, more than 5 minutes, from the report", rule(TIME_BASED, null, null, 5, MORE_THAN, AT_FAULT_REPORT)),
                Arguments.of("interval share, 3 whole intervals", rule(INTERVAL_SHARE, 5, "5", 15, AT_LEAST, AT_FAILURE)),
                Arguments.of("interval share, more than one interval", rule(INTERVAL_SHARE, 5, "5", 5, MORE_THAN, AT_FAILURE)),
                Arguments.of("request counts", rule(REQUEST_COUNTS, null, null, 0, null, AT_FAILURE)),
                Arguments.of("request counts, no minimum at all", rule(REQUEST_COUNTS, null, null, null, null, AT_FAILURE)));
    }

    @Test
    void averageErrorRateNeedsAnIntervalButNoThreshold() {
        ReviewCase.assertClean(set("$.services[0].measurement", rule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, 0)));
    }
}
