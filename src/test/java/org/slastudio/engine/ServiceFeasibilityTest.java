package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.engine.CompositeTreeTest.c;
import static org.slastudio.engine.CompositeTreeTest.parallel;
import static org.slastudio.engine.CompositeTreeTest.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Dependency;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.SimulationAssumptions;

/**
 * The valid agreement's services held against their dependencies. Its 24x7 window in January 2027, the first month of
 * the term, is 44,640 minutes less five Sunday maintenance windows of two hours: 44,040 minutes.
 */
class ServiceFeasibilityTest {
    private static final Dependency BALANCED = series(c("99.99"), parallel(c("99.95"), c("99.95")));
    private static final AllowedDowntime JANUARY = AllowedDowntime.of(Agreements.valid().overview(), LocalDate.of(2030, 6, 1));

    private static Agreement with(String serviceId, Dependency tree) {
        return Agreements.valid().withSimulationAssumptions(SimulationAssumptions.defaults().withDependencies(serviceId, tree));
    }

    @Test
    void aDraftWithoutDependenciesHasNothingToHoldItsTargetsAgainst() {
        assertThat(ServiceFeasibility.of(Agreements.valid())).isEmpty();
        assertThat(ServiceFeasibility.of(Agreements.valid().withSimulationAssumptions(SimulationAssumptions.defaults()))).isEmpty();
    }

    @Test
    void eachTargetIsComparedWithTheCompositeAndItsDowntimeWithTheDowntimeTheCompositeBrings() {
        ServiceFeasibility storage = ServiceFeasibility.of(with("storage", BALANCED)).get(0);

        assertThat(storage.serviceIndex()).isZero();
        assertThat(storage.assumptionsIndex()).isZero();
        assertThat(storage.composite()).isEqualByComparingTo("99.9899750025");
        LevelFeasibility level = storage.levels().get(0);
        assertThat(level.feasible()).isTrue();
        assertThat(level.marginPoints()).isEqualByComparingTo("0.0899750025");
        // 99.9% of 2,642,400 s allows 2,642.4 s; 0.0100249975% of it is 264.90053394 s
        assertThat(level.allowed(JANUARY).orElseThrow().allowedSeconds()).isEqualByComparingTo("2642.4");
        assertThat(level.implied(JANUARY).orElseThrow().allowedSeconds()).isEqualByComparingTo("264.90053394");
        assertThat(level.marginSeconds(JANUARY)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("2377.49946606"));
        assertThat(level.marginMinutes(JANUARY)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("39.624991101"));
    }

    @Test
    void aTargetAboveTheCompositeIsNotFeasibleAndItsMarginIsNegative() {
        Agreement a = with("storage", BALANCED);
        Service storage = a.services().get(0);
        a = a.withServices(List.of(storage.withLevels(List.of(storage.levels().get(0).withTarget(new BigDecimal("99.99")))),
                a.services().get(1)));

        LevelFeasibility level = ServiceFeasibility.of(a).get(0).levels().get(0);

        assertThat(level.feasible()).isFalse();
        assertThat(level.marginPoints()).isEqualByComparingTo("-0.0000249975");
        // 0.01% of 2,642,400 s is 264.24 s; the composite brings 264.90053394 s
        assertThat(level.marginSeconds(JANUARY)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("-0.66053394"));
    }

    @Test
    void everyLevelOfAServiceIsHeldAgainstTheSameComposite() {
        List<LevelFeasibility> database = ServiceFeasibility.of(with("database", parallel(c("99.5"), c("99.5")))).get(0).levels();

        assertThat(database).extracting(LevelFeasibility::levelIndex).containsExactly(0, 1);
        assertThat(database).extracting(LevelFeasibility::feasible).containsExactly(true, true);
        assertThat(database.get(1).marginPoints()).isEqualByComparingTo("0.4975");
    }

    @Test
    void aLevelMeasuredByRequestsHasNoMarginInMinutes() {
        Agreement a = with("storage", BALANCED);
        Service s = a.services().get(0);
        Service byRequests = new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(),
                new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null, null, false));
        a = a.withServices(List.of(byRequests, a.services().get(1)));

        LevelFeasibility level = ServiceFeasibility.of(a).get(0).levels().get(0);

        assertThat(level.byRequests()).isTrue();
        assertThat(level.feasible()).isTrue();
        assertThat(level.marginSeconds(JANUARY)).isEmpty();
    }

    @Test
    void aTreeWithAGapHasNoCompositeAndSaysWhy() {
        ServiceFeasibility f = ServiceFeasibility.of(with("storage", series(c("99.99"), parallel()))).get(0);

        assertThat(f.compositePercent()).isEmpty();
        assertThat(f.gap().path()).isEqualTo(".series[1].parallel");
        assertThat(f.levels()).isEmpty();
    }

    @Test
    void dependenciesForAServiceTheDraftDoesNotHaveAreFoundAsUnmatched() {
        Agreement a = with("archive", BALANCED);

        assertThat(ServiceFeasibility.of(a)).isEmpty();
        assertThat(ServiceFeasibility.unmatched(a)).containsExactly(0);
    }
}
