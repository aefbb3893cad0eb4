package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Money;

import static org.assertj.core.api.Assertions.assertThat;

class LevelRowTest {

    @ParameterizedTest(name = "{0} minutes read {1}")
    @CsvSource(delimiter = '|', value = {
            "432.80 | 7h 12m",   // 25,968 s: 7 h, 12 min, 48 s; hours drop the seconds
            "43.28  | 43m 17s",  // 2,596.8 s rounds to 2,597 s
            "4.33   | 4m 20s",   // 259.8 s rounds to 260 s
            "0.5    | 30s",
            "60     | 1h 0m",
            "0      | 0s"})
    void allowedDowntimeReadsInHoursMinutesAndSeconds(String minutes, String text) {
        assertThat(LevelRow.minutes(new BigDecimal(minutes))).isEqualTo(text);
    }

    @ParameterizedTest(name = "share {0} reads {1}")
    @CsvSource({"0.1234, 12.3%", "0.0005, 0.1%", "0.0004, 0.0%", "1.0000, 100.0%", "0.9990, 99.9%"})
    void probabilitiesReadAsPercentagesToOnePlace(String share, String text) {
        assertThat(LevelRow.percent(new BigDecimal(share))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {"2525.49 | 2,525", "-2525.50 | -2,526", "0.49 | 0", "1234567.00 | 1,234,567"})
    void amountsReadInWholeUnitsWithThousandsSeparators(String amount, String text) {
        assertThat(LevelRow.money(Money.of(amount, "EUR"))).isEqualTo(text);
    }
}
