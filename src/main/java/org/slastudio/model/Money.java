package org.slastudio.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        // As DecimalFormat "#,##0" with the locale's symbols would write it, without building one for every amount:
        // amounts are written by the thousand in a credit's steps.
        Marks marks = MARKS.computeIfAbsent(locale, Marks::of);
        String plain = amount.setScale(scale).abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + whole / 3 + 2);
        if (amount.signum() < 0) {
            out.append(marks.minus());
        }
        char zero = marks.zero();
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(marks.grouping());
            }
            out.append((char) (zero + plain.charAt(i) - '0'));
        }
        if (point >= 0) {
            out.append(marks.decimal());
            for (int i = point + 1; i < plain.length(); i++) {
                out.append((char) (zero + plain.charAt(i) - '0'));
            }
        }
        return out.toString();
    }

    /** A locale's marks for figures, looked up once: DecimalFormatSymbols.getInstance makes a copy on every call. */
    private record Marks(String minus, char zero, char grouping, char decimal) {
        static Marks of(Locale locale) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            // Some locales mark a minus with more than one character (Arabic puts a letter mark before it).
            return new Marks(new DecimalFormat("0", symbols).getNegativePrefix(), symbols.getZeroDigit(),
                    symbols.getGroupingSeparator(), symbols.getDecimalSeparator());
        }
    }

    private static final Map<Locale, Marks> MARKS = new ConcurrentHashMap<>();

    @Override
    public String toString() {
        return (currency == null ? "" : currency.getCurrencyCode() + " ") + (amount == null ? "" : amount.toPlainString());
    }
}
