package org.slastudio.simulation;

/**
 * How a simulated year's outages are counted: the periods go in runs whose rates add up to at most
 * {@link #MOST_PER_RUN}, and a run's outages are counted at once, from the Poisson distribution of its total rate,
 * then each is laid in one of its periods in proportion to their rates. Poisson outages split at random that way
 * are exactly independent Poisson counts for the periods, and a year at a few outages takes one count instead of
 * one per period, most of them 0. Both draws are by inversion: a table of the cumulative probabilities ending above
 * 1, so the search always stops, and a guide of {@link #GUIDE} cells that starts it next to its answer.
 *
 * @param first         the first period of each run, and after them the number of periods
 * @param countCdf      per run, P(N <= k) for k = 0, 1, ...
 * @param countGuide    per run, where the count's search starts for a uniform in each cell
 * @param periodCdf     per run, the share of its rate in its periods up to and including each
 * @param periodGuide   per run, where the period's search starts, as an offset from its first period
 */
record OutageRuns(int[] first, double[][] countCdf, int[][] countGuide, double[][] periodCdf, int[][] periodGuide) {
    static final int GUIDE = 64;
    static final double MOST_PER_RUN = 8;

    static OutageRuns of(double[] outagesPerPeriod) {
        int periods = outagesPerPeriod.length;
        int[] first = new int[periods + 1];
        int runs = 0;
        for (int p = 0; p < periods; ) {
            first[runs++] = p;
            double rate = outagesPerPeriod[p++];
            while (p < periods && rate + outagesPerPeriod[p] <= MOST_PER_RUN) {
                rate += outagesPerPeriod[p++];
            }
        }
        first[runs] = periods;
        double[][] countCdf = new double[runs][];
        int[][] countGuide = new int[runs][];
        double[][] periodCdf = new double[runs][];
        int[][] periodGuide = new int[runs][];
        for (int r = 0; r < runs; r++) {
            int size = first[r + 1] - first[r];
            double rate = 0;
            for (int p = first[r]; p < first[r + 1]; p++) {
                rate += outagesPerPeriod[p];
            }
            countCdf[r] = OutageProcess.poissonCdf(rate);
            countGuide[r] = guide(countCdf[r]);
            periodCdf[r] = new double[size];
            double upTo = 0;
            for (int j = 0; j < size - 1; j++) {
                upTo += outagesPerPeriod[first[r] + j];
                periodCdf[r][j] = rate > 0 ? upTo / rate : 2;
            }
            periodCdf[r][size - 1] = 2;
            periodGuide[r] = guide(periodCdf[r]);
        }
        return new OutageRuns(java.util.Arrays.copyOf(first, runs + 1), countCdf, countGuide, periodCdf, periodGuide);
    }

    int runs() {
        return countCdf.length;
    }

    /** For each cell j of the guide, the first k whose cumulative probability is above j / GUIDE. */
    private static int[] guide(double[] cdf) {
        int[] guide = new int[GUIDE];
        int k = 0;
        for (int j = 0; j < GUIDE; j++) {
            while (cdf[k] <= (double) j / GUIDE) {
                k++;
            }
            guide[j] = k;
        }
        return guide;
    }
}
