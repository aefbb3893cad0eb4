package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;

/**
 * Maintenance that leaves the measured time against maintenance counted as available time, and planned work excused
 * by notice, by hand. April 2025 has 30 days (43,200 min) and four Sundays, so a Sunday 02:00-03:00 window is 4 h.
 */
class MaintenanceConventionsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final MeasurementPeriodRange APRIL = MeasurementPeriodRange.calendarMonth(YearMonth.of(2025, 4));

    static AvailabilityWindow window(MaintenanceConvention convention, Integer noticeDays) {
        return Windows.withMaintenance(AvailabilityWindow.twentyFourSeven("24x7", "24x7", UTC), "Sun 02:00-03:00")
                .withMaintenanceRules(new MaintenanceRules(convention, noticeDays, null));
    }

    @ParameterizedTest(name = "{0}, {1}: {2} min measured, {3}")
    @CsvSource(delimiter = '|', value = {
            // the brief's case: 1 h outage outside the 4 h of maintenance
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-08T10:00..2025-04-08T11:00 | 42960 | 42900/42960",
            "COUNTED_AS_AVAILABLE        | 2025-04-08T10:00..2025-04-08T11:00 | 43200 | 43140/43200",
            // an outage inside maintenance is never downtime; only the denominator differs
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-06T02:00..2025-04-06T03:00 | 42960 | 42960/42960",
            "COUNTED_AS_AVAILABLE        | 2025-04-06T02:00..2025-04-06T03:00 | 43200 | 43200/43200",
            // 01:30-03:30 on a Sunday: only the 30 min either side of the window count
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-06T01:30..2025-04-06T03:30 | 42960 | 42900/42960",
            "COUNTED_AS_AVAILABLE        | 2025-04-06T01:30..2025-04-06T03:30 | 43200 | 43140/43200",
            // planned work outside the windows with no notice term is downtime under either convention
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-08T10:00..2025-04-08T11:00! | 42960 | 42900/42960",
            "COUNTED_AS_AVAILABLE        | 2025-04-08T10:00..2025-04-08T11:00! | 43200 | 43140/43200",
    })
    void maintenanceEitherLeavesTheMeasuredTimeOrCountsAsAvailable(MaintenanceConvention convention, String outages,
                                                                   long measured, String fraction) {
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window(convention, null), MeasurementRule.timeBased(),
                UTC, APRIL, AvailabilityMeasurementTest.outages(outages, UTC));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(measured));
        assertThat(m.availabilityPercent()).isEqualByComparingTo(PeriodConventionsTest.percent(fraction));
    }

    @ParameterizedTest(name = "{0}, {1}% : {2}")
    @CsvSource(delimiter = '|', value = {
            "EXCLUDED_FROM_MEASURED_TIME | 99.9 | 42 min 57.6 s",
            "COUNTED_AS_AVAILABLE        | 99.9 | 43 min 12 s",
    })
    void allowedDowntimeFollowsTheMaintenanceConvention(MaintenanceConvention convention, BigDecimal target, String allowed) {
        Overview overview = new Overview("SLA", null, LocalDate.of(2025, 4, 1), null, "", "", null,
                MeasurementPeriod.CALENDAR_MONTH, UTC, "1");
        AllowedDowntime a = AllowedDowntime.of(overview, LocalDate.of(2026, 12, 3));
        assertThat(a.describe(window(convention, null), target, MeasurementRule.timeBased())).contains(allowed);
        assertThat(a.basis(window(convention, null))).contains(convention == MaintenanceConvention.COUNTED_AS_AVAILABLE
                ? "maintenance windows counted as available time" : "maintenance windows and public holidays taken out");
    }

    @Test
    void aMonthMeasuredAsThirtyDaysTakesMaintenanceOutOfTheFixedMinutes() {
        // May 2025: 31 days and four Sundays; 43,200 - 240 against the 1 h outage
        MeasurementPeriodRange may = MeasurementPeriodRange.calendarMonthAsThirtyDays(YearMonth.of(2025, 5));
        AvailabilityMeasurement excluded = AvailabilityMeasurement.measure(window(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, null),
                MeasurementRule.timeBased(), UTC, may, AvailabilityMeasurementTest.outages("2025-05-06T10:00..2025-05-06T11:00", UTC));
        AvailabilityMeasurement counted = AvailabilityMeasurement.measure(window(MaintenanceConvention.COUNTED_AS_AVAILABLE, null),
                MeasurementRule.timeBased(), UTC, may, AvailabilityMeasurementTest.outages("2025-05-06T10:00..2025-05-06T11:00", UTC));
        assertThat(excluded.availabilityPercent()).isEqualByComparingTo(PeriodConventionsTest.percent("42900/42960"));
        assertThat(counted.availabilityPercent()).isEqualByComparingTo(PeriodConventionsTest.percent("43140/43200"));
    }

    /** Work on Tuesday 8 April 10:00-11:00 UTC, announced at the time given; 5 Business Days, Monday to Friday. */
    @ParameterizedTest(name = "{0}, announced {1}: {2} min measured, {3}")
    @CsvSource(delimiter = '|', value = {
            // announced exactly 5 Business Days before (Tuesday 1 April 10:00): notice met, treated as maintenance
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-01T10:00 | 42900 | 42900/42900",
            "COUNTED_AS_AVAILABLE        | 2025-04-01T10:00 | 43200 | 43200/43200",
            // one minute less: downtime
            "EXCLUDED_FROM_MEASURED_TIME | 2025-04-01T10:01 | 42960 | 42900/42960",
            "COUNTED_AS_AVAILABLE        | 2025-04-01T10:01 | 43200 | 43140/43200",
    })
    void plannedWorkWithEnoughNoticeIsTreatedAsMaintenance(MaintenanceConvention convention, String announced,
                                                          long measured, String fraction) {
        Outage work = Outage.plannedWork(at("2025-04-08T10:00"), at("2025-04-08T11:00"), at(announced));
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window(convention, 5), MeasurementRule.timeBased(),
                UTC, APRIL, List.of(work));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(measured));
        assertThat(m.availabilityPercent()).isEqualByComparingTo(PeriodConventionsTest.percent(fraction));
    }

    @Test
    void eachPlannedRecordIsDecidedWithItsReason() {
        AvailabilityWindow w = window(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, 5);
        List<PlannedWork.Decision> decisions = PlannedWork.decide(w, () -> BusinessDays.standard(w), List.of(
                Outage.plannedWork(at("2025-04-08T10:00"), at("2025-04-08T11:00"), at("2025-04-01T10:00")),
                Outage.plannedWork(at("2025-04-08T10:00"), at("2025-04-08T11:00"), at("2025-04-01T10:01")),
                Outage.plannedWork(at("2025-04-08T10:00"), at("2025-04-08T11:00"), null),
                Outage.unplanned(at("2025-04-09T10:00"), at("2025-04-09T11:00"))));
        assertThat(decisions).extracting(PlannedWork.Decision::excused).containsExactly(true, false, false);
        assertThat(decisions.get(0).reason()).isEqualTo("announced 2025-04-01T10:00:00Z, 5 Business Days before it started"
                + " (at least 5 needed): excused, left out of the measured time");
        assertThat(decisions.get(1).reason()).isEqualTo("announced 2025-04-01T10:01:00Z, 4 Business Days 23 h 59 min before it"
                + " started, less than the 5 Business Days needed: counted as downtime outside the maintenance windows");
        assertThat(decisions.get(2).reason()).contains("no announcement time");
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(UTC).toInstant();
    }
}
