package org.slastudio.ui.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chart's scale: from a round figure just under the lowest availability or target, to 100%. */
class AvailabilityLinesTest {

    @ParameterizedTest(name = "{0} rounds up to {1}")
    @CsvSource({"0.907, 1", "2.205, 2.5", "0.06, 0.1", "1.5, 2", "3, 5", "0.4167, 0.5", "1, 1"})
    void aSpanRoundsUpToOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(double span, double nice) {
        assertThat(AvailabilityLines.niceAbove(span)).isCloseTo(nice, org.assertj.core.data.Offset.offset(1e-9));
    }
}
