package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * An availability metric of a service restates one of its targets (a 99.5% availability metric for a 99.5% level);
 * where it matches none of the service's levels, one of the two was changed without the other.
 */
final class MetricsFollowTargets implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m == null || m.kind() != MetricKind.AVAILABILITY || m.target() == null || m.serviceId() == null) {
                continue;
            }
            Service s = a.service(m.serviceId()).orElse(null);
            List<ServiceLevel> levels = s == null ? List.of()
                    : s.levels().stream().filter(l -> l != null && l.targetPercent() != null).toList();
            if (levels.isEmpty() || levels.stream().anyMatch(l -> l.targetPercent().compareTo(m.target()) == 0)) {
                continue;
            }
            int si = a.services().indexOf(s);
            String promised = String.join(", ", levels.stream().map(l -> l.targetPercent().toPlainString() + "% in "
                    + a.window(l.windowId()).map(w -> Describe.label(w, a.windows().indexOf(w))).orElse("'" + l.windowId() + "'"))
                    .toList());
            out.warning(Paths.metric(i) + ".target", "Metric " + Describe.label(m, i) + " measures the availability of Service "
                            + Describe.label(s, si) + " against " + m.target().toPlainString() + "%, but the service promises "
                            + promised + ": one of the two was changed without the other.",
                    "Give the metric the target of the level it reports on, " + levels.get(0).targetPercent().toPlainString()
                            + "%, or change the service's level.");
        }
    }
}
