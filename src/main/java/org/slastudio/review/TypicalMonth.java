package org.slastudio.review;

import java.math.BigDecimal;
import java.math.MathContext;
import org.slastudio.model.AvailabilityWindow;

/**
 * Downtime a target allows in a typical month of a window, for findings that only need its size. A typical month is
 * 365.25/12 days, i.e. 36525/8400 nominal weeks; the engine knows each calendar month exactly.
 */
final class TypicalMonth {
    private TypicalMonth() {
    }

    static BigDecimal allowedDowntimeSeconds(AvailabilityWindow window, BigDecimal targetPercent) {
        BigDecimal weeklySeconds = BigDecimal.valueOf(window.nominalWeeklyMinutes() * 60);
        return weeklySeconds.multiply(Band.HUNDRED.subtract(targetPercent)).multiply(BigDecimal.valueOf(36525))
                .divide(BigDecimal.valueOf(8400 * 100), MathContext.DECIMAL64);
    }
}
