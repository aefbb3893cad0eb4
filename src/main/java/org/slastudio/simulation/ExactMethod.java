package org.slastudio.simulation;

import java.util.Optional;
import org.slastudio.model.OutageDurations;

/**
 * Expected credits and breach probabilities without sampling, where the model allows: counted downtime in a period
 * is a compound Poisson sum, so its distribution is a Poisson mixture over the number of outages. With fixed lengths
 * k outages are exactly k lengths; with exponential lengths (memoryless, so an outage that reached the minimum has
 * the minimum plus a fresh exponential) k of them are k minimums plus an Erlang(k) time. Lognormal lengths, and
 * regimes whose rolling cap or earn-back tie periods together, are left to the Monte Carlo.
 */
final class ExactMethod {
    private static final double TAIL = 1e-15;

    private ExactMethod() {
    }

    /**
     * @param expectedYearlyCredit    mean credits per year
     * @param breachPeriodProbability chance a period's counted downtime exceeds the allowance, averaged over the year
     * @param breachYearProbability   chance of at least one such period in the year
     */
    record Estimate(double expectedYearlyCredit, double breachPeriodProbability, double breachYearProbability) {
    }

    static boolean applies(ServiceLevelModel model) {
        return model.outages().durations() != OutageDurations.LOGNORMAL && !model.year().dependsOnOtherPeriods();
    }

    static Optional<Estimate> estimate(ServiceLevelModel model) {
        if (!applies(model)) {
            return Optional.empty();
        }
        double credits = 0;
        double breachSum = 0;
        double noBreach = 1;
        for (int p = 0; p < model.periods(); p++) {
            double[] period = period(model, p);
            credits += period[0];
            breachSum += period[1];
            noBreach *= 1 - period[1];
        }
        return Optional.of(new Estimate(credits, breachSum / model.periods(), 1 - noBreach));
    }

    /** Expected credit and breach probability in one period. */
    private static double[] period(ServiceLevelModel model, int p) {
        OutageProcess process = model.outages();
        CreditSchedule schedule = model.schedules().get(p);
        CreditYear year = model.year();
        double mean = process.meanMinutes();
        double minimum = process.minimumMinutes();
        boolean fixed = process.durations() == OutageDurations.FIXED;
        double rate = process.outagesPerPeriod()[p];
        // Only outages that reach the minimum count; they are a thinned Poisson process.
        double counted = rate == 0 ? 0 : fixed ? (mean >= minimum ? rate : 0) : rate * Math.exp(-minimum / mean);
        double shift = fixed ? mean : minimum;
        int last = (int) Math.ceil(counted + 12 * Math.sqrt(counted) + 20);
        double credit = 0;
        double breach = 0;
        double poisson = Math.exp(-counted);
        double mass = 0;
        for (int k = 0; k <= last && mass < 1 - TAIL; k++) {
            if (k > 0) {
                poisson *= counted / k;
            }
            mass += poisson;
            if (k == 0 || fixed) {
                double d = k * shift;
                credit += poisson * year.issueAlone(schedule.credit(d));
                breach += d > schedule.allowedMinutes() ? poisson : 0;
                continue;
            }
            double[] edges = schedule.edges();
            double base = k * shift;
            double previous = erlang(k, (edges[0] - base) / mean);
            double expected = 0;
            for (int j = 1; j < edges.length; j++) {
                double cdf = erlang(k, (edges[j] - base) / mean);
                expected += (cdf - previous) * year.issueAlone(schedule.creditBelowEdge(j));
                previous = cdf;
            }
            expected += (1 - previous) * year.issueAlone(schedule.creditOnEdge(edges.length - 1));
            credit += poisson * expected;
            breach += poisson * (1 - erlang(k, (schedule.allowedMinutes() - base) / mean));
        }
        return new double[] {credit, breach};
    }

    /** P(Erlang(k) with unit mean per stage is at most y) = P(Poisson(y) is at least k), summed in logs. */
    static double erlang(int k, double y) {
        if (y <= 0) {
            return 0;
        }
        double logY = Math.log(y);
        double logFactorial = 0;
        double below = 0;
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                logFactorial += Math.log(i);
            }
            below += Math.exp(-y + i * logY - logFactorial);
        }
        return Math.max(0, 1 - below);
    }
}
