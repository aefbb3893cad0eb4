package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementRule;

/**
 * The valid and the successful requests of a service in a period, and the availability they give: successful divided
 * by total, exactly (cut at 34 digits where the decimal does not end). A period without any request is 100% available:
 * nothing was asked of the service that it failed to do.
 */
public record RequestTotals(long total, long successful) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RequestTotals {
        check(total, successful);
    }

    static void check(long total, long successful) {
        if (total < 0) {
            throw new IllegalArgumentException("total " + total + " is negative; give the number of valid requests");
        }
        if (successful < 0) {
            throw new IllegalArgumentException("successful " + successful + " is negative; give the number of successful requests");
        }
        if (successful > total) {
            throw new IllegalArgumentException("successful " + successful + " is more than total " + total
                    + "; the successful requests are some of the valid ones");
        }
    }

    public long failed() {
        return total - successful;
    }

    public BigDecimal availabilityPercent() {
        return total == 0 ? HUNDRED : Durations.divide(BigDecimal.valueOf(successful).multiply(HUNDRED), BigDecimal.valueOf(total));
    }

    /** The counts whose start falls in the window's open time in the period, added up. */
    public static RequestTotals in(AvailabilityWindow window, MeasurementRule rule, ZoneId agreementZone,
                                   MeasurementPeriodRange period, Collection<RequestCount> counts) {
        AvailabilityMeasurement.requireRequestCounts(rule);
        return within(WindowCalendar.of(window, period, AvailabilityMeasurement.periodZone(rule, agreementZone)).spans(), counts);
    }

    static RequestTotals within(Spans open, Collection<RequestCount> counts) {
        long total = 0;
        long successful = 0;
        for (RequestCount c : counts) {
            long s = c.start().toEpochMilli();
            if (open.millisWithin(s, s + 1) == 0) {
                continue;
            }
            try {
                total = Math.addExact(total, c.total());
                successful = Math.addExact(successful, c.successful());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("The requests in the period add up to more than "
                        + Long.MAX_VALUE + "; give fewer or smaller counts");
            }
        }
        return new RequestTotals(total, successful);
    }
}
