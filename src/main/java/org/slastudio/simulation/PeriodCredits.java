package org.slastudio.simulation;

/**
 * The credits that simulated periods issued, kept as each distinct amount and how many periods issued it. Tiered
 * credits come in a handful of amounts, so a million simulated years keep a few numbers rather than millions of
 * them (which the collector would otherwise copy), and the percentile and the histogram stay exact. Amounts that
 * are all different, as per-minute credits are, cost two numbers each.
 */
final class PeriodCredits {
    /** An open-addressing table; 0 marks a free slot, as only credits above 0 are kept. */
    private double[] amounts = new double[16];
    private long[] counts = new long[16];
    private int distinct;
    private long periods;
    /** The slot of the amount last added: the same tier's credit comes round again and again. */
    private int last;

    /** One period's credit, above 0. */
    void add(double amount) {
        if (amounts[last] == amount) {
            counts[last]++;
            periods++;
        } else {
            add(amount, 1);
        }
    }

    void addAll(PeriodCredits other) {
        for (int i = 0; i < other.amounts.length; i++) {
            if (other.amounts[i] != 0) {
                add(other.amounts[i], other.counts[i]);
            }
        }
    }

    /** The number of periods that issued a credit. */
    long periods() {
        return periods;
    }

    /** Periods by credit, in {@code bins} equal bins from 0 to {@code largest}, the largest credit kept. */
    long[] histogram(int bins, double largest) {
        long[] histogram = new long[bins];
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                histogram[Math.min((int) (amounts[i] / largest * bins), bins - 1)] += counts[i];
            }
        }
        return histogram;
    }

    /** The k-th smallest credit (from 0) of all the periods kept. */
    double smallest(long k) {
        double[] v = new double[distinct];
        long[] w = new long[distinct];
        for (int i = 0, j = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                v[j] = amounts[i];
                w[j++] = counts[i];
            }
        }
        return select(v, w, k);
    }

    /** Quickselect weighted by counts: the smallest value whose values at or below it are counted more than k times. */
    static double select(double[] v, long[] w, long k) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            double pivot = v[(lo + hi) >>> 1];
            int lt = lo;
            int i = lo;
            int gt = hi;
            long below = 0;
            long at = 0;
            while (i <= gt) { // three ways: below the pivot, at it, above it
                if (v[i] < pivot) {
                    below += w[i];
                    swap(v, w, lt++, i++);
                } else if (v[i] > pivot) {
                    swap(v, w, i, gt--);
                } else {
                    at += w[i++];
                }
            }
            if (k < below) {
                hi = lt - 1;
            } else if (k < below + at) {
                return pivot;
            } else {
                k -= below + at;
                lo = gt + 1;
            }
        }
        return v[lo];
    }

    private static void swap(double[] v, long[] w, int i, int j) {
        double x = v[i];
        v[i] = v[j];
        v[j] = x;
        long c = w[i];
        w[i] = w[j];
        w[j] = c;
    }

    private void add(double amount, long n) {
        int i = slot(amounts, amount);
        if (amounts[i] == 0) {
            amounts[i] = amount;
            distinct++;
        }
        counts[i] += n;
        periods += n;
        last = i;
        if (2 * distinct > amounts.length) {
            grow();
        }
    }

    private void grow() {
        double[] oldAmounts = amounts;
        long[] oldCounts = counts;
        last = 0;
        amounts = new double[2 * oldAmounts.length];
        counts = new long[2 * oldAmounts.length];
        for (int i = 0; i < oldAmounts.length; i++) {
            if (oldAmounts[i] != 0) {
                int j = slot(amounts, oldAmounts[i]);
                amounts[j] = oldAmounts[i];
                counts[j] = oldCounts[i];
            }
        }
    }

    private static int slot(double[] amounts, double amount) {
        int mask = amounts.length - 1;
        int i = (int) ((Double.doubleToRawLongBits(amount) * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (amounts[i] != 0 && amounts[i] != amount) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
