package org.slastudio.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
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
 * @param plannedWork the planned-work records of each service by its id, in the order they started, for the Scheduled
 *                    Maintenance carried out
 */
public record ServiceHistory(Draft draft, List<MeasurementPeriodRange> periods, List<TermHistory.Entry> entries,
                             LocalDate asOf, String records, List<String> leftOut, Map<String, List<Outage>> plannedWork) {

    public ServiceHistory {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(asOf, "asOf");
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("A service history needs at least one period");
        }
        periods = List.copyOf(periods);
        entries = List.copyOf(entries);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        plannedWork = plannedWork == null ? Map.of() : Map.copyOf(plannedWork);
    }

    /** The planned-work records among each service's records, in the order they started; a service with none is left out. */
    public static Map<String, List<Outage>> plannedWork(Map<String, TermHistory.Records> records) {
        Map<String, List<Outage>> planned = new LinkedHashMap<>();
        records.forEach((service, r) -> {
            List<Outage> work = r.outages().stream().filter(Outage::planned).sorted(Comparator.comparing(Outage::start))
                    .toList();
            if (!work.isEmpty()) {
                planned.put(service, work);
            }
        });
        return planned;
    }

    public MeasurementPeriodRange first() {
        return periods.get(0);
    }

    public MeasurementPeriodRange last() {
        return periods.get(periods.size() - 1);
    }
}
