package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/**
 * "By the end of the same / next business day" on a Berlin office clock, Mon-Fri 08:00-17:00, closed on Good Friday
 * (3 April 2026), Easter Monday (6 April), Christmas (25 December) and 1 January 2027. A ticket raised outside the
 * hours counts as received when they next open. 6 March 2026 is a Friday; the clocks go forward on Sunday 29 March
 * and back on Sunday 25 October 2026.
 */
class BusinessDayTargetsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AvailabilityWindow OFFICE = Windows.of("Mon-Fri 08:00-17:00", "Europe/Berlin",
            "2026-04-03", "2026-04-06", "2026-12-25", "2027-01-01");

    @ParameterizedTest(name = "raised {1}: {0} is due {2}")
    @CsvSource({
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-04T10:00, 2026-03-05T17:00+01:00",
            // before opening on a business day: received that day
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-04T07:00, 2026-03-05T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-04T16:59, 2026-03-05T17:00+01:00",
            // at closing time: received at the next opening, Thursday
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-04T17:00, 2026-03-06T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-04T17:01, 2026-03-06T17:00+01:00",
            // Friday afternoon: Monday's close; after Friday's close: received Monday, due Tuesday
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-06T16:59, 2026-03-09T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-06T17:00, 2026-03-10T17:00+01:00",
            // the weekend: received Monday, due Tuesday
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-07T10:00, 2026-03-10T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-08T23:59, 2026-03-10T17:00+01:00",
            // Thursday before Easter: Friday and Monday are holidays
            "END_OF_NEXT_BUSINESS_DAY, 2026-04-02T10:00, 2026-04-07T17:00+02:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-04-02T18:00, 2026-04-08T17:00+02:00",
            // raised on a holiday
            "END_OF_NEXT_BUSINESS_DAY, 2026-04-03T10:00, 2026-04-08T17:00+02:00",
            // the weekend the clocks go forward: Tuesday's close is in summer time
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-27T16:00, 2026-03-30T17:00+02:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-03-29T03:30, 2026-03-31T17:00+02:00",
            // the weekend the clocks go back: Monday's close is in winter time
            "END_OF_NEXT_BUSINESS_DAY, 2026-10-23T16:00, 2026-10-26T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-10-25T02:30, 2026-10-27T17:00+01:00",
            // across the year end: Christmas and New Year's Day are closed
            "END_OF_NEXT_BUSINESS_DAY, 2026-12-24T10:00, 2026-12-28T17:00+01:00",
            "END_OF_NEXT_BUSINESS_DAY, 2026-12-31T10:00, 2027-01-04T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-03-04T10:00, 2026-03-04T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-03-04T07:00, 2026-03-04T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-03-04T17:00, 2026-03-05T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-03-06T17:30, 2026-03-09T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-03-07T10:00, 2026-03-09T17:00+01:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-04-02T18:00, 2026-04-07T17:00+02:00",
            "END_OF_SAME_BUSINESS_DAY, 2026-12-31T18:00, 2027-01-04T17:00+01:00",
    })
    void aBusinessDayTargetIsDueAtTheCloseOfThatDay(BusinessDayDeadline deadline, LocalDateTime raised, String due) {
        Instant result = new BusinessClock(OFFICE).dueBy(raised.atZone(BERLIN).toInstant(), deadline);

        assertThat(result.atZone(BERLIN).toOffsetDateTime()).hasToString(due);
    }

    @Test
    void aDayWithALunchBreakClosesAtItsLastHours() {
        AvailabilityWindow split = new AvailabilityWindow("split", "Office", BERLIN,
                List.of(Windows.weekly("Mon-Fri 08:00-12:00"), Windows.weekly("Mon-Fri 13:00-17:00")), List.of(), List.of());
        Instant lunch = ZonedDateTime.of(2026, 3, 4, 12, 30, 0, 0, BERLIN).toInstant();

        assertThat(new BusinessClock(split).dueBy(lunch, BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY).atZone(BERLIN))
                .isEqualTo(ZonedDateTime.of(2026, 3, 4, 17, 0, 0, 0, BERLIN));
    }

    @Test
    void aMetricsBusinessDayTargetRunsOnItsClockWindowAndA24x7ClockHasNone() {
        Metric office = metric(OFFICE.id());
        Metric aroundTheClock = metric(null);
        Agreement agreement = Agreement.blank().withWindows(List.of(OFFICE)).withMetrics(List.of(office, aroundTheClock));
        Instant saturday = ZonedDateTime.of(2026, 3, 7, 10, 0, 0, 0, BERLIN).toInstant();

        ResponseDeadline d = ResponseDeadline.of(agreement, office, Priority.P4, saturday);

        assertThat(d.dueLocal()).isEqualTo(ZonedDateTime.of(2026, 3, 10, 17, 0, 0, 0, BERLIN));
        assertThat(d.within()).isNull();
        assertThat(d.dueBy()).isEqualTo(BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY);
        assertThatThrownBy(() -> ResponseDeadline.of(agreement, aroundTheClock, Priority.P4, saturday))
                .hasMessageContaining("$.metrics[1].clockWindowId").hasMessageContaining("24x7");
    }

    private static Metric metric(String clockWindow) {
        return new Metric(clockWindow == null ? "resolution-24x7" : "resolution", "Resolution", MetricKind.RESOLUTION_TIME,
                null, null, null, null,
                List.of(new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY)),
                clockWindow == null ? null : clockWindow, null, null, null, null, null);
    }
}
