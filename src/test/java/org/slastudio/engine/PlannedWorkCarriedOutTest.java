package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;

/**
 * The Scheduled Maintenance carried out, as a service report states it, by hand. The window is the example's: around
 * the clock in Europe/London with maintenance on Sundays 02:00-04:00 local time; the stretch is 2026, which in London
 * starts and ends on UTC midnight (GMT). Times below are UTC; London is UTC+1 from 01:00 UTC on Sunday 29 March.
 */
class PlannedWorkCarriedOutTest {
    private static final AvailabilityWindow AROUND_THE_CLOCK = Windows.withMaintenance(
            Windows.twentyFourSeven("Europe/London"), "Sun 02:00-04:00");
    private static final AvailabilityWindow BUSINESS_HOURS = Windows.of("Mon-Fri 08:00-18:00", "Europe/London");
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} to {1}: {2} min, {3} in maintenance, {4} outside it")
    @CsvSource(delimiter = '|', value = {
            // Sun 11 Jan 02:30-03:30 GMT: wholly in the maintenance window
            "2026-01-11T02:30:00Z | 2026-01-11T03:30:00Z |  60 |  60 |   0",
            // Sun 8 Feb 03:00-05:00 GMT: the hour after 04:00 is downtime
            "2026-02-08T03:00:00Z | 2026-02-08T05:00:00Z | 120 |  60 |  60",
            // Sun 12 Jul 01:00-03:00 UTC is 02:00-04:00 BST: wholly maintenance (read as UTC it would be half)
            "2026-07-12T01:00:00Z | 2026-07-12T03:00:00Z | 120 | 120 |   0",
            // Sun 29 Mar, the clocks go forward at 01:00 UTC (01:00 GMT becomes 02:00 BST): the window is 02:00-04:00
            // BST, 01:00-03:00 UTC, so only the half hour of GMT before it is downtime
            "2026-03-29T00:30:00Z | 2026-03-29T03:00:00Z | 150 | 120 |  30",
            // Sun 25 Oct, the clocks go back at 01:00 UTC (02:00 BST becomes 01:00 GMT): the window is 02:00-04:00
            // GMT, 02:00-04:00 UTC; the two hours before it are downtime, one of them lived twice on the clock
            "2026-10-25T00:00:00Z | 2026-10-25T04:00:00Z | 240 | 120 | 120",
            // Sat 31 Jan 23:00 to Sun 1 Feb 03:00, across midnight and the month end: 02:00-03:00 is maintenance
            "2026-01-31T23:00:00Z | 2026-02-01T03:00:00Z | 240 |  60 | 180",
            // started before the stretch: only the hour of 1 January is in it
            "2025-12-31T23:00:00Z | 2026-01-01T01:00:00Z |  60 |   0 |  60",
    })
    void eachRecordIsCutToTheStretchAndLaidOnTheMaintenanceWindows(Instant start, Instant end, long length,
                                                                   long inMaintenance, long outside) {
        List<PlannedWork.CarriedOut> carried = PlannedWork.carriedOut(AROUND_THE_CLOCK,
                () -> BusinessDays.standard(AROUND_THE_CLOCK), List.of(Outage.plannedWork(start, end, null)), FROM, TO);
        assertThat(carried).singleElement().satisfies(c -> {
            assertThat(c.length()).isEqualTo(Duration.ofMinutes(length));
            assertThat(c.inMaintenance()).isEqualTo(Duration.ofMinutes(inMaintenance));
            assertThat(c.outside()).isEqualTo(Duration.ofMinutes(outside));
            assertThat(c.downtime()).isEqualTo(Duration.ofMinutes(outside));
            assertThat(c.decision().excused()).isFalse();
        });
    }

    @ParameterizedTest(name = "business hours, {0} to {1}: {2} min outside maintenance")
    @CsvSource(delimiter = '|', value = {
            // Wed 14 Jan 20:00-22:00: after the window's hours, nothing of it is measured
            "2026-01-14T20:00:00Z | 2026-01-14T22:00:00Z |  0",
            // Wed 14 Jan 17:00-19:00: the hour before 18:00 is in the hours
            "2026-01-14T17:00:00Z | 2026-01-14T19:00:00Z | 60",
            // Sat 17 Jan: the window is closed
            "2026-01-17T10:00:00Z | 2026-01-17T12:00:00Z |  0",
    })
    void workOutsideTheWindowsHoursIsNotDowntimeInIt(Instant start, Instant end, long outside) {
        List<PlannedWork.CarriedOut> carried = PlannedWork.carriedOut(BUSINESS_HOURS,
                () -> BusinessDays.standard(BUSINESS_HOURS), List.of(Outage.plannedWork(start, end, null)), FROM, TO);
        assertThat(carried).singleElement().satisfies(c -> {
            assertThat(c.length()).isEqualTo(Duration.ofMinutes(120));
            assertThat(c.inMaintenance()).isZero();
            assertThat(c.outside()).isEqualTo(Duration.ofMinutes(outside));
        });
    }

    @Test
    void onlyPlannedRecordsOverlappingTheStretchAreListedInTheirOrder() {
        Outage late = Outage.plannedWork(Instant.parse("2026-02-08T03:00:00Z"), Instant.parse("2026-02-08T05:00:00Z"), null);
        Outage early = Outage.plannedWork(Instant.parse("2026-01-11T02:30:00Z"), Instant.parse("2026-01-11T03:30:00Z"), null);
        List<Outage> records = List.of(late,
                Outage.unplanned(Instant.parse("2026-01-12T10:00:00Z"), Instant.parse("2026-01-12T11:00:00Z")),
                Outage.plannedWork(Instant.parse("2025-12-28T02:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), null),
                Outage.plannedWork(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-03T03:00:00Z"), null),
                early);
        assertThat(PlannedWork.carriedOut(AROUND_THE_CLOCK, () -> BusinessDays.standard(AROUND_THE_CLOCK), records, FROM, TO))
                .extracting(c -> c.decision().outage()).containsExactly(late, early);
    }

    /** 5 Business Days of notice excuse work outside the maintenance windows: Tue 10 Mar 10:00-11:00 UTC. */
    @ParameterizedTest(name = "announced {0}: excused {1}, {2} min downtime")
    @CsvSource(delimiter = '|', value = {
            "2026-03-03T10:00:00Z | true  |  0",
            "2026-03-03T10:01:00Z | false | 60",
    })
    void workExcusedByNoticeIsNoDowntime(Instant announced, boolean excused, long downtime) {
        AvailabilityWindow w = AROUND_THE_CLOCK.withMaintenanceRules(
                new MaintenanceRules(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, 5, null));
        List<PlannedWork.CarriedOut> carried = PlannedWork.carriedOut(w, () -> BusinessDays.standard(w), List.of(
                Outage.plannedWork(Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-10T11:00:00Z"), announced)),
                FROM, TO);
        assertThat(carried).singleElement().satisfies(c -> {
            assertThat(c.decision().excused()).isEqualTo(excused);
            assertThat(c.outside()).isEqualTo(Duration.ofMinutes(60));
            assertThat(c.downtime()).isEqualTo(Duration.ofMinutes(downtime));
        });
    }
}
