package org.slastudio.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** An exact amount in a currency. */
public record Money(BigDecimal amount, Currency currency) {

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * The one way an amount is written, on screen, on the command line and in the agreement: the currency's code, a
     * space and the amount with the locale's grouping and decimal marks ("EUR 18,500.00"; "EUR 18.500,00" in German),
     * never fewer decimals than the currency's minor units and never a digit dropped. A code rather than a symbol,
     * since "$" alone does not say which dollar.
     */
    public static String written(BigDecimal amount, Currency currency, Locale locale) {
        return currency.getCurrencyCode() + " " + figure(amount, currency, locale);
    }

    /** The amount of {@link #written} without the code, "18,500.00"; two decimals at least without a currency. */
    public static String figure(BigDecimal amount, Currency currency, Locale locale) {
        int minor = currency == null ? 2 : Math.max(0, currency.getDefaultFractionDigits());
        int scale = Math.max(minor, amount.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount.setScale(scale));
    }

    @Override
    public String toString() {
        return (currency == null ? "" : currency.getCurrencyCode() + " ") + (amount == null ? "" : amount.toPlainString());
    }
}
