package org.slastudio.ui.fields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsersTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "99.95|99.95",
            "99.95%|99.95",
            " 99.95 % |99.95",
            "99,95|99.95",
            "99.950|99.950",
            "100|100",
            "0|0",
            "0%|0"})
    void percentagesAreReadExactlyWithOrWithoutThePercentSign(String typed, String expected) {
        BigDecimal value = Parsers.percent(typed);
        assertThat(value).isEqualTo(new BigDecimal(expected));
        assertThat(value.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.01", "-0.5", "abc", "99.9.5", "%", "1E-19", "99.9999999999999999999"})
    void percentagesOutsideZeroToHundredOrNotNumbersAreRefusedWithAnExample(String typed) {
        assertThatThrownBy(() -> Parsers.percent(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e.g. 99.95");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12000|12000",
            "12,000.50|12000.50",
            "12 000|12000",
            "1'250.00|1250.00",
            "12,5|12.5",
            "1,000,000|1000000",
            "0|0"})
    void amountsIgnoreThousandsSeparators(String typed, String expected) {
        assertThat(Parsers.amount(typed)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483648", "1e9", "1e-400", "1234567890123456", "0.12345678901", "12.5.0", "twenty"})
    void numbersInExponentFormOrBeyondWhatATermHoldsAreRefused(String typed) {
        assertThatThrownBy(() -> Parsers.amount(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enter an amount");
        assertThatThrownBy(() -> Parsers.percent(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "2027-01-01|2027-01-01",
            "1 January 2027|2027-01-01",
            " 31  December 2026 |2026-12-31",
            "1 Jan 2027|2027-01-01",
            "29/2/2028|2028-02-29",
            "01/03/2027|2027-03-01"})
    void datesAreReadInIsoOrUkForms(String typed, String expected) {
        assertThat(Parsers.date(typed)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February 2027", "29/2/2027", "2027-13-01", "next Monday", "1/1/27", "1 January 999999999"})
    void datesThatDoNotExistOrAreOutOfRangeAreRefused(String typed) {
        assertThatThrownBy(() -> Parsers.date(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("enter a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2d", "1 day", "3 days", "1d 4h", "P2D"})
    void onABusinessHoursClockDaysAreRefusedAndHoursAsked(String typed) {
        assertThatThrownBy(() -> Parsers.clockDuration(typed, true)).hasMessageStartingWith("on a business-hours clock give hours, e.g. 30h");
        assertThat(Parsers.clockDuration(typed, false)).isEqualTo(Parsers.duration(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30h", "4h 30m", "15 minutes", "PT30H"})
    void onABusinessHoursClockHoursAndMinutesAreRead(String typed) {
        assertThat(Parsers.clockDuration(typed, true)).isEqualTo(Parsers.duration(typed));
    }

    @Test
    void durationsTooLongForAnyTermAreRefusedRatherThanOverflowing() {
        assertThatThrownBy(() -> Parsers.duration("99999999999999d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15m");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Parsers.amount("-5")).hasMessageContaining("zero or more");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "08:00|08:00",
            "8|08:00",
            "8:30|08:30",
            "18.45|18:45",
            "23:59|23:59",
            "24:00|00:00",
            "0:00|00:00"})
    void timesOfDayAcceptShortFormsAndTwentyFourHundredAsMidnight(String typed, String expected) {
        assertThat(Parsers.time(typed)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:01", "25:00", "12:60", "noon", "1230"})
    void impossibleTimesAreRefused(String typed) {
        assertThatThrownBy(() -> Parsers.time(typed)).hasMessageContaining("hh:mm");
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "15m|15",
            "15 min|15",
            "4h|240",
            "1h 30m|90",
            "2d|2880",
            "1 day|1440",
            "PT15M|15",
            "pt2h|120"})
    void durationsReadAsPeopleWriteThem(String typed, long minutes) {
        assertThat(Parsers.duration(typed)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "15", "h4", "15m later"})
    void durationsWithoutUnitsAreRefused(String typed) {
        assertThatThrownBy(() -> Parsers.duration(typed)).hasMessageContaining("15m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3661d", "99999999999999999999d", "9223372036854775807d", "PT2562047788015215H", "-3661d"})
    void durationsLongerThanTenYearsAreRefused(String typed) {
        assertThatThrownBy(() -> Parsers.duration(typed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15m");
    }

    @ParameterizedTest(name = "{0} minutes read back as \"{1}\"")
    @CsvSource(delimiter = '|', value = {"15|15m", "60|1h", "90|1h 30m", "1800|30h", "2880|48h", "0|0m"})
    void durationsAreWrittenCompactly(long minutes, String expected) {
        assertThat(Parsers.formatDuration(Duration.ofMinutes(minutes))).isEqualTo(expected);
    }

    @Test
    void dayRangesIncludeBothEndsAndMayWrapOverTheWeekend() {
        assertThat(Parsers.days("Mon-Fri")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(Parsers.days("Sat, Sun")).isEqualTo(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(Parsers.days("Fri-Mon")).isEqualTo(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
        assertThat(Parsers.days("sunday")).isEqualTo(EnumSet.of(DayOfWeek.SUNDAY));
        assertThatThrownBy(() -> Parsers.days("Moonday")).hasMessageContaining("Mon-Fri");
    }

    @Test
    void holidaysAreIsoDatesOnLinesOrSeparatedByCommas() {
        assertThat(Parsers.dates("2026-12-25\n2026-12-26, 2027-01-01"))
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> Parsers.dates("25.12.2026")).hasMessageContaining("\"25.12.2026\" is not a date");
        assertThat(Parsers.formatDates(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))))
                .isEqualTo("2026-12-25\n2026-12-26");
    }

    @Test
    void currenciesAndZonesNameTheFixWhenUnknown() {
        assertThat(Parsers.currency("eur").getCurrencyCode()).isEqualTo("EUR");
        assertThatThrownBy(() -> Parsers.currency("EURO")).hasMessageContaining("three-letter");
        assertThat(Parsers.zone("Europe/Berlin").getId()).isEqualTo("Europe/Berlin");
        assertThatThrownBy(() -> Parsers.zone("Europe/Atlantis")).hasMessageContaining("Europe/Berlin");
    }

    @Test
    void hoursOfADayAreOneOrSeveralRanges() {
        assertThat(Parsers.timeRanges("08:00-18:00"))
                .containsExactly(new Parsers.TimeRange(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(Parsers.timeRanges("0:00–8:00, 18:00 to 24:00")).containsExactly(
                new Parsers.TimeRange(LocalTime.MIDNIGHT, LocalTime.of(8, 0)),
                new Parsers.TimeRange(LocalTime.of(18, 0), LocalTime.MIDNIGHT));
        assertThat(Parsers.formatTimeRanges(Parsers.timeRanges("22:00-06:00"))).isEqualTo("22:00–06:00");
        assertThatThrownBy(() -> Parsers.timeRanges("08:00")).hasMessageContaining("08:00-18:00");
    }
}
