package org.slastudio.engine;

import java.math.BigDecimal;
import org.slastudio.model.CreditTier;

/**
 * The credit forms published SLAs use beyond a percentage or a fixed amount: a credit proportional to the time
 * lost, and a cap of N days of fees per period. Exact; the words are the explanation's.
 */
final class CreditForms {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private CreditForms() {
    }

    /**
     * N times the fees for the downtime: multiple x fee basis x (100% - availability). This is N x downtime x the
     * hourly equivalent of the fee where an hour is valued at the fee basis over the measured hours of the period.
     */
    static BigDecimal proportional(CreditTier tier, BigDecimal basis, BigDecimal availabilityPercent) {
        BigDecimal lost = unavailable(availabilityPercent);
        return basis.multiply(tier.downtimeMultiple()).multiply(lost).movePointLeft(2);
    }

    static BigDecimal unavailable(BigDecimal availabilityPercent) {
        return HUNDRED.subtract(availabilityPercent).max(BigDecimal.ZERO).min(HUNDRED);
    }

    /**
     * The days in a period for a cap of N days of fees: its calendar days, except that a calendar month measured as
     * 30 days counts 30, as the agreement counts it.
     */
    static BigDecimal daysIn(MeasurementPeriodRange period) {
        return period.measuredAsThirtyDays() ? THIRTY : BigDecimal.valueOf(period.days());
    }

    /** N days of fees: the fee basis x N / the days in the period (cut, never rounded up, where it does not end). */
    static BigDecimal daysCap(BigDecimal basis, BigDecimal days, MeasurementPeriodRange period) {
        return Durations.divide(basis.multiply(days), daysIn(period));
    }
}
