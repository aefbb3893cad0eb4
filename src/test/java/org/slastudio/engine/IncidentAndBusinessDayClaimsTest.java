package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;

/**
 * Claim deadlines from the incident and in business days, worked by hand on a Berlin office calendar: Mon-Fri
 * 08:00-17:00, closed on Good Friday (3 April 2026), Easter Monday (6 April), Christmas (25 December) and New Year's
 * Day 2027 (a Friday). 31 March 2026 is a Tuesday, 28 February 2026 a Saturday, 31 December 2026 a Thursday.
 */
class IncidentAndBusinessDayClaimsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AvailabilityWindow OFFICE = Windows.of("Mon-Fri 08:00-17:00", "Europe/Berlin",
            "2026-04-03", "2026-04-06", "2026-12-25", "2027-01-01");

    @ParameterizedTest(name = "{0} {1} for {2}, first outage on {3}: claim by {4}")
    @CsvSource(nullValues = "-", value = {
            // calendar days from the incident
            "DAYS_AFTER_INCIDENT, 30, 2026-03, 2026-03-05, 2026-04-04",
            // late in a 31-day month: 31 March + 30 is 30 April
            "DAYS_AFTER_INCIDENT, 30, 2026-03, 2026-03-31, 2026-04-30",
            // a 28-day February: 27 February + 30 is 29 March
            "DAYS_AFTER_INCIDENT, 30, 2026-02, 2026-02-27, 2026-03-29",
            // across the year end
            "DAYS_AFTER_INCIDENT, 30, 2026-12, 2026-12-20, 2027-01-19",
            "DAYS_AFTER_INCIDENT, 7, 2026-12, 2026-12-31, 2027-01-07",
            // an outage that began in the month before counts from its own start
            "DAYS_AFTER_INCIDENT, 30, 2026-03, 2026-02-28, 2026-03-30",
            // no counted outage: nothing to claim, no deadline
            "DAYS_AFTER_INCIDENT, 30, 2026-03, -, -",
            // 31 March (Tue): 1, 2 April; 3 and 6 April are holidays; 7 to 10 April, 13 to 16 April
            "BUSINESS_DAYS_AFTER_PERIOD_END, 10, 2026-03, -, 2026-04-16",
            // the month ends on Saturday 28 February: 2 to 6 and 9 to 13 March
            "BUSINESS_DAYS_AFTER_PERIOD_END, 10, 2026-02, -, 2026-03-13",
            // the year ends on Thursday; 1 January is a holiday: 4 to 8 and 11 to 15 January
            "BUSINESS_DAYS_AFTER_PERIOD_END, 10, 2026-12, -, 2027-01-15",
            "BUSINESS_DAYS_AFTER_PERIOD_END, 1, 2026-12, -, 2027-01-04",
            // Thursday before Easter: Good Friday and Easter Monday are not business days
            "BUSINESS_DAYS_AFTER_INCIDENT, 1, 2026-04, 2026-04-02, 2026-04-07",
            // an outage on a Saturday: Monday is the first business day after it
            "BUSINESS_DAYS_AFTER_INCIDENT, 1, 2026-03, 2026-03-07, 2026-03-09",
            // the Sunday the clocks go forward changes nothing: days are counted, not hours
            "BUSINESS_DAYS_AFTER_INCIDENT, 2, 2026-03, 2026-03-29, 2026-03-31",
            // Christmas Eve: 25 December and 1 January closed; 28-31 December, 4-8 and 11 January
            "BUSINESS_DAYS_AFTER_INCIDENT, 10, 2026-12, 2026-12-24, 2027-01-11",
            "BUSINESS_DAYS_AFTER_INCIDENT, 10, 2026-12, -, -",
    })
    void theLastDayToClaimCountsFromTheIncidentOrInBusinessDays(ClaimDeadlineRule rule, int count, String period,
                                                               LocalDate incident, LocalDate expected) {
        ClaimDeadline deadline = new ClaimDeadline(rule, count, OFFICE.id());
        ClaimDeadlines.Basis basis = new ClaimDeadlines.Basis(incident, rule.businessDays() ? OFFICE : null);

        assertThat(ClaimDeadlines.lastDayToClaim(deadline, MeasurementPeriodRange.parse(period), basis)).isEqualTo(expected);
    }

    @Test
    void theDeadlinesThatNeedMoreThanThePeriodAreNotWorkedOutFromThePeriodAlone() {
        MeasurementPeriodRange march = MeasurementPeriodRange.parse("2026-03");
        for (ClaimDeadlineRule rule : ClaimDeadlineRule.values()) {
            LocalDate fromPeriod = ClaimDeadlines.lastDayToClaim(new ClaimDeadline(rule, 30), march);
            assertThat(fromPeriod == null).as(rule.name()).isEqualTo(rule.fromIncident() || rule.businessDays());
        }
    }

    /** Outages in March 2026, Berlin, a 24x7 window; outages under 5 minutes do not count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a short outage first does not count: the next one is the incident
            "short one first        | 2026-03-02T10:00 | 2026-03-02T10:03 | 2026-03-12T23:30 | 2026-03-13T01:00 | 2026-03-12 | 2026-04-11",
            // just after midnight in Berlin is still the day before in UTC (00:30 CET is 23:30 UTC): Berlin's day counts
            "after midnight in Berlin | 2026-03-10T00:30 | 2026-03-10T01:00 | 2026-03-20T10:00 | 2026-03-20T11:00 | 2026-03-10 | 2026-04-09",
            // late on the last day of a 31-day month
            "late on the last day   | 2026-03-31T23:30 | 2026-03-31T23:50 | 2026-03-31T23:55 | 2026-04-01T00:10 | 2026-03-31 | 2026-04-30",
            // begun in February, counted in March for its part after midnight
            "across the period start | 2026-02-28T23:00 | 2026-03-01T01:00 | 2026-03-20T10:00 | 2026-03-20T11:00 | 2026-02-28 | 2026-03-30",
    })
    void theIncidentIsTheFirstCountedOutageOfThePeriodInTheAgreementsZone(String what, LocalDateTime start1, LocalDateTime end1,
                                                                         LocalDateTime start2, LocalDateTime end2,
                                                                         LocalDate incident, LocalDate claimBy) {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, ClockStart.AT_FAILURE, false);
        MeasurementPeriodRange march = MeasurementPeriodRange.parse("2026-03");
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(Windows.twentyFourSeven("Europe/Berlin"), rule, BERLIN, march,
                List.of(Outage.unplanned(at(start1), at(end1)), Outage.unplanned(at(start2), at(end2))));
        Agreement agreement = Agreement.blank().withOverview(withZone(BERLIN));
        ClaimDeadline deadline = new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_INCIDENT, 30);

        ClaimDeadlines.Basis basis = ClaimDeadlines.basis(agreement, deadline, m.firstCountedOutage(), BERLIN);

        assertThat(basis.firstIncident()).isEqualTo(incident);
        assertThat(ClaimDeadlines.lastDayToClaim(deadline, march, basis)).isEqualTo(claimBy);
    }

    @Test
    void aBusinessDayDeadlineWithoutItsWindowNamesTheField() {
        Agreement agreement = Agreement.blank().withOverview(withZone(BERLIN)).withWindows(List.of(OFFICE));

        assertThatThrownBy(() -> ClaimDeadlines.basis(agreement,
                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10), null, BERLIN))
                .hasMessageContaining("$.creditRegime.claimDeadline.calendarWindowId");
        assertThatThrownBy(() -> ClaimDeadlines.basis(agreement,
                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "shop"), null, BERLIN))
                .hasMessageContaining("window \"shop\"").hasMessageContaining("calendarWindowId");
        assertThat(ClaimDeadlines.basis(agreement, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10,
                OFFICE.id()), null, BERLIN).businessCalendar()).isEqualTo(OFFICE);
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(BERLIN).toInstant();
    }

    private static Overview withZone(ZoneId zone) {
        Overview blank = Overview.blank();
        return new Overview(blank.title(), blank.type(), blank.effectiveDate(), blank.term(), blank.purpose(),
                blank.governingLaw(), blank.currency(), blank.measurementPeriod(), zone, blank.version());
    }
}
