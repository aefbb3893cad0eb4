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

    /** "99.884%": up to six decimals; a longer value is cut and marked with an ellipsis, so it never reads as a bound it is not. */
    public static String percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 6) {
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
        }
        return value.setScale(6, RoundingMode.DOWN).toPlainString() + "…%";
    }
}
