package org.slastudio.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Metric;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** An id used twice makes every reference to it ambiguous; so does a second target for the same window. */
final class DuplicateIds implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        report(a.parties(), Party::id, "$.parties", "Party", out);
        report(a.services(), Service::id, "$.services", "Service", out);
        report(a.windows(), AvailabilityWindow::id, "$.windows", "Window", out);
        report(a.metrics(), Metric::id, "$.metrics", "Metric", out);
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null) {
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null || Describe.blank(l.windowId())) {
                    continue;
                }
                Integer first = seen.putIfAbsent(l.windowId(), j);
                if (first != null) {
                    String window = a.window(l.windowId()).map(w -> Describe.label(w, a.windows().indexOf(w)))
                            .orElse("'" + l.windowId() + "'");
                    out.error(Paths.level(i, j) + ".windowId", "Service " + Describe.label(s, i) + " has two targets for window "
                                    + window + " (service levels " + (first + 1) + " and " + (j + 1) + ").",
                            "Keep one target per window: delete one of them or choose another window.");
                }
            }
        }
    }

    private static <T> void report(List<T> list, Function<T, String> id, String path, String what, Findings out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (item == null || Describe.blank(id.apply(item))) {
                continue;
            }
            Integer first = seen.putIfAbsent(id.apply(item), i);
            if (first != null) {
                out.error(path + "[" + i + "].id", what + " " + (i + 1) + " has the id '" + id.apply(item) + "', which "
                        + what.toLowerCase() + " " + (first + 1) + " already has.", "Give each " + what.toLowerCase() + " its own id.");
            }
        }
    }
}
