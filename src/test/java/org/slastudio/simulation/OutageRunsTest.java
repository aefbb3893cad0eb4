package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.slastudio.model.OutageDurations;

class OutageRunsTest {

    /** Runs of at most 8 outages: 0.5 + 3 + 0 = 3.5, then 12 alone, then 0.2 + ... + 4 = 7.95, then 0.1. */
    private static final double[] RATES = {0.5, 3, 0, 12, 0.2, 0.05, 1, 2, 0, 0.7, 4, 0.1};

    @Test
    void periodsGoInRunsOfAtMostEightOutages() {
        OutageRuns runs = OutageRuns.of(RATES);
        assertThat(runs.first()).containsExactly(0, 3, 4, 11, 12);
        // the run's count is Poisson of its total rate: P(N = 0) = e^-3.5
        assertThat(runs.countCdf()[0][0]).isCloseTo(Math.exp(-3.5), Offset.offset(1e-15));
        assertThat(runs.countCdf()[2][0]).isCloseTo(Math.exp(-7.95), Offset.offset(1e-15));
        // each outage lands in a period by its share of the run's rate; a period without outages never gets one
        assertThat(runs.periodCdf()[0]).containsExactly(0.5 / 3.5, 1, 2);
        assertThat(runs.periodCdf()[1]).containsExactly(2);
        assertThat(runs.periodCdf()[2][0]).isCloseTo(0.2 / 7.95, Offset.offset(1e-15));
        assertThat(runs.periodCdf()[2][4]).isEqualTo(runs.periodCdf()[2][3]);
    }

    @Test
    void aRunWithoutOutagesNeverCountsOne() {
        OutageRuns runs = OutageRuns.of(new double[] {0, 0, 0});
        assertThat(runs.first()).containsExactly(0, 3);
        assertThat(runs.countCdf()[0]).containsExactly(1, 2);
    }

    /**
     * Outages of 50 min, fixed, against a 99.9% level's allowance of 43.2 min in a 30-day month: a period breaches
     * exactly when it has an outage, which for a Poisson count of rate r is 1 - e^-r, each period on its own.
     */
    @Test
    void eachPeriodHasItsOwnPoissonCount() {
        ServiceLevelModel drafted = Simulator.of(Drafts.agreement(Drafts.tiers(), Drafts.service("s", "99.9", 0)),
                Drafts.assumptions(OutageDurations.FIXED, "50", null, null), Drafts.levels("99.9")).plans().get(0)
                .models().get(0);
        ServiceLevelModel model = ServiceLevelModel.of(drafted.periods(), drafted.schedules(),
                new OutageProcess(RATES, OutageDurations.FIXED, 50, 0, 0), drafted.year(), 0);
        int trials = 40_000;
        long[] breaches = new long[trials];
        MonteCarlo.run(model, trials, 5, 0, false, () -> false, new double[trials], breaches);
        for (int p = 0; p < RATES.length; p++) {
            int breached = 0;
            for (long bits : breaches) {
                breached += (int) (bits >>> p) & 1;
            }
            double expected = 1 - Math.exp(-RATES[p]);
            double share = (double) breached / trials;
            assertThat(share).as("period %d at %s outages", p, RATES[p])
                    .isCloseTo(expected, Offset.offset(4 * Math.sqrt(expected * (1 - expected) / trials) + 1e-12));
        }
    }
}
