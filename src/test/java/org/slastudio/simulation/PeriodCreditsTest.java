package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodCreditsTest {

    /** Tiered credits of 10, 25 and 50: 5 periods at 10, 3 at 25, 2 at 50, so the sorted list is 10 x5, 25 x3, 50 x2. */
    @ParameterizedTest(name = "the {0}-th smallest is {1}")
    @CsvSource({"0, 10", "4, 10", "5, 25", "7, 25", "8, 50", "9, 50"})
    void tiersAreCountedNotListed(long k, double expected) {
        PeriodCredits credits = new PeriodCredits();
        for (double c : new double[] {25, 10, 50, 10, 10, 25, 50, 10, 25, 10}) {
            credits.add(c);
        }
        assertThat(credits.periods()).isEqualTo(10);
        assertThat(credits.smallest(k)).isEqualTo(expected);
        // bins of 10 from 0 to 50: 10 falls in the second, 25 in the third, 50 (the largest) in the last
        assertThat(credits.histogram(5, 50)).containsExactly(0, 5, 3, 0, 2);
    }

    /** Amounts all different (per-minute credits) and many repeated, split in chunks and added up as the chunks are. */
    @ParameterizedTest(name = "{0} distinct amounts")
    @CsvSource({"3", "40", "100000"})
    void everyRankIsTheSortedListsAcrossChunks(int distinct) {
        Random random = new Random(distinct);
        double[] all = new double[50_000];
        PeriodCredits total = new PeriodCredits();
        for (int chunk = 0; chunk < 10; chunk++) {
            PeriodCredits part = new PeriodCredits();
            for (int i = chunk * 5_000; i < (chunk + 1) * 5_000; i++) {
                all[i] = 1 + random.nextInt(distinct) * 0.01;
                part.add(all[i]);
            }
            total.addAll(part);
        }
        Arrays.sort(all);
        assertThat(total.periods()).isEqualTo(all.length);
        for (int k : new int[] {0, 1, 2_499, 25_000, 47_500, 49_998, 49_999}) {
            assertThat(total.smallest(k)).as("rank %d", k).isEqualTo(all[k]);
        }
        long[] bins = total.histogram(20, all[all.length - 1]);
        assertThat(Arrays.stream(bins).sum()).isEqualTo(all.length);
    }
}
