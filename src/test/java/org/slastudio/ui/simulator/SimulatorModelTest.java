package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.simulation.Simulator;
import org.slastudio.simulation.TradeOffTable;
import org.slastudio.ui.start.ExampleAgreement;
import org.slastudio.ui.wizard.DraftModel;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorModelTest {
    /** Above the quick estimate's trials, so every run reports twice, and small enough to be quick. */
    private static final int TRIALS = 30_000;
    private static final SimulationAssumptions SMALL = new SimulationAssumptions(List.of(),
            new OutageModel(OutageDurations.FIXED, new BigDecimal("45"), new BigDecimal("500"), new BigDecimal("1.5"), new BigDecimal("10")),
            new ProviderCost(List.of(), null, null, new BigDecimal("3")), List.of(), TRIALS, 7L);

    private final DraftModel draft = new DraftModel();
    /** Runs wait here until the test runs them, on the test's own thread. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Executor runner = queued::add;
    private final SimulatorModel model = new SimulatorModel(draft, runner, Runnable::run);
    private final List<TradeOffTable> shown = new ArrayList<>();

    SimulatorModelTest() {
        model.table().addListener((o, was, is) -> {
            if (is != null) {
                shown.add(is);
            }
        });
    }

    private void openExample(SimulationAssumptions assumptions) {
        draft.start(ExampleAgreement.managedHosting().withSimulationAssumptions(assumptions), null);
        model.show();
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private static TradeOffTable simulated(Agreement agreement, SimulationAssumptions assumptions, int trials) {
        return Simulator.of(agreement, assumptions).run(trials, assumptions.seed());
    }

    @ParameterizedTest(name = "mean time to repair {0} min is kept as {1}")
    @CsvSource({"90.4, 90", "90.5, 91", "0.2, 1", "480, 480"})
    void theRepairTimeSliderSetsWholeMinutesAndKeepsTheRestOfTheOutageModel(double slider, String kept) {
        openExample(SMALL);
        model.setMeanTimeToRepair(slider);

        assertThat(model.assumptions().get().outages()).isEqualTo(new OutageModel(OutageDurations.FIXED, new BigDecimal(kept),
                new BigDecimal("500"), new BigDecimal("1.5"), new BigDecimal("10")));
        assertThat(model.assumptions().get().providerCost()).isEqualTo(SMALL.providerCost());
        assertThat(model.assumptions().get().trials()).isEqualTo(TRIALS);
    }

    @ParameterizedTest(name = "engineering margin {0}% is kept as {1}%")
    @CsvSource({"12.4, 12", "12.6, 13", "-3, 0", "95, 90"})
    void theMarginSliderSetsWholePercentFromNothingToNinety(double slider, String kept) {
        openExample(SMALL);
        model.setEngineeringMargin(slider);

        assertThat(model.assumptions().get().outages().engineeringMarginPercent()).isEqualTo(new BigDecimal(kept));
        assertThat(model.assumptions().get().outages().meanTimeToRepairMinutes()).isEqualTo(new BigDecimal("45"));
    }

    @ParameterizedTest(name = "multiplier {0} is kept as {1}")
    @CsvSource({"2.44, 2.4", "2.45, 2.5", "0.5, 1.0", "10, 10.0"})
    void theMultiplierSliderSetsOneDecimalPlaceAndNeverBelowOne(double slider, String kept) {
        openExample(SimulationAssumptions.defaults());
        model.setMultiplierPerNine(slider);

        assertThat(model.assumptions().get().providerCost()).isEqualTo(new ProviderCost(List.of(), null, null, new BigDecimal(kept)));
        assertThat(model.assumptions().get().outages()).isNull();
    }

    @ParameterizedTest(name = "{0} trials are kept as {1}")
    @CsvSource({"24499, 24000", "24500, 25000", "5, 12000", "5000000, 1200000"})
    void theTrialsSliderSetsWholeThousandsWithinItsRange(double slider, int kept) {
        openExample(SMALL);
        model.setTrials(slider);

        assertThat(model.assumptions().get().trials()).isEqualTo(kept);
        assertThat(model.trials()).isEqualTo(kept);
    }

    @Test
    void aDraftWithoutAssumptionsShowsTheSimulatorsDefaultsOnTheSliders() {
        openExample(null);

        assertThat(model.meanTimeToRepairMinutes()).isEqualByComparingTo("60");
        assertThat(model.engineeringMarginPercent()).isEqualByComparingTo("0");
        assertThat(model.multiplierPerNine()).isEqualByComparingTo("2");
        assertThat(model.trials()).isEqualTo(Simulator.DEFAULT_TRIALS);
    }

    @Test
    void keptAssumptionsAreOneUndoableEditOfTheDraft() {
        openExample(SMALL);
        model.setMeanTimeToRepair(100);
        model.setMeanTimeToRepair(120);
        model.keepAssumptions();

        assertThat(draft.agreement().simulationAssumptions().outages().meanTimeToRepairMinutes()).isEqualTo(new BigDecimal("120"));
        assertThat(draft.dirty().get()).isTrue();

        draft.undo();
        assertThat(draft.agreement().simulationAssumptions()).isEqualTo(SMALL);
        assertThat(model.meanTimeToRepairMinutes()).isEqualTo(new BigDecimal("45"));
        assertThat(draft.canUndo().get()).isFalse();
    }

    @Test
    void keepingAssumptionsThatAreAlreadyInTheDraftLeavesNoEdit() {
        openExample(SMALL);
        model.keepAssumptions();

        assertThat(draft.canUndo().get()).isFalse();
    }

    @Test
    void applyingALevelMakesItTheTargetOfTheCreditBearingLevelAndUndoRestoresIt() {
        openExample(SMALL);
        runQueued();
        LevelRow webShopAt999 = model.rows().stream()
                .filter(r -> r.service().serviceId().equals("web-shop") && r.level().compareTo(new BigDecimal("99.9")) == 0)
                .findFirst().orElseThrow();
        model.select(webShopAt999);

        assertThat(model.applySelectedLevel()).isTrue();

        Service webShop = draft.agreement().services().get(0);
        assertThat(webShop.levels()).containsExactly(new ServiceLevel("24x7", new BigDecimal("99.9"), true),
                new ServiceLevel("business-hours", new BigDecimal("99.9"), false));
        assertThat(draft.agreement().services().get(1)).isEqualTo(ExampleAgreement.managedHosting().services().get(1));
        draft.undo();
        assertThat(draft.agreement().services().get(0).levels().get(0).targetPercent()).isEqualTo(new BigDecimal("99.95"));
    }

    @Test
    void aServiceWithoutACreditBearingLevelHasItsFirstTargetReplaced() {
        openExample(SMALL);
        runQueued();
        LevelRow support = model.rows().stream()
                .filter(r -> r.service().serviceId().equals("support") && r.level().compareTo(new BigDecimal("99.0")) == 0)
                .findFirst().orElseThrow();
        model.select(support);
        model.applySelectedLevel();

        assertThat(draft.agreement().services().get(1).levels())
                .containsExactly(new ServiceLevel("business-hours", new BigDecimal("99"), false));
    }

    @Test
    void theTableIsTheSimulatorsOwnForTheDraftAndTheAssumptionsOnScreenFirstQuickThenFull() {
        openExample(SMALL);
        model.setMeanTimeToRepair(90);
        runQueued();

        SimulationAssumptions onScreen = model.assumptions().get();
        Agreement agreement = draft.agreement();
        assertThat(shown).containsExactly(simulated(agreement, onScreen, Simulator.QUICK_TRIALS),
                simulated(agreement, onScreen, TRIALS));
        assertThat(model.running().get()).isFalse();
        assertThat(model.error().get()).isNull();
        assertThat(model.rows()).hasSize(2 * 5);
        assertThat(model.selected().get().drafted()).isTrue();
    }

    @Test
    void slidersMovedWhileARunWaitsCollapseIntoOneRunOfTheLatest() {
        openExample(SMALL);
        model.setMeanTimeToRepair(50);
        model.setMeanTimeToRepair(70);
        model.setEngineeringMargin(30);

        assertThat(queued).hasSize(1);
        runQueued();

        assertThat(shown).containsExactly(simulated(draft.agreement(), model.assumptions().get(), Simulator.QUICK_TRIALS),
                simulated(draft.agreement(), model.assumptions().get(), TRIALS));
    }

    @Test
    void aSliderMovedDuringARunCancelsItsRefinementAndOnlyTheNewRunIsShown() {
        openExample(SMALL);
        SimulationAssumptions first = model.assumptions().get();
        model.table().addListener((o, was, is) -> {
            if (shown.size() == 1) {
                model.setMeanTimeToRepair(200);
            }
        });
        runQueued();

        SimulationAssumptions second = model.assumptions().get();
        Agreement agreement = draft.agreement();
        assertThat(shown).containsExactly(simulated(agreement, first, Simulator.QUICK_TRIALS),
                simulated(agreement, second, Simulator.QUICK_TRIALS), simulated(agreement, second, TRIALS));
    }

    @Test
    void aDraftTheSimulatorCannotRunShowsWhichFieldToFixAndNoTable() {
        Agreement example = ExampleAgreement.managedHosting();
        Service web = example.services().get(0);
        Service feeless = new Service(web.id(), web.name(), web.description(), web.providerId(), web.recipientId(), null,
                web.businessImportance(), web.downtimeCostPerHour(), web.levels(), web.measurement());
        draft.start(example.withServices(List.of(feeless, example.services().get(1))).withSimulationAssumptions(SMALL), null);
        model.show();
        runQueued();

        assertThat(model.error().get()).contains("$.services[0].monthlyFee").contains("\"web-shop\"");
        assertThat(model.table().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.running().get()).isFalse();
    }

    @Test
    void nothingRunsWhileTheSimulatorIsHidden() {
        draft.start(ExampleAgreement.managedHosting(), null);
        model.setMeanTimeToRepair(30);
        model.show();
        model.hide();
        model.setMeanTimeToRepair(40);
        runQueued();

        assertThat(shown).isEmpty();
    }
}
