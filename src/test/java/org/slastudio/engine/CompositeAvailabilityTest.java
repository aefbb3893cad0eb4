package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositeAvailabilityTest {

    @ParameterizedTest(name = "{0} in series: {1}%, in parallel: {2}%")
    @CsvSource({
            // 0.999 x 0.9995; 1 - 0.001 x 0.0005
            "99.9;99.95, 99.85005, 99.99995",
            "99.9;99.9;99.9, 99.7002999, 99.9999999",
            "99;99, 98.01, 99.99",
            "90;90;90, 72.9, 99.9",
            "100;50, 50, 100",
            "0;99, 0, 99",
            "99.95, 99.95, 99.95",
    })
    void seriesMultipliesAvailabilitiesAndParallelMultipliesDowntimes(String parts, BigDecimal series, BigDecimal parallel) {
        List<BigDecimal> percents = Arrays.stream(parts.split(";")).map(BigDecimal::new).toList();
        assertThat(CompositeAvailability.series(percents)).isEqualByComparingTo(series);
        assertThat(CompositeAvailability.parallel(percents)).isEqualByComparingTo(parallel);
    }

    @Test
    void compositesNest() {
        // two 99% links in parallel (99.99%) behind a 99.9% firewall: 0.9999 x 0.999 = 0.999 - 0.0000999
        BigDecimal links = CompositeAvailability.parallel(new BigDecimal("99"), new BigDecimal("99"));
        assertThat(CompositeAvailability.series(links, new BigDecimal("99.9"))).isEqualByComparingTo("99.89001");
    }

    @Test
    void anAvailabilityOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> CompositeAvailability.series(new BigDecimal("100.1"))).hasMessageContaining("100.1%");
    }
}
