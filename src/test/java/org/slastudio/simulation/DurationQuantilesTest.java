package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.OutageDurations;

class DurationQuantilesTest {

    /** Standard normal quantiles from tables. */
    @ParameterizedTest(name = "Φ⁻¹({0}) = {1}")
    @CsvSource({"0.5, 0", "0.975, 1.959963985", "0.025, -1.959963985", "0.841344746, 1", "0.999, 3.090232306",
            "0.00001, -4.264890794", "0.999999, 4.753424309"})
    void theNormalQuantileMatchesTheTables(double p, double z) {
        assertThat(DurationQuantiles.inverseNormal(p)).isCloseTo(z, Offset.offset(1e-8 * Math.max(1, Math.abs(z))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OutageDurations.class, names = {"EXPONENTIAL", "LOGNORMAL"})
    void theTableFollowsTheExactQuantileEverywhere(OutageDurations kind) {
        DurationQuantiles lengths = new DurationQuantiles(kind, 60, 1.2);
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double u = random.nextDouble();
            assertThat(lengths.quantile(u)).as("u = %s", u).isCloseTo(lengths.exact(u), Percentage.withPercentage(0.05));
        }
        // the cells at either end, where the longest and shortest outages are, are exact
        assertThat(lengths.quantile(1 - 1e-9)).isEqualTo(lengths.exact(1 - 1e-9));
        assertThat(lengths.quantile(1e-9)).isEqualTo(lengths.exact(1e-9));
    }

    /** Exponential: the median is mean x ln 2; lognormal: exp(mu), mu = ln(mean) - sigma²/2. */
    @ParameterizedTest(name = "sigma {0}")
    @ValueSource(doubles = {0.5, 1, 2})
    void theMedianIsTheDistributionsMedian(double sigma) {
        assertThat(new DurationQuantiles(OutageDurations.EXPONENTIAL, 60, sigma).exact(0.5))
                .isCloseTo(60 * Math.log(2), Offset.offset(1e-9));
        assertThat(new DurationQuantiles(OutageDurations.LOGNORMAL, 60, sigma).exact(0.5))
                .isCloseTo(Math.exp(Math.log(60) - sigma * sigma / 2), Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OutageDurations.class, names = {"EXPONENTIAL", "LOGNORMAL"})
    void drawnLengthsAverageTheMeanTimeToRepair(OutageDurations kind) {
        DurationQuantiles lengths = new DurationQuantiles(kind, 45, 1);
        Random random = new Random(11);
        int n = 400_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = lengths.quantile(random.nextDouble());
            sum += x;
            sumSquares += x * x;
        }
        double mean = sum / n;
        double standardError = Math.sqrt((sumSquares / n - mean * mean) / n);
        assertThat(mean).isCloseTo(45, Offset.offset(3 * standardError));
    }
}
