package org.slastudio.simulation;

/**
 * What the simulated years of one service at one level showed. Amounts are in the fee's currency, unrounded:
 * statistical estimates, not amounts anyone invoices.
 *
 * @param expectedYearlyCredit        mean credits issued per year
 * @param yearlyCreditStandardError   the standard error of that mean
 * @param breachPeriodProbability     share of periods whose counted downtime exceeded the level's allowance
 * @param breachYearProbability       share of years with at least one such period
 * @param expectedYearlyDowntime      mean minutes of downtime per year inside the window, short outages included
 * @param yearlyCredit95              the 95th percentile of a year's credits (nearest rank)
 * @param periodCredit95              the 95th percentile of one period's credit
 * @param maxPeriodCredit             the largest credit any simulated period issued
 * @param maxYearlyCredit             the largest credits any simulated year issued
 * @param periodsWithoutCredit        simulated periods that issued no credit
 * @param histogram                   periods with a credit, by credit, in equal bins from 0 to the largest
 */
record MonteCarloEstimate(int trials, int periods, double expectedYearlyCredit, double yearlyCreditStandardError,
                          double breachPeriodProbability, double breachYearProbability, double expectedYearlyDowntime,
                          double yearlyCredit95, double periodCredit95, double maxPeriodCredit, double maxYearlyCredit,
                          long periodsWithoutCredit, long[] histogram) {

    static MonteCarloEstimate of(ServiceLevelModel model, int trials, MonteCarlo.Tally t, double[] yearly) {
        int periods = model.periods();
        double mean = t.sumYear / trials;
        double variance = trials > 1 ? Math.max(0, (t.sumYearSquared - trials * mean * mean) / (trials - 1)) : 0;
        long allPeriods = (long) trials * periods;
        long credited = t.credits.periods();
        long periodRank = (long) Math.ceil(0.95 * allPeriods) - (allPeriods - credited);
        return new MonteCarloEstimate(trials, periods, mean, Math.sqrt(variance / trials),
                (double) t.breachPeriods / allPeriods, (double) t.breachYears / trials, t.sumDowntime / trials,
                percentile95(yearly, trials), periodRank <= 0 ? 0 : t.credits.smallest(periodRank - 1), t.maxPeriod,
                t.maxYear, allPeriods - credited, t.credits.histogram(MonteCarlo.HISTOGRAM_BINS, t.maxPeriod));
    }

    static final int CELLS = 1024;

    /**
     * Nearest-rank 95th percentile of the first {@code count} values, none below 0, which stay as they are. Values
     * are counted in cells from 0 to the largest, and only the cell that holds the rank is copied and searched: a
     * copy of them all would be the largest allocation of a run, every page of it new to the process.
     */
    static double percentile95(double[] values, int count) {
        int k = (int) Math.ceil(0.95 * count) - 1;
        double largest = 0;
        int zeros = 0;
        for (int i = 0; i < count; i++) {
            largest = values[i] > largest ? values[i] : largest; // not Math.max: see MonteCarlo.Tally
            zeros += values[i] == 0 ? 1 : 0;
        }
        if (k < zeros) {
            return 0;
        }
        double scale = (CELLS - 1) / largest;
        int[] cells = new int[CELLS];
        for (int i = 0; i < count; i++) {
            if (values[i] > 0) {
                cells[(int) (values[i] * scale)]++;
            }
        }
        int cell = 0;
        int below = zeros;
        while (below + cells[cell] <= k) {
            below += cells[cell++];
        }
        double[] in = new double[cells[cell]];
        for (int i = 0, j = 0; i < count; i++) {
            if (values[i] > 0 && (int) (values[i] * scale) == cell) {
                in[j++] = values[i];
            }
        }
        return select(in, k - below);
    }

    /** The k-th smallest (from 0), by quickselect: a sort of 100,000 values per level would cost more than the trials. */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double x = a[i];
                    a[i] = a[j];
                    a[j] = x;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
