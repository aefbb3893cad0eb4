package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Metric;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/** Claim deadlines from the incident or in business days, and business-day targets, as clauses state them. */
class DeadlinePlaceholdersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DAYS_AFTER_INCIDENT, 30, 30 days after the day the first counted outage began",
            "BUSINESS_DAYS_AFTER_PERIOD_END, 10, 10 business days after the end of the calendar month",
            "BUSINESS_DAYS_AFTER_INCIDENT, 1, 1 business day after the day the first counted outage began",
    })
    void theClaimDeadlineReadsAsTheRuleCountsIt(ClaimDeadlineRule rule, int count, String words) {
        Agreement a = Agreements.valid();
        CreditRegime r = a.creditRegime();
        Agreement edited = a.withCreditRegime(new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(),
                r.rollingTwelveMonthCapPercent(), r.atRisk(), r.minimumCredit(), r.earnBack(),
                new ClaimDeadline(rule, count, "business-hours"), r.soleRemedy()));

        assertThat(Placeholders.fill("{{credits.claimDeadline}}", edited)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "END_OF_SAME_BUSINESS_DAY, the end of the same Business Day",
            "END_OF_NEXT_BUSINESS_DAY, the end of the next Business Day",
    })
    void aBusinessDayTargetReadsAsTheEndOfThatDay(BusinessDayDeadline dueBy, String words) {
        Agreement a = Agreements.valid();
        Metric m = a.metric("incident-response").orElseThrow();
        List<PriorityTarget> targets = new ArrayList<>(m.priorityTargets());
        targets.set(3, new PriorityTarget(Priority.P4, null, null, dueBy));
        Metric edited = new Metric(m.id(), m.name(), m.kind(), m.serviceId(), m.comparator(), m.target(), m.unit(), targets,
                m.clockWindowId(), m.period(), m.reporting(), m.dataSource(), m.responsiblePartyId(), m.classification());
        Agreement agreement = a.withMetrics(a.metrics().stream().map(x -> x.id().equals(m.id()) ? edited : x).toList());

        assertThat(Placeholders.fill("P4 incidents are answered by {{metric.incident-response.P4}}.", agreement))
                .isEqualTo("P4 incidents are answered by " + words + ".");
    }
}
