package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The downtime a target allows in a stretch of window time, e.g. 99.9% of a 31-day 24x7 month allows
 * 44 min 38.4 s. Exact: the window is a whole number of milliseconds and the target a decimal, so the
 * allowance is a terminating decimal of seconds.
 *
 * @param targetPercent the promised availability, e.g. 99.9
 * @param windowTime    the open time of the window in the period
 */
public record DowntimeBudget(BigDecimal targetPercent, Duration windowTime) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    public DowntimeBudget {
        Objects.requireNonNull(targetPercent, "targetPercent");
        Objects.requireNonNull(windowTime, "windowTime");
        if (targetPercent.signum() < 0 || targetPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A target is between 0 and 100%, not " + targetPercent.toPlainString() + "%");
        }
    }

    public static DowntimeBudget of(BigDecimal targetPercent, WindowCalendar calendar) {
        return new DowntimeBudget(targetPercent, calendar.openTime());
    }

    public BigDecimal windowMinutes() {
        return Durations.minutes(windowTime.toMillis());
    }

    /** The allowed downtime in seconds, exact. */
    public BigDecimal allowedSeconds() {
        BigDecimal windowSeconds = BigDecimal.valueOf(windowTime.toMillis()).movePointLeft(3);
        return windowSeconds.multiply(HUNDRED.subtract(targetPercent)).movePointLeft(2).stripTrailingZeros();
    }

    public BigDecimal allowedMinutes() {
        return Durations.divide(allowedSeconds(), SECONDS_PER_MINUTE);
    }

    /** The allowance as a Duration, to the nanosecond (beyond that it is cut). */
    public Duration allowed() {
        BigDecimal nanos = allowedSeconds().movePointRight(9).setScale(0, RoundingMode.DOWN);
        return Duration.ofNanos(nanos.longValueExact());
    }

    /** The availability that a given downtime in this window leaves, unrounded. */
    public BigDecimal availabilityFor(Duration downtime) {
        return Durations.availabilityPercent(windowTime.toMillis(), downtime.toMillis());
    }

    /**
     * "44 min 38.4 s", "1 h 3 min", "25 h 1 min": whole hours and minutes, then seconds to the millisecond. Never days:
     * in a business-hours window 25 hours of downtime are not a day and an hour.
     */
    public String describe() {
        return describe(allowedSeconds());
    }

    public static String describe(BigDecimal seconds) {
        BigDecimal rest = seconds.setScale(3, RoundingMode.HALF_UP);
        List<String> parts = new ArrayList<>();
        long[] unitSeconds = {3_600, 60};
        String[] names = {"h", "min"};
        for (int i = 0; i < unitSeconds.length; i++) {
            BigDecimal[] qr = rest.divideAndRemainder(BigDecimal.valueOf(unitSeconds[i]));
            if (qr[0].signum() > 0) {
                parts.add(qr[0].toBigInteger() + " " + names[i]);
            }
            rest = qr[1];
        }
        if (rest.signum() > 0 || parts.isEmpty()) {
            parts.add(rest.stripTrailingZeros().toPlainString() + " s");
        }
        return String.join(" ", parts);
    }
}
