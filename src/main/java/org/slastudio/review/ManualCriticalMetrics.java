package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.DataSource;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;

/** Credits that hang on figures compiled by hand are hard for the other side to verify. */
final class ManualCriticalMetrics implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m != null && m.dataSource() == DataSource.MANUAL && m.classification() == MetricClassification.CRITICAL) {
                out.warning(Paths.metric(i) + ".dataSource", "Metric " + Describe.label(m, i)
                                + " earns credits but is compiled by hand: the other party cannot easily verify it.",
                        "Measure it with monitoring tools, or agree how the manual figures are checked.");
            }
        }
    }
}
