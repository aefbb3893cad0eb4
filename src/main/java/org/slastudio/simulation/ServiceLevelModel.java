package org.slastudio.simulation;

import java.util.List;

/**
 * One service at one candidate level, in the form the Monte Carlo and exact methods run on: doubles in minutes and
 * in the fee's currency, every credit taken from the engine. The first {@link #periods} periods make the simulated
 * year; the rest are only there to decide earn-back for the last of them.
 *
 * @param schedules        the credit step function of each simulated period
 * @param outages          the outage process
 * @param year             the rules that look across periods
 * @param customerCostPerMinute what a minute of downtime inside the window costs the customer
 */
record ServiceLevelModel(int periods, List<CreditSchedule> schedules, OutageProcess outages, CreditYear year,
                         double customerCostPerMinute, OutageRuns runs, DurationQuantiles lengths) {

    /** Builds the tables the sampling draws from, once per service and level rather than once per chunk. */
    static ServiceLevelModel of(int periods, List<CreditSchedule> schedules, OutageProcess outages, CreditYear year,
                                double customerCostPerMinute) {
        DurationQuantiles lengths = outages.durations() == org.slastudio.model.OutageDurations.FIXED || outages.meanMinutes() <= 0
                ? null : DurationQuantiles.of(outages.durations(), outages.meanMinutes(), outages.sigma());
        return new ServiceLevelModel(periods, List.copyOf(schedules), outages, year, customerCostPerMinute,
                OutageRuns.of(java.util.Arrays.copyOf(outages.outagesPerPeriod(), schedules.size())), lengths);
    }

    int simulatedPeriods() {
        return schedules.size();
    }
}
