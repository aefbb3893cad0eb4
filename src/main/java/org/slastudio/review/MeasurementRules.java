package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;

/** How downtime is counted decides every number; interval methods need their interval and threshold. */
final class MeasurementRules implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null) {
                continue;
            }
            String name = "Service " + Describe.label(s, i);
            String path = Paths.service(i) + ".measurement";
            MeasurementRule m = s.measurement();
            if (m == null) {
                if (!s.levels().isEmpty()) {
                    out.warning(path, name + " does not say how downtime is counted.",
                            "Choose a measurement method, e.g. minutes of downtime in the window.");
                }
                continue;
            }
            if (m.method() == null) {
                out.error(path + ".method", name + " has no measurement method.", "Choose time-based or one of the interval methods.");
            }
            boolean intervals = m.method() == MeasurementMethod.INTERVAL_SHARE || m.method() == MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE;
            if (intervals && (m.intervalMinutes() == null || m.intervalMinutes() < 1)) {
                out.error(path + ".intervalMinutes", name + " is measured in intervals, but their length is "
                        + (m.intervalMinutes() == null ? "not set" : m.intervalMinutes() + " minutes") + ".", "Enter the interval length, e.g. 5 minutes.");
            }
            if (m.method() == MeasurementMethod.INTERVAL_SHARE && m.errorRateThresholdPercent() == null) {
                out.error(path + ".errorRateThresholdPercent", name + " counts intervals above an error rate, but the error rate is not set.",
                        "Enter the error rate above which an interval is down, e.g. 5%.");
            }
            if (m.minimumOutageMinutes() != null && m.minimumOutageMinutes() < 0) {
                out.error(path + ".minimumOutageMinutes", name + ": a minimum outage of " + m.minimumOutageMinutes() + " minutes is negative.",
                        "Enter 0 to count every outage, or the shortest outage that counts.");
            }
        }
    }
}
