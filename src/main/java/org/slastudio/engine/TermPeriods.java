package org.slastudio.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;

/**
 * The measurement periods of an agreement's term, as it measures them, and which of them are over on a given day:
 * a period not over has not been measured, nor can it decide an earn-back.
 */
public final class TermPeriods {
    /** Far more than any term: a range this long is a typing mistake. */
    public static final int MOST = 600;

    private TermPeriods() {
    }

    /**
     * The period that holds {@code day}: a 30-day period counted from the effective date, or the calendar period of
     * the agreement's kind (calendar months where it names none).
     */
    public static MeasurementPeriodRange holding(Agreement agreement, LocalDate day) {
        Overview o = agreement.overview();
        MeasurementPeriod kind = o == null || o.measurementPeriod() == null ? MeasurementPeriod.CALENDAR_MONTH
                : o.measurementPeriod();
        if (kind == MeasurementPeriod.FIXED_30_DAY_MONTH && o.effectiveDate() == null) {
            throw new IllegalArgumentException("the agreement measures consecutive 30-day periods from its effective "
                    + "date, which is not set ($.overview.effectiveDate)");
        }
        return MeasurementPeriodRange.containing(kind, day, kind == MeasurementPeriod.FIXED_30_DAY_MONTH
                ? o.effectiveDate() : day);
    }

    /** From {@code first} to {@code last}, both included, in order; a range that runs backwards is empty. */
    public static List<MeasurementPeriodRange> between(MeasurementPeriodRange first, MeasurementPeriodRange last) {
        List<MeasurementPeriodRange> periods = new ArrayList<>();
        for (MeasurementPeriodRange p = first; !p.start().isAfter(last.start()); p = p.next()) {
            periods.add(p);
            if (periods.size() > MOST) {
                throw new IllegalArgumentException("the range " + first.label() + " to " + last.label() + " holds more than "
                        + MOST + " periods; give a shorter one");
            }
        }
        return periods;
    }

    /**
     * The initial term as far as it has come on {@code asOf}: from the period holding the effective date to the one
     * holding {@code asOf}, or the term's last day where that comes first; empty before the term begins.
     */
    public static List<MeasurementPeriodRange> termSoFar(Agreement agreement, LocalDate asOf) {
        LocalDate effective = effectiveDate(agreement);
        Overview o = agreement.overview();
        LocalDate end = o.term() == null || o.term().initialMonths() == null ? asOf
                : effective.plusMonths(o.term().initialMonths()).minusDays(1);
        return asOf.isBefore(effective) ? List.of()
                : between(holding(agreement, effective), holding(agreement, end.isAfter(asOf) ? asOf : end));
    }

    /**
     * Every period begun by {@code asOf}, from the one holding the effective date, renewals included: the periods
     * records can be read for. The last may not be over.
     */
    public static List<MeasurementPeriodRange> begunBy(Agreement agreement, LocalDate asOf) {
        LocalDate effective = effectiveDate(agreement);
        return asOf.isBefore(effective) ? List.of() : between(holding(agreement, effective), holding(agreement, asOf));
    }

    /** Whether {@code period} is over on {@code day}: its last day has passed. */
    public static boolean over(MeasurementPeriodRange period, LocalDate day) {
        return period.lastDay().isBefore(day);
    }

    private static LocalDate effectiveDate(Agreement agreement) {
        Overview o = agreement.overview();
        if (o == null || o.effectiveDate() == null) {
            throw new IllegalArgumentException("the term's periods are counted from the agreement's effective date, which"
                    + " is not set ($.overview.effectiveDate)");
        }
        return o.effectiveDate();
    }
}
