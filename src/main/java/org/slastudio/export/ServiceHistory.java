package org.slastudio.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.store.Draft;

/**
 * What a service report and a claim letter are written from: the agreement and its periods worked out in order.
 *
 * @param periods the periods of the range, finished on {@code asOf}, in order
 * @param entries as {@link TermHistory#of} gives them, period by period
 * @param asOf    the day the history is read on: claim deadlines are passed or open on it
 * @param records where the records came from, e.g. the file's name, as the documents name it
 * @param leftOut services of the agreement not measured, each as a sentence saying why, e.g. "Object Storage is
 *                measured by intervals, and the records given have no columns for it"
 */
public record ServiceHistory(Draft draft, List<MeasurementPeriodRange> periods, List<TermHistory.Entry> entries,
                             LocalDate asOf, String records, List<String> leftOut) {

    public ServiceHistory {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(asOf, "asOf");
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("A service history needs at least one period");
        }
        periods = List.copyOf(periods);
        entries = List.copyOf(entries);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    public MeasurementPeriodRange first() {
        return periods.get(0);
    }

    public MeasurementPeriodRange last() {
        return periods.get(periods.size() - 1);
    }
}
