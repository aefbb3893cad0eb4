package org.slastudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.Service;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.UpstreamComponent;
import org.slastudio.ui.start.ExampleAgreement;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The example's web shop (99.95% around the clock, credit-bearing; 99.9% in business hours, reported only) behind a
 * 99.99% load balancer on two zones at 99.95%: 99.9899750025%. January 2027, its first month: around the clock less five
 * Sunday maintenance windows is 44,040 minutes; business hours are 20 working days of ten hours, 12,000 minutes.
 */
class CompositeModelTest {
    private final DraftModel draft = new DraftModel();
    private final CompositeModel model = new CompositeModel(draft, () -> LocalDate.of(2030, 6, 1));

    static UpstreamComponent c(String name, String percent) {
        return new UpstreamComponent(name, percent == null ? null : new BigDecimal(percent), null);
    }

    static Agreement depending(Agreement a, String serviceId, Dependency tree) {
        SimulationAssumptions s = a.simulationAssumptions() == null ? SimulationAssumptions.defaults() : a.simulationAssumptions();
        return a.withSimulationAssumptions(s.withDependencies(serviceId, tree));
    }

    static final Dependency WEB_SHOP = new SeriesGroup(null, List.of(c("Load balancer", "99.99"),
            new ParallelGroup("Zones", Arrays.asList(c("Zone a", "99.95"), c("Zone b", "99.95")))));

    @Test
    void aDraftWithoutDependenciesShowsNoRowsAndSaysWhereTheyWouldBe() {
        draft.start(ExampleAgreement.managedHosting(), null);
        model.show();

        assertThat(model.rows()).isEmpty();
        assertThat(model.summary().get()).isEqualTo(CompositeModel.NONE).contains("simulationAssumptions.services[].dependencies");
        assertThat(model.basis().get()).isEmpty();
    }

    @Test
    void eachTargetOfAServiceIsHeldAgainstItsCompositeWithTheMarginInTheFirstMonth() {
        draft.start(depending(ExampleAgreement.managedHosting(), "web-shop", WEB_SHOP), null);
        model.show();

        assertThat(model.rows()).hasSize(2);
        CompositeRow always = model.rows().get(0);
        assertThat(always.service()).isEqualTo("Web shop hosting");
        assertThat(always.window()).isEqualTo("Around the clock");
        assertThat(always.target()).isEqualTo("99.95%");
        assertThat(always.compositeText()).isEqualTo("99.9899750025%");
        assertThat(always.feasible()).isTrue();
        assertThat(always.verdict()).isEqualTo("Feasible");
        // 0.05% of 2,642,400 s is 1,321.2 s; the dependencies bring 264.90053394 s
        assertThat(always.margin()).isEqualTo("17 min 36.299 s to spare");
        assertThat(always.marginMinutes()).isEqualByComparingTo("17.604991101");
        assertThat(always.dependencies()).isEqualTo("series(Load balancer 99.99%, Zones: parallel(Zone a 99.95%, Zone b 99.95%))");
        CompositeRow business = model.rows().get(1);
        assertThat(business.window()).isEqualTo("Business hours");
        assertThat(business.target()).isEqualTo("99.9% (reported)");
        // 0.1% of 720,000 s is 720 s; 0.0100249975% of it is 72.179982 s
        assertThat(business.margin()).isEqualTo("10 min 47.82 s to spare");
        assertThat(model.summary().get()).isEqualTo("Every credit-bearing target is within what its service's dependencies compose to.");
        assertThat(model.basis().get()).startsWith("Minutes in January 2027 (31 days), the first month of the term")
                .endsWith("Failures upstream are taken as independent.");
        assertThat(always.spoken()).isEqualTo("Web shop hosting, Around the clock: dependencies compose to 99.9899750025%,"
                + " target 99.95%. Feasible, 17 min 36.299 s to spare a month.");
    }

    @Test
    void aTargetRaisedAboveTheCompositeIsShownShortAtOnce() {
        draft.start(depending(ExampleAgreement.managedHosting(), "web-shop", WEB_SHOP), null);
        model.show();
        Service shop = draft.agreement().services().get(0);

        draft.commit(draft.agreement().withServices(List.of(shop.withLevels(List.of(shop.levels().get(0).withTarget(
                new BigDecimal("99.99")), shop.levels().get(1))), draft.agreement().services().get(1))));

        CompositeRow always = model.rows().get(0);
        assertThat(always.feasible()).isFalse();
        assertThat(always.verdict()).isEqualTo("Not feasible: credits in an average month");
        // 0.01% of 2,642,400 s is 264.24 s, 0.66053394 s less than the dependencies bring
        assertThat(always.margin()).isEqualTo("0.661 s short");
        assertThat(always.marginMinutes()).isNegative();
        assertThat(model.summary().get()).isEqualTo("1 credit-bearing target is above what the service's dependencies compose"
                + " to: the provider would pay credits in an average month.");
    }

    @Test
    void dependenciesWithAGapSayWhatIsMissing() {
        draft.start(depending(ExampleAgreement.managedHosting(), "web-shop", new ParallelGroup(null, List.of(c("Zone a", "99.9"),
                c("Zone b", null)))), null);
        model.show();

        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.compositeText()).isEqualTo("—");
            assertThat(r.feasible()).isNull();
            assertThat(r.verdict()).isEqualTo("Cannot be composed: component 'Zone b' has no published availability");
        });
        assertThat(model.summary().get()).isEqualTo("1 service's dependencies cannot be composed until every figure is given.");
    }

    @Test
    void itFollowsTheDraftOnlyWhileShown() {
        draft.start(ExampleAgreement.managedHosting(), null);
        model.show();
        model.hide();

        draft.commit(depending(draft.agreement(), "web-shop", WEB_SHOP));
        assertThat(model.rows()).isEmpty();

        model.show();
        assertThat(model.rows()).hasSize(2);
        draft.undo();
        assertThat(model.rows()).isEmpty();
    }
}
