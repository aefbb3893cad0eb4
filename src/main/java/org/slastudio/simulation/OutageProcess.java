package org.slastudio.simulation;

import org.slastudio.model.OutageDurations;

/**
 * Outages of one service at one level: in each period a Poisson number of them, with the rate in proportion to the
 * window's open time, each lasting an independent random time with the same distribution.
 *
 * @param outagesPerPeriod  the Poisson rate in each period
 * @param durations         how lengths are spread
 * @param meanMinutes       mean outage length
 * @param sigma             spread of the log of the length, for lognormal lengths
 * @param minimumMinutes    shorter outages are felt by the customer but not counted for credits
 */
record OutageProcess(double[] outagesPerPeriod, OutageDurations durations, double meanMinutes, double sigma,
                     double minimumMinutes) {

    int periods() {
        return outagesPerPeriod.length;
    }

    /**
     * P(N <= k) for k = 0, 1, ... until it reaches 1 to double precision, ending in a value above 1 so that an
     * inversion search always stops: drawing the count is then one uniform and a few comparisons.
     */
    static double[] poissonCdf(double rate) {
        double[] cdf = new double[16];
        double p = Math.exp(-rate);
        double sum = p;
        int k = 0;
        cdf[0] = sum;
        while (sum < 1 - 1e-16 && p > 0 || k < rate) {
            k++;
            p *= rate / k;
            sum += p;
            if (k + 1 >= cdf.length) {
                cdf = java.util.Arrays.copyOf(cdf, cdf.length * 2);
            }
            cdf[k] = sum;
        }
        cdf[k + 1] = 2;
        return java.util.Arrays.copyOf(cdf, k + 2);
    }
}
