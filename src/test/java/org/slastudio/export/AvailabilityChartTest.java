package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chart's axis: from a round figure below the lowest period and the target, to 100%, never flattening the target. */
class AvailabilityChartTest {

    @ParameterizedTest(name = "lowest {0}, target {1}: axis from {2} by {3}")
    @CsvSource(nullValues = "none", value = {
            // Below the target: room for the lowest month, but no more than twelve gaps of 0.05 below 100%.
            "99.1814, 99.95, 99.4, 0.2, 1",
            // Every month at 100%: the target sits a third of the way down.
            "100, 99.95, 99.85, 0.05, 2",
            "99.7826, 99.5, 98.5, 0.5, 1",
            "100, 98, 94, 2, 0",
            // A month at 40% is far below any useful axis: it is marked at the foot instead.
            "40, 99.9, 98.5, 0.5, 1",
            // A level without a target shows the lowest month with room.
            "90, none, 85, 5, 0"})
    void theAxisShowsTheTargetAndTheLowestPeriodWithRoom(BigDecimal lowest, BigDecimal target, double lo, double step,
                                                          int decimals) {
        AvailabilityChart.Scale scale = AvailabilityChart.scale(lowest, target);

        assertThat(scale.lo()).isCloseTo(lo, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scale.step()).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scale.decimals()).isEqualTo(decimals);
    }
}
