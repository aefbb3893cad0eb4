package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;

/** Availability by counts: successful divided by valid requests, exactly. */
class RequestCountsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MeasurementRule COUNTS = new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null,
            ClockStart.AT_FAILURE, false);
    private static final MeasurementPeriodRange MARCH = MeasurementPeriodRange.parse("2026-03");

    @ParameterizedTest(name = "{1} of {0} successful: {2}%")
    @CsvSource(delimiter = '|', value = {
            // exactly at a 99.95% target: 1 in 2,000 failed
            "2000000 | 1999000 | 99.95",
            "2000000 | 1998999 | 99.94995",
            "2000000 | 1999001 | 99.95005",
            "1000    | 1000    | 100",
            "1000    | 0       | 0",
            // one in three: cut at 34 digits, as every availability that does not end
            "3       | 1       | 33.33333333333333333333333333333333",
            // no requests at all: nothing was asked that failed
            "0       | 0       | 100",
    })
    void availabilityIsTheSuccessfulShareOfTheValidRequests(long total, long successful, BigDecimal availability) {
        assertThat(new RequestTotals(total, successful).availabilityPercent()).isEqualByComparingTo(availability);
    }

    @ParameterizedTest(name = "total {0}, successful {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "10 | 11 | successful 11 is more than total 10",
            "-1 | 0  | total -1 is negative",
            "10 | -1 | successful -1 is negative",
    })
    void countsThatCannotBeAreRefusedNamingTheField(long total, long successful, String message) {
        assertThatThrownBy(() -> new RequestTotals(total, successful)).hasMessageStartingWith(message);
        assertThatThrownBy(() -> new RequestCount(Instant.EPOCH, total, successful)).hasMessageStartingWith(message);
    }

    /**
     * Rows count where they start in the window's open time in the period: business hours Monday to Friday 08:00-18:00
     * in Berlin. A row on Saturday, one at 18:00 and one in April are left out.
     */
    @Test
    void rowsAreAddedUpInTheWindowAndThePeriod() {
        AvailabilityWindow hours = Windows.of("Mon-Fri 08:00-18:00", "Europe/Berlin");
        List<RequestCount> rows = List.of(
                count("2026-03-02T08:00:00+01:00", 1000, 999),
                count("2026-03-02T17:55:00+01:00", 1000, 1000),
                // across the change of the clocks: Monday 30 March, 08:00 CEST
                count("2026-03-30T08:00:00+02:00", 2000, 1999),
                count("2026-03-02T18:00:00+01:00", 5000, 0),
                count("2026-03-07T10:00:00+01:00", 5000, 0),
                count("2026-04-01T10:00:00+02:00", 5000, 0));

        RequestTotals totals = RequestTotals.in(hours, COUNTS, BERLIN, MARCH, rows);
        AvailabilityMeasurement m = AvailabilityMeasurement.measureRequests(hours, COUNTS, BERLIN, MARCH, rows);

        assertThat(totals).isEqualTo(new RequestTotals(4000, 3998));
        assertThat(m.availabilityPercent()).isEqualByComparingTo("99.95");
        // 22 weekdays x 10 h = 13,200 min; 0.05% of it is 6.6 min
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(13_200));
        assertThat(m.downtime()).isEqualTo(Duration.ofSeconds(396));
    }

    @Test
    void aPeriodWithoutRequestsIsFullyAvailable() {
        AvailabilityWindow always = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", BERLIN);
        AvailabilityMeasurement m = AvailabilityMeasurement.measureRequests(always, COUNTS, BERLIN, MARCH, List.of());
        assertThat(m.availabilityPercent()).isEqualByComparingTo("100");
        assertThat(m.downtime()).isZero();
    }

    @Test
    void aServiceMeasuredByCountsTakesNoOutagesOrIntervalsAndTheOthersNoCounts() {
        AvailabilityWindow always = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", BERLIN);
        assertThatThrownBy(() -> AvailabilityMeasurement.measure(always, COUNTS, BERLIN, MARCH, List.of()))
                .hasMessageContaining("measured by request counts");
        assertThatThrownBy(() -> AvailabilityMeasurement.measureIntervals(always, COUNTS, BERLIN, MARCH, List.of()))
                .hasMessageContaining("measured by request counts");
        assertThatThrownBy(() -> AvailabilityMeasurement.measureRequests(always, MeasurementRule.timeBased(), BERLIN, MARCH,
                List.of())).hasMessageContaining("measured by time");
    }

    private static RequestCount count(String start, long total, long successful) {
        return new RequestCount(java.time.OffsetDateTime.parse(start).toInstant(), total, successful);
    }
}
