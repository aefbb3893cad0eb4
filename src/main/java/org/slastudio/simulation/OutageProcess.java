package org.slastudio.simulation;

import java.util.SplittableRandom;
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

    /** Mean of the log of the length, so that the lognormal mean is {@link #meanMinutes}. */
    double logMean() {
        return Math.log(meanMinutes) - sigma * sigma / 2;
    }

    int periods() {
        return outagesPerPeriod.length;
    }

    double expectedDowntime(int period) {
        return outagesPerPeriod[period] * meanMinutes;
    }

    /** Poisson by inversion: cheap at the few outages a month a service level implies. */
    static int poisson(SplittableRandom random, double rate, double expMinusRate) {
        double u = random.nextDouble();
        double p = expMinusRate;
        double cdf = p;
        int k = 0;
        while (u > cdf && p > 0) {
            k++;
            p *= rate / k;
            cdf += p;
        }
        return k;
    }
}
