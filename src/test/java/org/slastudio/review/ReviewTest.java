package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

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

    @Test
    void recordsWithEveryFieldNullAndListsOfNullsGiveFindingsWithoutThrowing() {
        Agreement hollow = new Agreement(
                new Overview(null, null, null, null, null, null, null, null, null, null),
                Arrays.asList(new Party(null, null, null, null, null, null), null),
                Arrays.asList(new Service(null, null, null, null, null, null, null, null, Arrays.asList(new ServiceLevel(null, null, true), null),
                        new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, null, null, null, null, false)), null),
                Arrays.asList(new AvailabilityWindow(null, null, null, Arrays.asList(new WeeklyHours(null, null, null), null),
                        Arrays.asList((LocalDate) null), Arrays.asList(new MaintenanceWindow(null, null, null, null, null), null)), null),
                new CreditRegime(Arrays.asList(new CreditTier(new TierBound(null, false), null, null, new Money(null, null)), null),
                        null, null, null, new AtRiskAmount(null, Arrays.asList(new PoolAllocation(null, null), null)), null,
                        new EarnBack(null, null), new ClaimDeadline(null, null), true),
                Arrays.asList(new Metric(null, null, MetricKind.RESPONSE_TIME, null, null, null, null,
                        Arrays.asList(new PriorityTarget(null, null, null), null), null, null, null, null, null, null), null),
                Arrays.asList(new Clause(null, null, null), null));
        assertThatCode(() -> Review.of(hollow)).doesNotThrowAnyException();
        List<Finding> findings = Review.of(hollow);
        assertThat(findings).extracting(Finding::path).contains("$.overview.title", "$.parties[1]", "$.services[0].levels[1]",
                "$.windows[0].hours[0].days", "$.creditRegime.tiers[0].fixedCredit.amount", "$.creditRegime.atRisk.allocations[0].serviceId",
                "$.creditRegime.earnBack.followingPeriods", "$.metrics[0].priorityTargets[0].priority", "$.clauses[0].section");
        ReviewPropertiesTest.assertWellFormed(findings);
    }
}
