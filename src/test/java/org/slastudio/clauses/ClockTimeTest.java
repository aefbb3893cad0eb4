package org.slastudio.clauses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTimeTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" around the clock and \"{2}\" on a business clock")
    @CsvSource(delimiter = '|', value = {
            "PT0S    | 0 minutes          | 0 minutes",
            "PT1M    | 1 minute           | 1 minute",
            "PT15M   | 15 minutes         | 15 minutes",
            "PT1H    | 1 hour             | 1 Business Hour",
            "PT1H30M | 1 hour 30 minutes  | 1 Business Hour 30 minutes",
            "PT10H   | 10 hours           | 10 Business Hours",
            "PT24H   | 1 day              | 24 Business Hours",
            "PT25H   | 25 hours           | 25 Business Hours",
            "PT30H   | 30 hours           | 30 Business Hours",
            "PT72H   | 3 days             | 72 Business Hours",
            "P5D     | 5 days             | 120 Business Hours"})
    void aTimeTargetReadsInDaysOnlyAroundTheClock(Duration within, String aroundTheClock, String business) {
        assertThat(ClockTime.inWords(within, false)).isEqualTo(aroundTheClock);
        assertThat(ClockTime.inWords(within, true)).isEqualTo(business);
    }
}
