package org.slastudio.simulation;

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
        double maxYear;
        final PeriodCredits credits = new PeriodCredits();

        /**
         * Comparisons rather than Math.max and Math.min here and in the loop below: a short command's code is
         * compiled only by C1, which calls them (they handle NaN and -0.0, which credits and minutes never are)
         * instead of inlining them.
         */
        void addPeriodCredit(double c) {
            if (c > 0) {
                credits.add(c);
            }
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
        Tally t = new Tally();
        for (Tally x : tallies) {
            t.sumYear += x.sumYear;
            t.sumYearSquared += x.sumYearSquared;
            t.sumDowntime += x.sumDowntime;
            t.breachPeriods += x.breachPeriods;
            t.breachYears += x.breachYears;
            t.maxPeriod = Math.max(t.maxPeriod, x.maxPeriod);
            t.maxYear = Math.max(t.maxYear, x.maxYear);
            t.credits.addAll(x.credits);
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
        OutageRuns runs = model.runs();
        int[] first = runs.first();
        double[][] countCdf = runs.countCdf();
        int[][] countGuide = runs.countGuide();
        double[][] periodCdf = runs.periodCdf();
        int[][] periodGuide = runs.periodGuide();
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
        DurationQuantiles lengths = model.lengths();
        double[] all = new double[simulated];
        double[] downtime = new double[simulated];
        double[] scheduled = new double[simulated];
        double[] issued = new double[periods];
        Tally tally = new Tally();
        for (int t = from; t < to; t++) {
            // The searches of OutageRuns written out here: a call costs more than the search in C1's code.
            for (int r = 0; r < first.length - 1; r++) {
                double u = (random.nextLong() >>> 32) * 0x1.0p-32;
                double[] cdf = countCdf[r];
                int n = countGuide[r][(int) (u * OutageRuns.GUIDE)];
                while (u >= cdf[n]) {
                    n++;
                }
                double[] shares = periodCdf[r];
                int[] guide = periodGuide[r];
                for (int i = 0; i < n; i++) {
                    // One random long for each outage: its high half picks the period, its low half the length.
                    long bits = random.nextLong();
                    double v = (bits >>> 32) * 0x1.0p-32;
                    int j = guide[(int) (v * OutageRuns.GUIDE)];
                    while (v >= shares[j]) {
                        j++;
                    }
                    double x = fixed ? mean : lengths.quantile((bits & 0xffffffffL) * 0x1.0p-32);
                    int p = first[r] + j;
                    all[p] += x;
                    downtime[p] += x >= minimum ? x : 0;
                }
            }
            double felt = 0;
            long breached = 0;
            int breachedCount = 0;
            double credits = 0;
            // One pass over the periods, which leaves them empty for the next trial.
            for (int p = 0; p < periods; p++) {
                double counted = downtime[p];
                felt += all[p] < window[p] ? all[p] : window[p];
                // the sign of allowed - counted, without a branch: a breach is as unpredictable as a credit
                int breach = (int) (Double.doubleToRawLongBits(allowed[p] - counted) >>> 63);
                breached |= (long) breach << (p < 63 ? p : 63);
                breachedCount += breach;
                all[p] = 0;
                if (alone) {
                    // below the first credit edge a period issues nothing: the schedule is asked only above it
                    if (counted >= free[p]) {
                        double c = year.issueAlone(schedules[p].credit(counted));
                        tally.addPeriodCredit(c);
                        credits += c;
                    }
                    downtime[p] = 0; // a year alone has no periods past its own
                }
            }
            if (!alone) {
                for (int p = 0; p < simulated; p++) {
                    scheduled[p] = downtime[p] < free[p] ? 0 : schedules[p].credit(downtime[p]);
                }
                year.issue(scheduled, downtime, periods, issued);
                for (int p = 0; p < periods; p++) {
                    tally.addPeriodCredit(issued[p]);
                    credits += issued[p];
                }
                for (int p = 0; p < simulated; p++) {
                    downtime[p] = 0;
                    all[p] = 0;
                }
            }
            tally.sumYear += credits;
            tally.sumYearSquared += credits * credits;
            tally.maxYear = credits > tally.maxYear ? credits : tally.maxYear;
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
