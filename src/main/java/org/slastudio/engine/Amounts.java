package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.slastudio.model.Money;

/** How amounts and percentages are written in explanations; display only, never used for arithmetic. */
public final class Amounts {
    private Amounts() {
    }

    /** "EUR 2,000.00"; an exact intermediate keeps all its digits, never fewer than the currency's minor units. */
    public static String money(BigDecimal amount, Currency currency) {
        return money(amount, currency, Locale.UK);
    }

    /** As {@link Money#written}. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        return Money.written(amount, currency, locale);
    }

    /** {@link #money(BigDecimal, Currency)} of a money; without a currency yet, the figure alone; "" without an amount. */
    public static String money(Money money) {
        if (money == null || money.amount() == null) {
            return "";
        }
        return money.currency() == null ? figure(money.amount(), null) : money(money.amount(), money.currency());
    }

    /** "2,000.00": the money form without the currency code, for a table column whose heading names the currency. */
    public static String figure(BigDecimal amount, Currency currency) {
        return Money.figure(amount, currency, Locale.UK);
    }

    /** "18,500": whole currency units, for a table that compares orders of magnitude, not cents. */
    public static String wholeUnits(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact());
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
