package org.slastudio.clauses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.Quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantitiesTest {

    @ParameterizedTest(name = "\"{0}\" reads back as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "30 days              | 30 days",
            "1 day                | 1 day",
            "95%                  | 95%",
            "95.0 per cent        | 95.0%",
            "EUR 50               | EUR 50.00",
            "2500.00 eur          | EUR 2,500.00",
            "10 business days     | 10 Business Days",
            "1 Business Day       | 1 Business Day",
            "4 business hours     | 4 Business Hours",
            "3 measurement periods| 3 Measurement Periods",
            "12 months            | 12 months",
            "90 minutes           | 90 minutes",
            "4h                   | 4 hours",
            "2 weeks              | 2 weeks",
            "30 calendar days     | 30 days"})
    void whatADrafterTypesIsReadAndWrittenAsAClauseStatesIt(String typed, String written) {
        assertThat(Quantities.format(Quantities.parse(typed))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thirty days", "30", "30 fortnights", "EUR 50 days", "XYZ 50", ""})
    void aFigureWithoutAUnitOrANumberIsRefusedWithAnExample(String typed) {
        assertThatThrownBy(() -> Quantities.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e.g. 30 days");
    }

    @org.junit.jupiter.api.Test
    void aNegativeFigureIsRefusedSayingSo() {
        assertThatThrownBy(() -> Quantities.parse("-5 days")).hasMessageStartingWith("a figure is zero or more; enter a number");
    }

    @ParameterizedTest(name = "{0} and {1}: the same term is {2}")
    @CsvSource(delimiter = '|', value = {
            "72 hours      | 3 days           | true",
            "90 minutes    | 1.5 hours        | true",
            "2 years       | 24 months        | true",
            "10 business days | 10 days       | false",
            "4 business hours | 4 hours       | true",
            "4 business hours | 240 minutes   | true",
            "99.9%         | 99.90%           | true",
            "EUR 50        | EUR 50.00        | true",
            "EUR 50        | USD 50           | false",
            "3 measurement periods | 3 months | false"})
    void quantitiesStatingTheSameTermAreTheSameWhateverTheirUnit(String a, String b, boolean same) {
        Quantity x = Quantities.parse(a);
        Quantity y = Quantities.parse(b);

        assertThat(x.sameAs(y)).isEqualTo(same);
        assertThat(y.sameAs(x)).isEqualTo(same);
    }
}
