package org.slastudio.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A figure as a contract states it: 95.0%, 30 days, 10 Business Days, 3 Measurement Periods, EUR 50.00, 08:00.
 * Two quantities are the same term when {@link #sameAs} says so: 72 hours is 3 days, and 4 Business Hours are 240
 * minutes of the clock the term runs on, but a Business Day is not 24 hours.
 *
 * @param currency only for {@link Unit#MONEY}
 */
public record Quantity(BigDecimal amount, Unit unit, Currency currency) {

    /** The units figures in agreements come in. */
    public enum Unit {
        PERCENT, MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS, BUSINESS_HOURS, BUSINESS_DAYS, MEASUREMENT_PERIODS, MONEY,
        /** A time of day, as minutes after midnight: 08:00 is 480. */
        TIME_OF_DAY
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit, null);
    }

    public static Quantity of(Money money) {
        return new Quantity(money.amount(), Unit.MONEY, money.currency());
    }

    /** Whether both state the same term, in whatever unit each is written. */
    public boolean sameAs(Quantity other) {
        if (other == null || amount == null || other.amount == null) {
            return false;
        }
        return scale() == other.scale() && Objects.equals(currency, other.currency)
                && normalised().compareTo(other.normalised()) == 0;
    }

    /** What a figure is measured in once its unit is set aside: lengths of time in minutes, calendar time in months. */
    public Unit scale() {
        return switch (unit) {
            case MINUTES, HOURS, DAYS, WEEKS, BUSINESS_HOURS -> Unit.MINUTES;
            case MONTHS, YEARS -> Unit.MONTHS;
            default -> unit;
        };
    }

    /** The amount on {@link #scale()}: 3 days is 4,320 minutes, 2 years 24 months, 4 Business Hours 240 minutes. */
    public BigDecimal normalised() {
        return switch (unit) {
            case HOURS, BUSINESS_HOURS -> amount.multiply(BigDecimal.valueOf(60));
            case DAYS -> amount.multiply(BigDecimal.valueOf(1_440));
            case WEEKS -> amount.multiply(BigDecimal.valueOf(10_080));
            case YEARS -> amount.multiply(BigDecimal.valueOf(12));
            default -> amount;
        };
    }
}
