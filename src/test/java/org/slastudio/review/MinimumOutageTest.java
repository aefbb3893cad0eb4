package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreements;

/**
 * Worked by hand for Object Storage, around the clock (604 800 s a week, 4.348214 weeks a month): 99.9% allows
 * 43.83 minutes a month, 99.99% allows 4.383 minutes.
 */
class MinimumOutageTest {
    private static final String MINIMUM = "$.services[0].measurement.minimumOutageMinutes";

    @ParameterizedTest(name = "target {0}%, outages under {1} minutes ignored: warned={2}")
    @CsvSource(delimiter = '|', value = {
            "99.9  | 43 | false | ",
            "99.9  | 44 | true  | outages under 44 minutes do not count, but the 99.9% target allows only about 43.8 minutes of downtime a month",
            "99.99 | 4  | false | ",
            "99.99 | 5  | true  | Service 'Object Storage', window 'Around the clock': outages under 5 minutes do not count, but the 99.99% target allows only about 4.38 minutes"})
    void aMinimumOutageAsLongAsTheMonthsAllowanceIsAWarning(String target, int minutes, boolean warned, String fragment) {
        var findings = Review.of(Drafts.all(set("$.services[0].levels[0].targetPercent", pct(target)), set(MINIMUM, minutes))
                .apply(Agreements.valid()));
        if (warned) {
            assertThat(findings).anyMatch(f -> f.path().equals(MINIMUM) && f.severity() == Severity.WARNING && f.message().contains(fragment));
        } else {
            assertThat(findings).extracting(Finding::path).doesNotContain(MINIMUM);
        }
    }

    @org.junit.jupiter.api.Test
    void moreThanTheMinimumIsWordedSoAndAMethodWithoutOutagesIsNotWarnedOfTheAllowance() {
        var moreThan = Review.of(Drafts.all(set("$.services[0].levels[0].targetPercent", pct("99.99")), set(MINIMUM, 5),
                set("$.services[0].measurement.minimumOutageBound", org.slastudio.model.MinimumOutageBound.MORE_THAN))
                .apply(Agreements.valid()));
        assertThat(moreThan).anyMatch(f -> f.path().equals(MINIMUM) && f.message().contains("outages of 5 minutes or less do not count"));

        var counts = Review.of(Drafts.all(set("$.services[0].levels[0].targetPercent", pct("99.99")), set(MINIMUM, 5),
                set("$.services[0].measurement.method", org.slastudio.model.MeasurementMethod.REQUEST_COUNTS))
                .apply(Agreements.valid()));
        assertThat(counts).filteredOn(f -> f.path().equals(MINIMUM)).extracting(Finding::message)
                .singleElement().asString().contains("has no effect").doesNotContain("allows only");
    }

    /** Clause 3 states the minimum; whether it says "at least" or "more than" must be what the rule counts. */
    @ParameterizedTest(name = "rule {0}, clause says \"{1}\": warned={2}")
    @CsvSource(delimiter = '|', value = {
            "MORE_THAN | at least     | true",
            "MORE_THAN | more than    | false",
            "AT_LEAST  | more than    | true",
            "AT_LEAST  | longer than  | true",
            "AT_LEAST  | at least     | false",
            "          | At least     | false",
            "          | more than    | true",
    })
    void aClauseStatingTheMinimumTheOtherWayRoundIsAWarning(org.slastudio.model.MinimumOutageBound bound, String words,
                                                            boolean warned) {
        String text = "Downtime counts once it has lasted " + words + " {{service.storage.minimumOutage}}.";
        var findings = Review.of(Drafts.all(set("$.services[0].measurement.minimumOutageBound", bound),
                Drafts.append("$.clauses", new org.slastudio.model.Clause(org.slastudio.model.Section.DEFINITIONS,
                        "Downtime", text))).apply(Agreements.valid()));

        if (warned) {
            assertThat(findings).anyMatch(f -> f.path().equals("$.clauses[2].text") && f.severity() == Severity.WARNING
                    && f.message().contains("says \"" + words + " {{service.storage.minimumOutage}}\", but service 'Object Storage' counts"));
        } else {
            assertThat(findings).extracting(Finding::path).doesNotContain("$.clauses[2].text");
        }
    }
}
