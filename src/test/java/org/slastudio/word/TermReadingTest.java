package org.slastudio.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A term's text as the other side left it, read back into the value the draft holds; worked out by hand. */
class TermReadingTest {

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "services[0].levels[0].targetPercent | 99.9%       | 99.9",
            "services[0].levels[0].targetPercent | 99.95 %     | 99.95",
            "services[0].levels[0].targetPercent | 99.0%       | 99.0",
            "services[0].levels[0].targetPercent | 100%        | 100",
            "services[0].levels[0].targetPercent | 0%          | 0",
            "creditRegime.tiers[1].upper.percent | 99.5 per cent | 99.5",
            "creditRegime.tiers[0].creditPercent | 15          | 15",
            "creditRegime.monthlyCapPercent      | 40%         | 40",
            "creditRegime.monthlyCapDays         | 3           | 3",
            "creditRegime.earnBack.followingPeriods | three    | 3",
            "creditRegime.earnBack.followingPeriods | Twelve   | 12",
            "creditRegime.tiers[2].downtimeMultiple | 2.5      | 2.5",
            "creditRegime.claimDeadline.count    | 30          | 30",
            "creditRegime.claimDeadline.count    | 2nd         | 2",
    })
    void figuresAreReadAsNumbers(String path, String text, String value) {
        TermReading.Reading reading = TermReading.read(path, text);

        assertThat(reading.problem()).isNull();
        assertThat((BigDecimal) reading.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "EUR 2,500.00     | 2500.00  | EUR",
            "EUR\u00a019,250.00 | 19250.00 | EUR",
            "GBP 1,200        | 1200     | GBP",
            "€2,500           | 2500     | EUR",
            "£ 999.99         | 999.99   | GBP",
            "$1,000,000.50    | 1000000.50 | USD",
            "2,500.00 EUR     | 2500.00  | EUR",
            "2500             | 2500     | ",
    })
    void amountsAreReadWithTheirCurrency(String text, String amount, String currency) {
        TermReading.Reading reading = TermReading.read("services[0].monthlyFee", text);

        assertThat(reading.problem()).isNull();
        TermReading.Amount read = (TermReading.Amount) reading.value();
        assertThat(read.amount()).isEqualByComparingTo(amount);
        assertThat(read.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "15 minutes          | PT15M",
            "1 hour              | PT1H",
            "4 hours 30 minutes  | PT4H30M",
            "4 hours and 30 minutes | PT4H30M",
            "2 days              | PT48H",
            "30 Business Hours   | PT30H",
            "1 Business Hour     | PT1H",
            "90 minutes          | PT1H30M",
            "1.5 hours           | PT1H30M",
    })
    void timesAreReadAsDurations(String text, String duration) {
        TermReading.Reading reading = TermReading.read("metrics[0].priorityTargets[0].within", text);

        assertThat(reading.problem()).isNull();
        assertThat(reading.value()).isEqualTo(Duration.parse(duration));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} hours")
    @CsvSource(delimiter = '|', value = {"3 days' | 72", "5 days’ | 120", "48 hours' | 48", "1 hour's | 1", "2 days | 48"})
    void noticeIsReadInHours(String text, int hours) {
        TermReading.Reading reading = TermReading.read("windows[0].maintenance[0].noticeHours", text);

        assertThat(reading.problem()).isNull();
        assertThat((BigDecimal) reading.value()).isEqualByComparingTo(BigDecimal.valueOf(hours));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1 March 2026     | 2026-03-01",
            "March 1, 2026    | 2026-03-01",
            "1st March 2026   | 2026-03-01",
            "29 February 2028 | 2028-02-29",
            "31 Dec 2026      | 2026-12-31",
            "2026-03-01       | 2026-03-01",
    })
    void datesAreReadInBritishAndAmericanOrder(String text, String date) {
        TermReading.Reading reading = TermReading.read("overview.effectiveDate", text);

        assertThat(reading.problem()).isNull();
        assertThat(reading.value()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "services[0].levels[0].targetPercent | ninety-nine point nine | it is not a percentage, such as 99.9%",
            "services[0].levels[0].targetPercent | 100.5%                 | a percentage is between 0% and 100%",
            "services[0].levels[0].targetPercent | 99.9% or better        | it is not a percentage, such as 99.9%",
            "services[0].monthlyFee              | two thousand euros     | it is not an amount of money, such as EUR 2,500.00",
            "services[0].monthlyFee              | XYZ 2,000              | XYZ is not a currency code, such as EUR or GBP",
            "services[0].monthlyFee              | EUR 2,000 GBP          | it is not an amount of money, such as EUR 2,500.00",
            "metrics[0].priorityTargets[0].within | promptly              | it is not a length of time, such as 4 hours or 30 minutes",
            "metrics[0].priorityTargets[0].within | 4 hours or so         | it is not a length of time, such as 4 hours or 30 minutes",
            "overview.effectiveDate              | 30 February 2026       | it is not a date, such as 1 March 2026",
            "creditRegime.monthlyCapDays         | a few                  | it is not a number, such as 3 or three",
            "windows[0].maintenance[0].noticeHours | a week's             | it is not a notice period, such as 3 days' or 48 hours'",
    })
    void textThatIsNotAFigureIsNamedNotGuessed(String path, String text, String problem) {
        assertThat(TermReading.read(path, text).problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"parties[0].legalName", "clauses[3].text#2", "overview.governingLaw", "services[1].description"})
    void wordsAreReadAsTheyStand(String path) {
        assertThat(TermReading.read(path, "  Contoso Retail plc ").value()).isEqualTo("Contoso Retail plc");
        assertThat(TermReading.read(path, " ").problem()).isEqualTo("it is empty");
    }
}
