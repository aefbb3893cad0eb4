package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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

    /** The figure is written without DecimalFormat; it must read exactly as DecimalFormat "#,##0" writes it. */
    @Test
    void theFigureReadsAsDecimalFormatWritesItInEveryLocaleWeOffer() {
        List<Locale> locales = List.of(Locale.UK, Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("de", "CH"),
                new Locale("sv", "SE"), new Locale("nl", "NL"), new Locale("pt", "BR"), new Locale("hi", "IN"),
                new Locale("ar", "EG"), Locale.JAPAN, new Locale("fa", "IR"));
        List<String> amounts = List.of("0", "7", "999.99", "1000", "-2540.82", "18500", "1234567.891", "-0.5",
                "44400000000.00", "12.3400");
        for (Locale locale : locales) {
            for (String code : List.of("EUR", "JPY", "BHD")) {
                for (String a : amounts) {
                    BigDecimal amount = new BigDecimal(a);
                    Currency currency = Currency.getInstance(code);
                    int scale = Math.max(currency.getDefaultFractionDigits(), amount.stripTrailingZeros().scale());
                    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
                    format.setMinimumFractionDigits(scale);
                    format.setMaximumFractionDigits(scale);
                    assertThat(Money.figure(amount, currency, locale)).as(a + " " + code + " in " + locale)
                            .isEqualTo(format.format(amount.setScale(scale)));
                }
            }
        }
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
