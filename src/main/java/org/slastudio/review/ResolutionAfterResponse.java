package org.slastudio.review;

import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.PriorityTarget;

/**
 * An incident cannot be resolved before it is responded to. Metrics are paired by service (or both for the whole
 * agreement); their clock windows are not compared.
 */
final class ResolutionAfterResponse implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int r = 0; r < a.metrics().size(); r++) {
            Metric resolution = a.metrics().get(r);
            if (resolution == null || resolution.kind() != MetricKind.RESOLUTION_TIME) {
                continue;
            }
            for (int s = 0; s < a.metrics().size(); s++) {
                Metric response = a.metrics().get(s);
                if (response != null && response.kind() == MetricKind.RESPONSE_TIME && Objects.equals(response.serviceId(), resolution.serviceId())) {
                    compare(resolution, r, response, s, out);
                }
            }
        }
    }

    private static void compare(Metric resolution, int r, Metric response, int s, Findings out) {
        for (int k = 0; k < resolution.priorityTargets().size(); k++) {
            PriorityTarget resolve = resolution.priorityTargets().get(k);
            if (resolve == null || resolve.priority() == null || resolve.dueBy() != null || !PriorityTargets.positive(resolve.within())) {
                continue;
            }
            for (PriorityTarget respond : response.priorityTargets()) {
                if (respond != null && respond.priority() == resolve.priority() && respond.dueBy() == null
                        && PriorityTargets.positive(respond.within())
                        && resolve.within().compareTo(respond.within()) < 0) {
                    out.warning(Paths.priorityTarget(r, k) + ".within", "Metric " + Describe.label(resolution, r) + ": "
                                    + resolve.priority() + " incidents must be resolved within " + Describe.duration(resolve.within(), resolution)
                                    + ", before the " + Describe.duration(respond.within(), response) + " response target of metric "
                                    + Describe.label(response, s) + ".",
                            "Give " + resolve.priority() + " resolution at least " + Describe.duration(respond.within(), response) + ".");
                }
            }
        }
    }
}
