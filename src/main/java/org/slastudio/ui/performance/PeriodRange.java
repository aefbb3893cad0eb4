package org.slastudio.ui.performance;

import java.time.LocalDate;
import java.util.List;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermPeriods;
import org.slastudio.model.Agreement;

/**
 * The periods the view offers (every one begun by the as-of day, from the one holding the effective date) and those
 * it works out: the chosen range less the periods not over on the as-of day, which the command line leaves out too.
 *
 * @param from the first period chosen, or the term's first by default
 * @param to   the last chosen, or by default the last of the term so far that is over
 */
record PeriodRange(List<MeasurementPeriodRange> offered, MeasurementPeriodRange from, MeasurementPeriodRange to) {

    /** What is worked out, and what is said about it: a note on the periods left out, or why nothing can be. */
    record Worked(List<MeasurementPeriodRange> periods, String note, String problem) {
    }

    /**
     * @param from the period chosen before, kept where it is still offered
     * @throws IllegalArgumentException with a message for the user where the agreement has no term to offer
     */
    static PeriodRange offer(Agreement agreement, LocalDate asOf, MeasurementPeriodRange from, MeasurementPeriodRange to) {
        if (agreement.overview() == null || agreement.overview().effectiveDate() == null) {
            throw new IllegalArgumentException("The agreement has no effective date, and the term's periods are counted from"
                    + " it: set it in the Overview step.");
        }
        List<MeasurementPeriodRange> offered;
        List<MeasurementPeriodRange> term;
        try {
            offered = TermPeriods.begunBy(agreement, asOf);
            term = TermPeriods.termSoFar(agreement, asOf);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The periods up to " + asOf + " cannot be listed: " + e.getMessage() + ".");
        }
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("The term begins on " + agreement.overview().effectiveDate() + ", after the"
                    + " as-of day " + asOf + ": choose a later day.");
        }
        List<MeasurementPeriodRange> over = term.stream().filter(p -> TermPeriods.over(p, asOf)).toList();
        MeasurementPeriodRange first = from != null && offered.contains(from) ? from : offered.get(0);
        MeasurementPeriodRange last = to != null && offered.contains(to) ? to
                : over.isEmpty() ? offered.get(offered.size() - 1) : over.get(over.size() - 1);
        return new PeriodRange(offered, first, last);
    }

    Worked work(LocalDate asOf) {
        if (to.start().isBefore(from.start())) {
            return new Worked(List.of(), null, "The range ends (" + to.label() + ") before it begins (" + from.label()
                    + "): choose the earlier period first.");
        }
        List<MeasurementPeriodRange> chosen = TermPeriods.between(from, to);
        List<MeasurementPeriodRange> over = chosen.stream().filter(p -> TermPeriods.over(p, asOf)).toList();
        if (over.isEmpty()) {
            return new Worked(List.of(), null, "No period of the range is over on " + asOf + ", so none has been measured:"
                    + " choose a later as-of day or an earlier range.");
        }
        List<MeasurementPeriodRange> unfinished = chosen.subList(over.size(), chosen.size());
        String note = unfinished.isEmpty() ? null : (unfinished.size() == 1 ? unfinished.get(0).label() + " is"
                : unfinished.get(0).label() + " to " + unfinished.get(unfinished.size() - 1).label() + " are")
                + " not over on " + asOf + ": left out, as not yet measured.";
        return new Worked(over, note, null);
    }
}
