package org.slastudio.review;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.slastudio.clauses.ClockTime;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/** Response and resolution times are promised per priority, and a less urgent priority never gets a faster target. */
final class PriorityTargets implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m == null || (m.kind() != MetricKind.RESPONSE_TIME && m.kind() != MetricKind.RESOLUTION_TIME)) {
                continue;
            }
            String name = "Metric " + Describe.label(m, i);
            if (m.priorityTargets().stream().allMatch(p -> p == null)) {
                out.error(Paths.metric(i) + ".priorityTargets", name + " has no targets by priority.",
                        "Enter a time for each priority, e.g. P1 within 15 minutes.");
                continue;
            }
            Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
            for (int k = 0; k < m.priorityTargets().size(); k++) {
                PriorityTarget p = m.priorityTargets().get(k);
                if (p == null) {
                    continue;
                }
                String path = Paths.priorityTarget(i, k);
                if (p.priority() == null) {
                    out.error(path + ".priority", name + ", target " + (k + 1) + " is for no priority.", "Choose P1 to P4.");
                } else if (byPriority.putIfAbsent(p.priority(), k) != null) {
                    out.error(path + ".priority", name + " has two targets for " + p.priority() + ".", "Keep one target per priority.");
                }
                if (p.dueBy() != null) {
                    businessDay(a, m, i, name, p, k, out);
                } else if (p.within() == null) {
                    out.error(path + ".within", name + ", " + which(p, k) + " has no time.", "Enter the time, e.g. 4 hours.");
                } else if (p.within().isNegative() || p.within().isZero()) {
                    out.error(path + ".within", name + ", " + which(p, k) + ": " + Describe.duration(p.within(), m) + " cannot be met.",
                            "Enter a time longer than zero.");
                }
            }
            ordered(m, i, name, byPriority, out);
        }
    }

    /** A business-day target needs business hours to end, and makes the time beside it idle. */
    private static void businessDay(Agreement a, Metric m, int i, String name, PriorityTarget p, int k, Findings out) {
        String path = Paths.priorityTarget(i, k);
        String what = name + ", " + which(p, k);
        if (p.within() != null) {
            out.warning(path + ".within", what + " is due by the end of a business day, so its time of "
                            + Describe.duration(p.within(), m) + " has no effect.",
                    "Remove the time, or remove the business-day target to use the time.");
        }
        if (Describe.blank(m.clockWindowId())) {
            out.error(path + ".dueBy", what + " is due by the end of a business day, but the metric's clock runs 24x7 "
                    + "and has no business days.", "Choose the window of the business hours the clock runs in.");
            return;
        }
        a.window(m.clockWindowId()).filter(w -> w.isTwentyFourSeven() && w.holidays().isEmpty()).ifPresent(w ->
                out.warning(path + ".dueBy", what + " is due by the end of a business day, but window "
                                + Describe.label(w, a.windows().indexOf(w)) + " is open around the clock: every day is a "
                                + "business day that ends at midnight.",
                        "Choose a window with business hours, or give a time."));
    }

    private static void ordered(Metric m, int i, String name, Map<Priority, Integer> byPriority, Findings out) {
        PriorityTarget slowest = null;
        for (int k : byPriority.values()) {
            PriorityTarget p = m.priorityTargets().get(k);
            if (p.dueBy() != null || !positive(p.within())) {
                continue;
            }
            if (slowest != null && p.within().compareTo(slowest.within()) < 0) {
                out.warning(Paths.priorityTarget(i, k) + ".within", name + ": " + p.priority() + " must be met within "
                                + Describe.duration(p.within(), m) + ", sooner than " + slowest.priority() + " (" + Describe.duration(slowest.within(), m)
                                + "): a less urgent incident gets a faster target.",
                        "Give " + p.priority() + " at least " + Describe.duration(slowest.within(), m) + ", or shorten the more urgent target.");
            }
            if (slowest == null || p.within().compareTo(slowest.within()) > 0) {
                slowest = p;
            }
        }
        PriorityTarget latestDay = null;
        for (int k : byPriority.values()) {
            PriorityTarget p = m.priorityTargets().get(k);
            if (p.dueBy() == null) {
                continue;
            }
            if (latestDay != null && p.dueBy().compareTo(latestDay.dueBy()) < 0) {
                out.warning(Paths.priorityTarget(i, k) + ".dueBy", name + ": " + p.priority() + " is due by "
                                + ClockTime.inWords(p.dueBy()) + ", sooner than " + latestDay.priority() + " (" + ClockTime.inWords(latestDay.dueBy())
                                + "): a less urgent incident gets a faster target.",
                        "Give " + p.priority() + " " + ClockTime.inWords(latestDay.dueBy()) + ", or shorten the more urgent target.");
            }
            if (latestDay == null || p.dueBy().compareTo(latestDay.dueBy()) > 0) {
                latestDay = p;
            }
        }
    }

    private static String which(PriorityTarget p, int k) {
        return p.priority() == null ? "target " + (k + 1) : p.priority().toString();
    }

    static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
