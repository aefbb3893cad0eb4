package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;

/**
 * Which planned-work records a window's rules excuse. Planned work inside a maintenance window is maintenance
 * whatever its notice; outside one, it is excused (treated as maintenance, under the window's convention) only where
 * the window's rules set a notice in Business Days and the work was announced at least that long before it started.
 * Everything else counts as downtime, and each decision says why.
 */
public final class PlannedWork {

    /** @param excused whether the record is treated as maintenance rather than downtime */
    public record Decision(Outage outage, boolean excused, Duration notice, String reason) {
    }

    /**
     * Planned work as a window saw it within a stretch of time, as a service report states the maintenance carried out.
     *
     * @param inMaintenance the time of the record within the window's maintenance windows (in its hours)
     * @param outside       the time in the window's hours outside its maintenance windows: downtime, unless excused
     * @param length        the time of the record within the stretch; what is left of it fell outside the window's hours
     */
    public record CarriedOut(Decision decision, Duration length, Duration inMaintenance, Duration outside) {

        /** What the record adds to the window's downtime before the minimum outage and merging are applied. */
        public Duration downtime() {
            return decision.excused() ? Duration.ZERO : outside;
        }
    }

    private PlannedWork() {
    }

    /** A decision for each planned record, in the order given; unplanned records are not listed. */
    public static List<Decision> decide(AvailabilityWindow window, Supplier<BusinessDays> calendar, Collection<Outage> outages) {
        Integer required = window.maintenanceRules().plannedWorkNoticeBusinessDays();
        String treatment = window.maintenanceRules().conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE
                ? "counted as available time" : "left out of the measured time";
        List<Decision> decisions = new ArrayList<>();
        for (Outage o : outages) {
            if (!o.planned()) {
                continue;
            }
            if (required == null) {
                decisions.add(new Decision(o, false, null, "planned work outside the maintenance windows is downtime:"
                        + " window \"" + window.id() + "\" sets no notice that excuses it (only its maintenance windows are excluded)"));
            } else if (o.announcedAt() == null) {
                decisions.add(new Decision(o, false, null, "planned work with no announcement time (column announced):"
                        + " counted as downtime outside the maintenance windows"));
            } else {
                BusinessDays businessDays = calendar.get();
                Duration notice = businessDays.between(o.announcedAt(), o.start());
                boolean met = businessDays.noticeMet(o.announcedAt(), o.start(), required);
                String given = "announced " + o.announcedAt() + ", " + BusinessDays.describe(notice) + " before it started";
                decisions.add(new Decision(o, met, notice, met
                        ? given + " (at least " + required + " needed): excused, " + treatment
                        : given + ", less than the " + required + " Business Days needed: counted as downtime outside the"
                                + " maintenance windows"));
            }
        }
        return decisions;
    }

    /**
     * The planned records that overlap [from, to), in the order given, each cut to it and laid on the window's hours
     * and maintenance windows there.
     */
    public static List<CarriedOut> carriedOut(AvailabilityWindow window, Supplier<BusinessDays> calendar,
                                              Collection<Outage> outages, Instant from, Instant to) {
        long a = from.toEpochMilli();
        long b = to.toEpochMilli();
        List<Outage> within = outages.stream().filter(o -> o.planned() && o.start().toEpochMilli() < b
                && o.end().toEpochMilli() > a).toList();
        List<CarriedOut> carried = new ArrayList<>(within.size());
        if (within.isEmpty()) {
            return carried;
        }
        WindowCalendar hours = WindowCalendar.of(window, from, to);
        for (Decision d : decide(window, calendar, within)) {
            long s = Math.max(a, d.outage().start().toEpochMilli());
            long e = Math.min(b, d.outage().end().toEpochMilli());
            carried.add(new CarriedOut(d, Duration.ofMillis(e - s),
                    Duration.ofMillis(hours.maintenanceSpans().millisWithin(s, e)),
                    Duration.ofMillis(hours.countable().millisWithin(s, e))));
        }
        return carried;
    }

    /** The time the excused records cover. */
    static Spans excusedSpans(List<Decision> decisions) {
        long[] starts = new long[decisions.size()];
        long[] ends = new long[decisions.size()];
        int n = 0;
        for (Decision d : decisions) {
            if (d.excused()) {
                starts[n] = d.outage().start().toEpochMilli();
                ends[n] = d.outage().end().toEpochMilli();
                n++;
            }
        }
        return Spans.union(starts, ends, n);
    }

    /** The records that are not excused, as given. */
    static Collection<Outage> notExcused(Collection<Outage> outages, List<Decision> decisions) {
        Set<Outage> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        decisions.stream().filter(Decision::excused).forEach(d -> gone.add(d.outage()));
        if (gone.isEmpty()) {
            return outages;
        }
        List<Outage> rest = new ArrayList<>(outages.size());
        for (Outage o : outages) {
            if (!gone.contains(o)) {
                rest.add(o);
            }
        }
        return rest;
    }
}
