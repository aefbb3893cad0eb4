package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Metric;
import org.slastudio.model.Service;

/** A hand-edited file can leave a null in any list; every other rule skips such entries, this one reports them. */
final class EmptyEntries implements ReviewRule {
    private static final String FIX = "Fill the entry in or delete it.";

    @Override
    public void check(Agreement a, Findings out) {
        report(a.parties(), "$.parties", "Party", out);
        report(a.services(), "$.services", "Service", out);
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s != null) {
                report(s.levels(), Paths.service(i) + ".levels", "Service " + Describe.label(s, i) + ": service level", out);
            }
        }
        report(a.windows(), "$.windows", "Window", out);
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            if (w != null) {
                String name = "Window " + Describe.label(w, i);
                report(w.hours(), Paths.window(i) + ".hours", name + ": hours entry", out);
                report(w.holidays(), Paths.window(i) + ".holidays", name + ": holiday", out);
                report(w.maintenance(), Paths.window(i) + ".maintenance", name + ": maintenance window", out);
            }
        }
        CreditRegime regime = a.creditRegime();
        if (regime != null) {
            report(regime.tiers(), Paths.regime("tiers"), "Credit tier", out);
            if (regime.atRisk() != null) {
                report(regime.atRisk().allocations(), Paths.regime("atRisk.allocations"), "Pool allocation", out);
            }
        }
        report(a.metrics(), "$.metrics", "Metric", out);
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m != null) {
                report(m.priorityTargets(), Paths.metric(i) + ".priorityTargets",
                        "Metric " + Describe.label(m, i) + ": priority target", out);
            }
        }
        report(a.clauses(), "$.clauses", "Clause", out);
    }

    private static void report(List<?> list, String path, String what, Findings out) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                out.error(path + "[" + i + "]", what + " " + (i + 1) + " is empty.", FIX);
            }
        }
    }
}
