package org.slastudio.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.slastudio.model.OutageDurations;

/**
 * Simulated years of one service at one level; the years are the trials. Trials are cut into chunks of a fixed size, each with its own random
 * stream seeded from (seed, service, chunk), so the numbers depend on the seed alone, never on how many threads
 * ran the chunks or in what order. Levels of one service share their streams, which keeps the comparison between
 * levels from being blurred by luck.
 */
final class MonteCarlo {
    static final int CHUNK = 512;
    static final int HISTOGRAM_BINS = 20;

    private MonteCarlo() {
    }

    /** The tallies of one chunk of trials, or of all of them. */
    static final class Tally {
        double sumYear;
        double sumYearSquared;
        double sumDowntime;
        long breachPeriods;
        long breachYears;
        double maxPeriod;
        double[] nonZeroPeriods;
        int nonZero;

        /** @param room how many credits to make room for at first; {@link #makeRoom} makes more */
        Tally(int room) {
            nonZeroPeriods = new double[room + 1];
        }

        /** Room for a trial's credits: most trials issue none, so a chunk keeps few and should not allocate for all. */
        void makeRoom(int periods) {
            nonZeroPeriods = Arrays.copyOf(nonZeroPeriods, Math.max(2 * nonZeroPeriods.length, nonZero + periods + 1));
        }

        /**
         * Keeps a credit only if it is one, without a branch: most periods issue none, but unpredictably. Comparisons
         * rather than Math.max and Math.min here and in the loop below: a short command's code is compiled only by C1,
         * which calls them (they handle NaN and -0.0, which credits and minutes never are) instead of inlining them.
         */
        void addPeriodCredit(double c) {
            nonZeroPeriods[nonZero] = c;
            nonZero += c > 0 ? 1 : 0;
            maxPeriod = c > maxPeriod ? c : maxPeriod;
        }
    }

    /**
     * @param yearly   receives each trial's credits for the year
     * @param breaches receives each trial's breached periods as bits, or null where not wanted
     */
    static MonteCarloEstimate run(ServiceLevelModel model, int years, long seed, int stream, boolean parallel,
                                  BooleanSupplier cancelled, double[] yearly, long[] breaches) {
        int trials = years;
        int chunks = (trials + CHUNK - 1) / CHUNK;
        IntStream indices = IntStream.range(0, chunks);
        Tally[] tallies = new Tally[chunks];
        (parallel ? indices.parallel() : indices).forEach(c -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("simulation cancelled");
            }
            tallies[c] = chunk(model, seed, stream, c, c * CHUNK, Math.min(trials, (c + 1) * CHUNK), yearly, breaches);
        });
        return MonteCarloEstimate.of(model, trials, total(tallies), yearly);
    }

    private static Tally total(Tally[] tallies) {
        int nonZero = 0;
        for (Tally x : tallies) {
            nonZero += x.nonZero;
        }
        Tally t = new Tally(nonZero);
        for (Tally x : tallies) {
            t.sumYear += x.sumYear;
            t.sumYearSquared += x.sumYearSquared;
            t.sumDowntime += x.sumDowntime;
            t.breachPeriods += x.breachPeriods;
            t.breachYears += x.breachYears;
            t.maxPeriod = Math.max(t.maxPeriod, x.maxPeriod);
            System.arraycopy(x.nonZeroPeriods, 0, t.nonZeroPeriods, t.nonZero, x.nonZero);
            t.nonZero += x.nonZero;
        }
        return t;
    }

    static long streamSeed(long seed, int stream, int chunk) {
        return mix(mix(seed) ^ (((long) stream << 32) | (chunk & 0xffffffffL)));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static Tally chunk(ServiceLevelModel model, long seed, int stream, int chunk, int from, int to,
                               double[] yearly, long[] breaches) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, stream, chunk));
        OutageProcess process = model.outages();
        CreditYear year = model.year();
        boolean alone = !year.dependsOnOtherPeriods();
        int periods = model.periods();
        int simulated = model.simulatedPeriods();
        CreditSchedule[] schedules = model.schedules().toArray(new CreditSchedule[0]);
        double[][] poissonCdf = model.poissonCdf();
        int[][] poissonGuide = model.poissonGuide();
        long bits = 0;
        boolean spare = false;
        double[] window = new double[simulated];
        double[] allowed = new double[simulated];
        double[] free = new double[simulated];
        for (int p = 0; p < simulated; p++) {
            window[p] = schedules[p].windowMinutes();
            allowed[p] = schedules[p].allowedMinutes();
            free[p] = schedules[p].creditFreeBelow();
        }
        boolean fixed = process.durations() == OutageDurations.FIXED;
        double mean = process.meanMinutes();
        double minimum = process.minimumMinutes();
        double fixedCounted = mean >= minimum ? mean : 0;
        DurationQuantiles lengths = model.lengths();
        double[] downtime = new double[simulated];
        double[] scheduled = new double[simulated];
        double[] issued = new double[periods];
        Tally tally = new Tally(4 * periods);
        for (int t = from; t < to; t++) {
            double felt = 0;
            long breached = 0;
            int breachedCount = 0;
            for (int p = 0; p < simulated; p++) {
                // Uniforms of 32 bits, two from each random long: fine enough for a count or a table
                // lookup, and half the cost of drawing each alone.
                double u;
                if (spare) {
                    u = (bits & 0xffffffffL) * 0x1.0p-32;
                } else {
                    bits = random.nextLong();
                    u = (bits >>> 32) * 0x1.0p-32;
                }
                spare = !spare;
                double[] cdf = poissonCdf[p];
                int n = poissonGuide[p][(int) (u * ServiceLevelModel.GUIDE)];
                while (u >= cdf[n]) {
                    n++;
                }
                double all = 0;
                double counted = 0;
                if (fixed) {
                    all = n * mean;
                    counted = n * fixedCounted;
                } else {
                    for (int i = 0; i < n; i++) {
                        double v;
                        if (spare) {
                            v = (bits & 0xffffffffL) * 0x1.0p-32;
                        } else {
                            bits = random.nextLong();
                            v = (bits >>> 32) * 0x1.0p-32;
                        }
                        spare = !spare;
                        double x = lengths.quantile(v);
                        all += x;
                        counted += x >= minimum ? x : 0;
                    }
                }
                downtime[p] = counted;
                scheduled[p] = counted < free[p] ? 0 : schedules[p].credit(counted);
                if (p < periods) {
                    felt += all < window[p] ? all : window[p];
                    int breach = counted > allowed[p] ? 1 : 0;
                    breached |= (long) breach << (p < 63 ? p : 63);
                    breachedCount += breach;
                }
            }
            double credits = 0;
            if (tally.nonZero + periods >= tally.nonZeroPeriods.length) {
                tally.makeRoom(periods);
            }
            if (alone) {
                for (int p = 0; p < periods; p++) {
                    double c = year.issueAlone(scheduled[p]);
                    tally.addPeriodCredit(c);
                    credits += c;
                }
            } else {
                year.issue(scheduled, downtime, periods, issued);
                for (int p = 0; p < periods; p++) {
                    tally.addPeriodCredit(issued[p]);
                    credits += issued[p];
                }
            }
            tally.sumYear += credits;
            tally.sumYearSquared += credits * credits;
            tally.sumDowntime += felt;
            tally.breachPeriods += breachedCount;
            tally.breachYears += breached != 0 ? 1 : 0;
            yearly[t] = credits;
            if (breaches != null) {
                breaches[t] = breached;
            }
        }
        return tally;
    }
}
