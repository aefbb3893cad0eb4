package org.slastudio.simulation;

import java.util.Optional;
import org.slastudio.model.OutageDurations;

/**
 * Expected credits and breach probabilities without sampling, where the model allows: counted downtime in a period
 * is a compound Poisson sum, so its distribution is a Poisson mixture over the number of outages. With fixed lengths
 * k outages are exactly k lengths; with exponential lengths (memoryless, so an outage that reached the minimum has
 * the minimum plus a fresh exponential) k of them are k minimums plus an Erlang(k) time. Lognormal lengths have no
 * closed form: {@link #convolution} discretises them to a grid and sums by Panjer's recursion, which is slower and
 * so not part of every table. Regimes whose rolling cap or earn-back tie periods together are left to the Monte Carlo.
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
            double previousNext = erlang(k + 1, (edges[0] - base) / mean);
            double expected = 0;
            for (int j = 1; j < edges.length; j++) {
                double cdf = erlang(k, (edges[j] - base) / mean);
                double cdfNext = erlang(k + 1, (edges[j] - base) / mean);
                // A piece is issued whole or not at all: the schedule has an edge where its line meets the minimum.
                double slope = schedule.slopeBelowEdge(j);
                if (year.issueAlone(schedule.credit((edges[j - 1] + edges[j]) / 2)) > 0) {
                    // E[d; piece] for d = base + Erlang(k): base x dF_k + k x mean x dF_(k+1).
                    double partial = base * (cdf - previous) + k * mean * (cdfNext - previousNext);
                    expected += (cdf - previous) * schedule.creditBelowEdge(j) + slope * partial;
                }
                previous = cdf;
                previousNext = cdfNext;
            }
            expected += (1 - previous) * year.issueAlone(schedule.creditOnEdge(edges.length - 1));
            credit += poisson * expected;
            breach += poisson * (1 - erlang(k, (schedule.allowedMinutes() - base) / mean));
        }
        return new double[] {credit, breach};
    }

    /**
     * Compound Poisson by Panjer's recursion over outage lengths discretised to {@code cells} cells up to the last
     * credit edge inside the window (each cell's probability at its centre; a cell an edge cuts is shared out in
     * proportion, as if uniform within it). For lognormal lengths, and exponential ones to check it against the
     * closed form.
     */
    static Estimate convolution(ServiceLevelModel model, int cells) {
        if (model.year().dependsOnOtherPeriods()) {
            throw new IllegalArgumentException("the rolling cap or earn-back ties periods together; use the Monte Carlo");
        }
        java.util.Map<String, double[]> done = new java.util.HashMap<>();
        double credits = 0;
        double breachSum = 0;
        double noBreach = 1;
        for (int p = 0; p < model.periods(); p++) {
            int period = p;
            CreditSchedule schedule = model.schedules().get(p);
            String key = schedule.windowMinutes() + "/" + model.outages().outagesPerPeriod()[p];
            double[] result = done.computeIfAbsent(key, k -> convolutionPeriod(model, period, cells));
            credits += result[0];
            breachSum += result[1];
            noBreach *= 1 - result[1];
        }
        return new Estimate(credits, breachSum / model.periods(), 1 - noBreach);
    }

    private static double[] convolutionPeriod(ServiceLevelModel model, int p, int cells) {
        OutageProcess process = model.outages();
        CreditSchedule schedule = model.schedules().get(p);
        CreditYear year = model.year();
        double[] edges = schedule.edges();
        double window = schedule.windowMinutes();
        double rate = process.outagesPerPeriod()[p];
        double sigma = process.sigma();
        double mu = Math.log(process.meanMinutes()) - sigma * sigma / 2;
        double minimum = process.minimumMinutes();
        double mean = process.meanMinutes();
        java.util.function.DoubleUnaryOperator cdf = switch (process.durations()) {
            case LOGNORMAL -> x -> x <= 0 ? 0 : normal((Math.log(x) - mu) / sigma);
            case EXPONENTIAL -> x -> x <= 0 ? 0 : -Math.expm1(-x / mean);
            case FIXED -> throw new IllegalArgumentException("fixed lengths have a closed form; use estimate");
        };
        double countedShare = rate == 0 ? 0 : 1 - cdf.applyAsDouble(minimum);
        double lambda = rate * countedShare;
        if (lambda == 0) {
            return new double[] {year.issueAlone(schedule.credit(0)), 0};
        }
        double last = Math.max(edges.length > 1 ? edges[edges.length - 2] : 0, Math.max(schedule.allowedMinutes(), 1));
        double h = last / cells;
        int m = cells + 2;
        double[] f = new double[m + 1];
        for (int j = 0; j < m; j++) {
            double lo = Math.max((j - 0.5) * h, minimum);
            double hi = (j + 0.5) * h;
            f[j] = hi > lo ? (cdf.applyAsDouble(hi) - cdf.applyAsDouble(lo)) / countedShare : 0;
        }
        f[m] = (1 - cdf.applyAsDouble(Math.max((m - 0.5) * h, minimum))) / countedShare;
        double[] g = new double[m];
        g[0] = Math.exp(-lambda * (1 - f[0]));
        for (int n = 1; n < m; n++) {
            double sum = 0;
            for (int j = 1; j <= n; j++) {
                sum += j * f[j] * g[n - j];
            }
            g[n] = lambda / n * sum;
        }
        double credit = 0;
        double breach = 0;
        double mass = 0;
        for (int n = 0; n < m; n++) {
            double lo = Math.max(0, (n - 0.5) * h);
            double hi = (n + 0.5) * h;
            credit += g[n] * cellCredit(schedule, year, edges, lo, hi);
            breach += g[n] * Math.min(1, Math.max(0, (hi - schedule.allowedMinutes()) / (hi - lo)));
            mass += g[n];
        }
        double tail = Math.max(0, 1 - mass);
        credit += tail * year.issueAlone(schedule.credit(Math.min((m - 0.5) * h, window)));
        return new double[] {credit, breach + tail};
    }

    /** The mean credit over a cell, the downtime spread evenly across it. */
    private static double cellCredit(CreditSchedule schedule, CreditYear year, double[] edges, double lo, double hi) {
        double value = 0;
        double from = lo;
        for (double edge : edges) {
            if (edge > lo && edge < hi) {
                value += (edge - from) * year.issueAlone(schedule.credit((from + edge) / 2));
                from = edge;
            }
        }
        value += (hi - from) * year.issueAlone(schedule.credit((from + hi) / 2));
        return value / (hi - lo);
    }

    /** The standard normal distribution function, through erfc (Numerical Recipes' erfcc, error below 1.2e-7). */
    static double normal(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
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
