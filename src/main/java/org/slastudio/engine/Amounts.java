package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** How amounts and percentages are written in explanations; display only, never used for arithmetic. */
public final class Amounts {
    private Amounts() {
    }

    /** "EUR 2,000.00"; an exact intermediate keeps all its digits, never fewer than the currency's minor units. */
    public static String money(BigDecimal amount, Currency currency) {
        return money(amount, currency, Locale.UK);
    }

    /**
     * The one way an amount is written, on screen, on the command line and in the agreement: the currency's code, a
     * space and the amount with the locale's grouping and decimal marks ("EUR 18,500.00"; "EUR 18.500,00" in German).
     * A code rather than a symbol, since "$" alone does not say which dollar.
     */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal stripped = amount.stripTrailingZeros();
        int scale = Math.max(minor, stripped.scale());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return currency.getCurrencyCode() + " " + format.format(amount.setScale(scale));
    }

    /** "99.884%": up to six decimals; a longer value is cut and marked with an ellipsis, so it never reads as a bound it is not. */
    public static String percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 6) {
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
        }
        return value.setScale(6, RoundingMode.DOWN).toPlainString() + "…%";
    }
}
