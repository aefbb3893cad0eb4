package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Money;

class AmountsTest {

    @ParameterizedTest(name = "{0} {1} is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "18500    | EUR | EUR 18,500.00",
            "18500.00 | EUR | EUR 18,500.00",
            "999.99   | GBP | GBP 999.99",
            "1000     | GBP | GBP 1,000.00",
            "-2540.82 | EUR | EUR -2,540.82",
            "0        | CHF | CHF 0.00",
            "1234.5678 | EUR | EUR 1,234.5678",
            "250000   | JPY | JPY 250,000",
            "1E+3     | EUR | EUR 1,000.00"})
    void moneyIsTheCodeThenTheAmountWithThousandsSeparatorsAndAtLeastTheMinorUnits(String amount, String code, String written) {
        assertThat(Amounts.money(Money.of(amount, code))).isEqualTo(written);
        assertThat(Amounts.money(new BigDecimal(amount), Currency.getInstance(code))).isEqualTo(written);
    }

    @Test
    void aMoneyWithoutACurrencyYetIsTheFigureAloneAndWithoutAnAmountNothing() {
        assertThat(Amounts.money(new Money(new BigDecimal("18500"), null))).isEqualTo("18,500.00");
        assertThat(Amounts.money(new Money(null, Currency.getInstance("EUR")))).isEmpty();
        assertThat(Amounts.money((Money) null)).isEmpty();
    }

    @Test
    void theFigureIsTheMoneyWithoutItsCode() {
        assertThat(Amounts.figure(new BigDecimal("28573.25"), Currency.getInstance("EUR"))).isEqualTo("28,573.25");
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "28573.25  | 28,573",
            "28573.50  | 28,574",
            "-2540.50  | -2,541",
            "999.49    | 999",
            "0.49      | 0",
            "44400000000.00 | 44,400,000,000"})
    void wholeUnitsRoundHalfUpWithThousandsSeparators(String amount, String written) {
        assertThat(Amounts.wholeUnits(new BigDecimal(amount))).isEqualTo(written);
    }
}
