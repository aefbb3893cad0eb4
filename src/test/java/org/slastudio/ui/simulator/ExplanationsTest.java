package org.slastudio.ui.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0       | no simulated month was down for longer than the level allows",
            "0.1     | about one month in 10 is down for longer than the level allows (10.0%)",
            "0.123   | about one month in 8 is down for longer than the level allows (12.3%)",
            // 1 / 0.4 = 2.5, rounded half up.
            "0.4     | about one month in 3 is down for longer than the level allows (40.0%)",
            "0.4999  | about one month in 2 is down for longer than the level allows (50.0%)",
            "0.5     | more months than not are down for longer than the level allows (50.0%)",
            "0.97    | more months than not are down for longer than the level allows (97.0%)",
            "0.001   | about one month in 1000 is down for longer than the level allows (0.1%)",
            "0.0009  | fewer than one month in 1,000 is down for longer than the level allows (0.1%)",
    })
    void aMonthlyChanceOfBreachIsSaidAsOneMonthInSoMany(String p, String said) {
        assertThat(Explanations.monthly(new BigDecimal(p.strip()))).isEqualTo(said.strip());
    }
}
