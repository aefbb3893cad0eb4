package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;

/**
 * Notice of planned work in Business Days, by hand, in Europe/Berlin: March 2025 starts on a Saturday; Wednesday 12
 * March is a holiday of the business-hours window; clocks go forward on Sunday 30 March.
 */
class BusinessDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AvailabilityWindow OFFICE = Windows.of("Mon-Fri 08:00-18:00", "Europe/Berlin", "2025-03-12");

    @ParameterizedTest(name = "announced {0}, work at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // Monday to Monday: exactly 5 Business Days is enough, one minute less is not
            "2025-03-03T10:00 | 2025-03-10T10:00 | true  | 5 Business Days",
            "2025-03-03T10:00 | 2025-03-10T09:59 | false | 4 Business Days 23 h 59 min",
            // across a weekend: Friday to Friday
            "2025-03-14T10:00 | 2025-03-21T10:00 | true  | 5 Business Days",
            "2025-03-14T10:00 | 2025-03-21T09:59 | false | 4 Business Days 23 h 59 min",
            // announced on a Saturday: notice starts on Monday and is complete at the end of Friday
            "2025-03-15T12:00 | 2025-03-22T00:00 | true  | 5 Business Days",
            "2025-03-15T12:00 | 2025-03-21T23:59 | false | 4 Business Days 23 h 59 min",
            // across the holiday on Wednesday 12 March: Friday 7th needs until Monday 17th
            "2025-03-07T10:00 | 2025-03-17T10:00 | true  | 5 Business Days",
            "2025-03-07T10:00 | 2025-03-14T10:00 | false | 4 Business Days",
            // across the change to summer time: Friday 28 March 10:00 CET to Friday 4 April 10:00 CEST, an hour short of 7 x 24 h
            "2025-03-28T10:00 | 2025-04-04T10:00 | true  | 5 Business Days",
            "2025-03-28T10:00 | 2025-04-04T09:59 | false | 4 Business Days 23 h 59 min",
    })
    void noticeIsCountedInWholeBusinessDaysOnTheLocalClock(String announced, String start, boolean met, String notice) {
        BusinessDays days = BusinessDays.ofWindow(OFFICE);
        assertThat(days.noticeMet(at(announced), at(start), 5)).isEqualTo(met);
        assertThat(BusinessDays.describe(days.between(at(announced), at(start)))).isEqualTo(notice);
    }

    @Test
    void aWindowCountsNoticeInTheBusinessDaysOfTheWindowItNames() {
        AvailabilityWindow measured = AvailabilityWindow.twentyFourSeven("24x7", "24x7", BERLIN)
                .withMaintenanceRules(new MaintenanceRules(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, 5, "office"));
        AvailabilityWindow office = new AvailabilityWindow("office", "Office", BERLIN, OFFICE.hours(), OFFICE.holidays(), List.of());
        Agreement agreement = Agreement.blank().withWindows(List.of(measured, office));
        BusinessDays days = BusinessDays.of(agreement, measured);
        assertThat(days.isBusinessDay(java.time.LocalDate.of(2025, 3, 12))).isFalse();
        assertThat(days.isBusinessDay(java.time.LocalDate.of(2025, 3, 13))).isTrue();
        // without a named window: Monday to Friday, and the measured window has no holidays
        assertThat(BusinessDays.standard(measured).isBusinessDay(java.time.LocalDate.of(2025, 3, 12))).isTrue();
        assertThat(BusinessDays.standard(measured).isBusinessDay(java.time.LocalDate.of(2025, 3, 15))).isFalse();

        Agreement without = Agreement.blank().withWindows(List.of(measured));
        assertThatThrownBy(() -> BusinessDays.of(without, measured)).hasMessageContaining("\"office\", which is not defined")
                .hasMessageContaining("maintenanceRules.businessDaysWindowId");
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
