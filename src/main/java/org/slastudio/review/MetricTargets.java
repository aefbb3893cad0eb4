package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;

/** A single-valued metric needs a target and a direction to be met or missed. */
final class MetricTargets implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m == null || m.kind() == null || m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME) {
                continue;
            }
            String name = "Metric " + Describe.label(m, i);
            if (m.target() == null) {
                out.warning(Paths.metric(i) + ".target", name + " has no target: it can be reported but never met or missed.",
                        "Enter the target, e.g. 400 leads a month.");
            } else if (m.comparator() == null) {
                out.error(Paths.metric(i) + ".comparator", name + " does not say whether " + m.target().toPlainString()
                        + " is a minimum or a maximum.", "Choose 'at least' or 'at most'.");
            }
        }
    }
}
