package org.slastudio.clauses;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.Quantity;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FiguresInTextTest {

    @ParameterizedTest(name = "\"{0}\" states {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "at least 99.95 per cent of each month       | 99.95   | PERCENT             | 99.95 per cent",
            "a credit of 10% of the fee                   | 10      | PERCENT             | 10%",
            "overstated by more than 0.1 percentage points| 0.1     | PERCENT             | 0.1 percentage points",
            "one hundred per cent                         | 100     | PERCENT             | one hundred per cent",
            "credits of less than EUR 50.00 are not issued| 50.00   | MONEY               | EUR 50.00",
            "fees of €18,500.00 a month                   | 18500.00| MONEY               | €18,500.00",
            "a fee of 1,200 GBP                           | 1200    | MONEY               | 1,200 GBP",
            "at least five consecutive minutes            | 5       | MINUTES             | five consecutive minutes",
            "measured in five-minute intervals            | 5       | MINUTES             | five-minute",
            "on 72 hours' written notice                  | 72      | HOURS               | 72 hours",
            "on thirty (30) days' notice                  | 30      | DAYS                | 30 days",
            "within ten Business Days after the month     | 10      | BUSINESS_DAYS       | ten Business Days",
            "within four Business Hours                   | 4       | BUSINESS_HOURS      | four Business Hours",
            "within ten working days                      | 10      | BUSINESS_DAYS       | ten working days",
            "in any rolling twelve-month period           | 12      | MONTHS              | twelve-month",
            "for an initial term of 36 months             | 36      | MONTHS              | 36 months",
            "in the three following Measurement Periods   | 3       | MEASUREMENT_PERIODS | three following Measurement Periods",
            "twenty-four hours a day                      | 24      | HOURS               | twenty-four hours",
            "between 08:00 and 18:00 UK time              | 480     | TIME_OF_DAY         | 08:00",
            "until 24:00                                  | 1440    | TIME_OF_DAY         | 24:00"})
    void aFigureIsReadWithItsUnit(String text, String amount, Quantity.Unit unit, String written) {
        List<FiguresInText.Stated> found = FiguresInText.in(text);

        assertThat(found).first().satisfies(s -> {
            assertThat(s.quantity().amount()).isEqualByComparingTo(amount);
            assertThat(s.quantity().unit()).isEqualTo(unit);
            assertThat(s.text()).isEqualTo(written);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Priority 1 (critical) to Priority 4", "Friedrichstraße 123, 10117 Berlin", "clause 3.2 applies",
            "one of the parties", "on 1 January 2026", "24x7 support", "the first 12 hex characters", "Schedule 1, part 2",
            "{{credits.monthlyCap}} of the fee", "within {{metric.incident-response.P1}} for Priority 1", "version 1.0"})
    void numbersWithoutAUnitAndWhatPlaceholdersFillAreNotFigures(String text) {
        assertThat(FiguresInText.in(text)).isEmpty();
    }

    @Test
    void everyFigureOfAClauseIsFoundInOrderOfKind() {
        String clause = "Credits are 10 per cent where availability is below {{service.k8s.target}} but at least 99.0%,"
                + " claimed within 30 days, and never less than EUR 50.00; maintenance runs from 02:00 to 04:00.";

        assertThat(FiguresInText.in(clause)).extracting(FiguresInText.Stated::text)
                .containsExactlyInAnyOrder("10 per cent", "99.0%", "30 days", "EUR 50.00", "02:00", "04:00");
    }

    @Test
    void aHundredThousandCharactersWithoutASpaceAreScannedInLinearTime() {
        String noSpaces = "9".repeat(50_000) + "x".repeat(50_000);
        String digitsAndUnits = "1-minute-".repeat(12_000);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            FiguresInText.in(noSpaces);
            assertThat(FiguresInText.in(digitsAndUnits)).hasSize(12_000);
        });
    }
}
