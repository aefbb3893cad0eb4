package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloEstimateTest {

    /**
     * The 95th percentile by nearest rank is the ceil(0.95 n)-th smallest: of 20 values the 19th, of 21 the 20th,
     * of 1 the only one. The values: {@code zeros} in a hundred are 0, the rest either all different or a few
     * repeated (yearly credits of tiers).
     */
    @ParameterizedTest(name = "{0} values, {1}% zero, {2} distinct")
    @CsvSource({"20, 0, 20", "21, 0, 21", "1, 0, 1", "1, 100, 1", "20000, 4, 20000", "20000, 4, 7", "20000, 95, 50",
            "20000, 96, 50", "20000, 100, 1", "999, 50, 2"})
    void thePercentileIsTheSortedListsAtTheRank(int count, int zeros, int distinct) {
        Random random = new Random(count + zeros + distinct);
        double[] values = new double[count + 5];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextInt(100) < zeros ? 0 : 10 * (1 + random.nextInt(distinct)) + (distinct > 100 ? random.nextDouble() : 0);
        }
        values[count] = 1e9; // past the count: not a value
        double[] before = values.clone();
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        assertThat(MonteCarloEstimate.percentile95(values, count)).isEqualTo(sorted[(int) Math.ceil(0.95 * count) - 1]);
        assertThat(values).containsExactly(before);
    }
}
