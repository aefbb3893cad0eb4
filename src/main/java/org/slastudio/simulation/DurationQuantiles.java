package org.slastudio.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slastudio.model.OutageDurations;

/**
 * Outage lengths drawn by inverting their distribution from one uniform number: a table of quantiles with linear
 * interpolation between them, and the exact quantile in the first and last {@link #EXACT_CELLS} cells, where the
 * curve bends too much for a straight line (the last hold the long outages that decide the upper credit tiers).
 * One uniform and a table lookup cost a fraction of a Gaussian and an exponential.
 */
final class DurationQuantiles {
    static final int CELLS = 4096;
    static final int EXACT_CELLS = 16;

    private final OutageDurations kind;
    private final double mean;
    private final double logMean;
    private final double sigma;
    private final double[] table = new double[CELLS + 1];

    /** The tables last made, by their parameters: the levels of a service, and often all services, draw alike. */
    private static final Map<List<Object>, DurationQuantiles> MADE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, DurationQuantiles> eldest) {
            return size() > 32;
        }
    };

    /** The table for these lengths, made once for as long as it is in use. */
    static DurationQuantiles of(OutageDurations kind, double mean, double sigma) {
        synchronized (MADE) {
            return MADE.computeIfAbsent(List.of(kind, mean, sigma), k -> new DurationQuantiles(kind, mean, sigma));
        }
    }

    DurationQuantiles(OutageDurations kind, double mean, double sigma) {
        this.kind = kind;
        this.mean = mean;
        this.sigma = sigma;
        this.logMean = Math.log(mean) - sigma * sigma / 2;
        for (int i = 0; i < CELLS; i++) {
            table[i] = exact((double) i / CELLS);
        }
        table[CELLS] = table[CELLS - 1];
    }

    /** The length whose cumulative probability is {@code u}, for u in [0, 1). */
    double quantile(double u) {
        double position = u * CELLS;
        int i = (int) position;
        if (i >= CELLS - EXACT_CELLS || i < EXACT_CELLS) {
            return exact(u);
        }
        double low = table[i];
        return low + (position - i) * (table[i + 1] - low);
    }

    double exact(double u) {
        return switch (kind) {
            case FIXED -> mean;
            case EXPONENTIAL -> -mean * Math.log1p(-u);
            case LOGNORMAL -> u == 0 ? 0 : Math.exp(logMean + sigma * inverseNormal(u));
        };
    }

    // Acklam's coefficients; constants, as a short run's code is not optimised enough to keep arrays made per call off the heap.
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};

    /** Acklam's rational approximation of the standard normal quantile, relative error below 1.2e-9. */
    static double inverseNormal(double p) {
        final double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
