package org.slastudio.clauses;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.PriorityTarget;

/** A metric's placeholders: its name, its target and, by priority, the time and the share of incidents that must meet it. */
final class MetricPlaceholders {
    static final List<String> FORMS = List.of("metric.<id>.name", "metric.<id>.target",
            "metric.<id>.P1", "metric.<id>.P2", "metric.<id>.P3", "metric.<id>.P4",
            "metric.<id>.P1.compliance", "metric.<id>.P2.compliance", "metric.<id>.P3.compliance", "metric.<id>.P4.compliance");

    private MetricPlaceholders() {
    }

    static FilledValue resolve(String[] p, Agreement a) {
        Metric m = a.metric(p[1]).orElse(null);
        if (m == null) {
            return FilledValue.missing("the draft has no metric '" + p[1] + "'");
        }
        String who = "metric '" + p[1] + "'";
        if (p[2].equals("name")) {
            return FilledValue.of(m.name(), who + " has no name", String::valueOf);
        }
        if (p[2].equals("target")) {
            if (m.target() == null) {
                return FilledValue.missing(who + " has no target");
            }
            String unit = m.unit() == null || m.unit().isBlank() ? "" : m.unit().strip();
            return FilledValue.of(ClauseWords.number(m.target()) + (unit.isEmpty() || unit.startsWith("%") ? unit : " " + unit));
        }
        for (PriorityTarget t : m.priorityTargets()) {
            if (t != null && t.priority() != null && t.priority().name().equals(p[2])) {
                if (p.length == 4) {
                    return FilledValue.of(t.compliancePercent(), who + " asks every " + p[2] + " incident to meet its target",
                            ClauseWords::percent);
                }
                if (t.dueBy() != null) {
                    return FilledValue.of(ClockTime.inWords(t.dueBy()));
                }
                if (t.within() != null) {
                    return FilledValue.of(ClockTime.inWords(t.within(), ClockTime.businessHours(m)));
                }
            }
        }
        return FilledValue.missing(who + " has no " + p[2] + " target");
    }
}
