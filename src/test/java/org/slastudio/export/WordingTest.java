package org.slastudio.export;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.ClockStart;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

class WordingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Stream<Arguments> dayLists() {
        return Stream.of(
                Arguments.of(EnumSet.range(MONDAY, FRIDAY), "Monday to Friday"),
                Arguments.of(EnumSet.of(SATURDAY, SUNDAY), "Saturday and Sunday"),
                Arguments.of(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), "Monday, Wednesday and Friday"),
                Arguments.of(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, FRIDAY), "Monday to Wednesday and Friday"),
                Arguments.of(EnumSet.of(SUNDAY), "Sunday"),
                Arguments.of(EnumSet.allOf(DayOfWeek.class), "every day"),
                Arguments.of(EnumSet.of(THURSDAY, FRIDAY, SATURDAY, SUNDAY), "Thursday to Sunday"),
                Arguments.of(EnumSet.noneOf(DayOfWeek.class), "no day"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dayLists")
    void daysAreNamedAsRunsFromMondayToSunday(Set<DayOfWeek> days, String words) {
        assertThat(WindowWording.days(days)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}-{1} is {2}")
    @CsvSource({
            "08:00, 18:00, 08:00-18:00",
            "18:00, 00:00, 18:00-24:00",
            "22:00, 06:00, 22:00-06:00",
            "00:00, 08:00, 00:00-08:00",
            "00:00, 00:00, 00:00-00:00"})
    void timeRangesWriteAnEndAtMidnightAsTwentyFour(LocalTime from, LocalTime until, String words) {
        assertThat(WindowWording.timeRange(from, until)).isEqualTo(words);
    }

    @Test
    void aWindowReadsAsOnePhraseWhereTheRedlineInsertsIt() {
        AvailabilityWindow window = new AvailabilityWindow("bh", "Business hours", BERLIN,
                List.of(new WeeklyHours(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                List.of(LocalDate.of(2026, 12, 25)),
                List.of(new MaintenanceWindow("Sunday", EnumSet.of(SUNDAY), LocalTime.of(2, 0), LocalTime.of(4, 0), 72)));

        assertThat(WindowWording.window(window)).isEqualTo("08:00-18:00 Monday to Friday, Europe/Berlin, excluding public "
                + "holidays and the maintenance window Sunday 02:00-04:00");
        assertThat(WindowWording.window(AvailabilityWindow.twentyFourSeven("24x7", "24x7", BERLIN)))
                .isEqualTo("24 hours a day, 7 days a week, Europe/Berlin");
    }

    @Test
    void aBusinessHoursWindowsHoursReadAsTheTableStatesThem() {
        assertThat(WindowWording.hours(List.of(new WeeklyHours(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)))))
                .isEqualTo("08:00-18:00 Monday to Friday");
    }

    @Test
    void rangesOnTheSameDaysAreJoinedAndOtherDaysFollow() {
        assertThat(WindowWording.hours(List.of(
                new WeeklyHours(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(0, 0), LocalTime.of(8, 0)),
                new WeeklyHours(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(18, 0), LocalTime.MIDNIGHT),
                new WeeklyHours(EnumSet.of(SATURDAY, SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))))
                .isEqualTo("00:00-08:00 and 18:00-24:00 Monday to Friday, and all day Saturday and Sunday");
        assertThat(WindowWording.maintenance(new MaintenanceWindow("b", EnumSet.of(WEDNESDAY), LocalTime.of(22, 0),
                LocalTime.of(23, 0), 24))).isEqualTo("Wednesday 22:00-23:00");
    }

    static Stream<Arguments> tiers() {
        return Stream.of(
                Arguments.of(TierBound.inclusive("99.0"), TierBound.exclusive("99.95"), "less than 99.95% but at least 99.0%"),
                Arguments.of(TierBound.exclusive("95.0"), TierBound.inclusive("99.0"), "at most 99.0% but more than 95.0%"),
                Arguments.of(null, TierBound.exclusive("95.0"), "less than 95.0%"),
                Arguments.of(TierBound.inclusive("99.95"), null, "at least 99.95%"),
                Arguments.of(TierBound.exclusive("99.9"), null, "more than 99.9%"),
                Arguments.of(null, null, "any availability"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("tiers")
    void tierBandsStateTheInclusivityOfEachBoundInWords(TierBound lower, TierBound upper, String words) {
        assertThat(Wording.band(new CreditTier(lower, upper, BigDecimal.TEN, null))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} {1} in {2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "18500.00 | EUR | en-GB | EUR 18,500.00",
            "50 | EUR | en-GB | EUR 50.00",
            "1234567.5 | GBP | en-GB | GBP 1,234,567.50",
            "18500.00 | EUR | de-DE | EUR 18.500,00",
            "1200 | CHF | en-GB | CHF 1,200.00",
            "1500 | JPY | en-GB | JPY 1,500",
            "-250 | USD | en-US | USD -250.00",
            "0.125 | EUR | en-GB | EUR 0.125"})
    void moneyIsWrittenInItsCurrencyWithTheLocalesGroupingAndNeverLosesADigit(String amount, String currency,
                                                                              String locale, String words) {
        String written = Wording.money(Money.of(amount, currency), Locale.forLanguageTag(locale));

        assertThat(written.replace('\u00a0', ' ')).isEqualTo(words);
    }

    @Test
    void percentagesKeepTheDigitsTheDraftGave() {
        assertThat(Wording.percent(new BigDecimal("99.0"))).isEqualTo("99.0%");
        assertThat(Wording.percent(new BigDecimal("99.95"))).isEqualTo("99.95%");
        assertThat(Wording.percent(null)).isEqualTo(Wording.NOT_STATED);
    }

    @Test
    void timeBasedMeasurementSaysWhenTheClockStartsAndWhatIsTooShortToCount() {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, ClockStart.AT_FAULT_REPORT, false);

        assertThat(Wording.measurement(rule)).isEqualTo("Downtime is counted in minutes within the Availability Window, "
                + "from the time the Customer reports the fault. An outage shorter than 5 consecutive minutes is not counted.");
    }

    @Test
    void intervalMeasurementNamesTheIntervalAndTheThresholdItIsAbove() {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new BigDecimal("5.0"), 0,
                ClockStart.AT_FAILURE, true);

        assertThat(Wording.measurement(rule)).contains("divided into 5-minute intervals")
                .contains("more than 5.0% of valid requests fail").doesNotContain("shorter than");
        assertThat(Wording.periodCut(rule, "Europe/Berlin")).isEqualTo("midnight UTC");
    }

    @ParameterizedTest(name = "{0}, minimum {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "TIME_BASED                  | 5  | AT_LEAST  | An outage shorter than 5 consecutive minutes is not counted.",
            "TIME_BASED                  | 5  | MORE_THAN | An outage of 5 consecutive minutes or less is not counted.",
            "TIME_BASED                  | 1  |           | An outage shorter than 1 consecutive minute is not counted.",
            "INTERVAL_SHARE              | 15 | AT_LEAST  | A run of consecutive unavailable intervals lasting less than 15 minutes in total is not counted; a run that continues into another Measurement Period is measured whole.",
            "INTERVAL_SHARE              | 15 | MORE_THAN | A run of consecutive unavailable intervals lasting 15 minutes or less in total is not counted; a run that continues into another Measurement Period is measured whole.",
    })
    void theMinimumSaysWhetherAnOutageOfExactlyItsLengthCounts(MeasurementMethod method, int minimum, MinimumOutageBound bound,
                                                              String sentence) {
        MeasurementRule rule = new MeasurementRule(method, 5, new BigDecimal("5.0"), minimum, bound, ClockStart.AT_FAILURE, false);

        assertThat(Wording.measurement(rule)).endsWith(" " + sentence);
    }

    /** A method without outages states no minimum, nor when a clock starts that it does not have. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INTERVAL_AVERAGE_ERROR_RATE | The Availability Window is divided into 5-minute intervals; availability is 100% minus the average error rate of those intervals.",
            "REQUEST_COUNTS              | Availability is the number of successful Requests divided by the total number of valid Requests in the Measurement Period, as a percentage. Requests are counted within the Availability Window; a Measurement Period without valid Requests has an availability of 100%.",
    })
    void aMethodWithoutOutagesIsStatedWithoutTheMinimum(MeasurementMethod method, String text) {
        MeasurementRule rule = new MeasurementRule(method, 5, null, 15, MinimumOutageBound.MORE_THAN, ClockStart.AT_FAULT_REPORT, false);

        assertThat(Wording.measurement(rule)).isEqualTo(text);
    }

    @Test
    void anAutomaticallyRenewingTermNamesBothTermsAndTheNotice() {
        assertThat(Wording.term(new Term(36, Renewal.AUTOMATIC, 12, 90))).isEqualTo("This Agreement runs for an initial "
                + "term of 36 months from the Effective Date and renews automatically for successive periods of 12 months "
                + "unless either party gives at least 90 days' written notice before the end of the then current term.");
        assertThat(Wording.term(new Term(12, Renewal.NONE, null, null)))
                .isEqualTo("This Agreement runs for an initial term of 12 months from the Effective Date and ends with that term.");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DAYS_AFTER_PERIOD_END, 30, within 30 days after the end of the calendar month in which it arose",
            "DAYS_AFTER_PERIOD_END, 1, within 1 day after the end of the calendar month in which it arose",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2, by the end of the 2nd billing cycle following the calendar month in which it arose",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 11, by the end of the 11th billing cycle following the calendar month in which it arose",
            "DAYS_AFTER_INCIDENT, 30, within 30 days after the day on which the earliest Downtime counted towards it began",
            "BUSINESS_DAYS_AFTER_PERIOD_END, 10, within 10 Business Days of the Business hours Availability Window after the end of the calendar month in which it arose",
            "BUSINESS_DAYS_AFTER_INCIDENT, 1, within 1 Business Day of the Business hours Availability Window after the day on which the earliest Downtime counted towards it began"})
    void claimDeadlinesAreCountedFromTheEndOfThePeriodOrTheIncident(ClaimDeadlineRule rule, int count, String words) {
        assertThat(Wording.claimDeadline(new ClaimDeadline(rule, count, "business"), MeasurementPeriod.CALENDAR_MONTH,
                "Business hours")).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({"1, st", "2, nd", "3, rd", "4, th", "11, th", "12, th", "13, th", "21, st", "22, nd", "101, st", "111, th"})
    void ordinalsTakeTheirEnglishSuffix(int n, String suffix) {
        assertThat(Wording.ordinal(n)).isEqualTo(n + suffix);
    }

    @ParameterizedTest(name = "earn-back over {0} periods")
    @CsvSource(delimiter = '|', value = {
            "1 | in the following measurement period.",
            "3 | in each of the three following measurement periods.",
            "12 | in each of the twelve following measurement periods.",
            "13 | in each of the 13 following measurement periods."})
    void earnBackCountsItsPeriodsInWordsUpToTwelve(int periods, String ending) {
        assertThat(Wording.earnBack(new org.slastudio.model.EarnBack(periods, null))).endsWith(ending)
                .contains("meets its target");
        assertThat(Wording.earnBack(new org.slastudio.model.EarnBack(periods, new BigDecimal("99.9"))))
                .contains("achieves an availability of at least 99.9%");
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "12000000 | en-GB | 12,000,000",
            "400 | en-GB | 400",
            "0.125 | en-GB | 0.125",
            "1234.50 | en-GB | 1,234.50",
            "1234.5 | de-DE | 1.234,5"})
    void quantitiesAreGroupedAndKeepEveryDecimal(String value, String locale, String words) {
        assertThat(Wording.quantity(new BigDecimal(value), Locale.forLanguageTag(locale))).isEqualTo(words);
    }
}
