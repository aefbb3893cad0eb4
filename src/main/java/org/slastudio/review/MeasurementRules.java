package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Service;

/**
 * How downtime is counted decides every number; interval methods need their interval and threshold. A field the
 * method does not read is reported where it stands, saying it has no effect (or how it is read), never accepted
 * silently: the parties would otherwise sign a term that changes nothing.
 */
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
                out.error(path + ".method", name + " has no measurement method.",
                        "Choose time-based, one of the interval methods or request counts.");
            }
            boolean intervals = m.method() != null && m.method().byIntervals();
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
            if (m.method() != null) {
                withoutEffect(m, name, path, out);
            }
        }
    }

    private static void withoutEffect(MeasurementRule m, String name, String path, Findings out) {
        MeasurementMethod method = m.method();
        String measured = name + " is measured " + byWhat(method);
        if (m.intervalMinutes() != null && !method.byIntervals()) {
            out.warning(path + ".intervalMinutes", measured + ", so its interval length of " + m.intervalMinutes()
                    + " minutes has no effect.", "Remove the interval length, or measure by intervals.");
        }
        if (m.errorRateThresholdPercent() != null && method != MeasurementMethod.INTERVAL_SHARE) {
            out.warning(path + ".errorRateThresholdPercent", measured + ", so its error rate threshold of "
                            + Describe.percent(m.errorRateThresholdPercent()) + " has no effect: no interval is compared with it.",
                    "Remove the threshold, or count the share of intervals above it.");
        }
        if (m.clockStart() == ClockStart.AT_FAULT_REPORT && method != MeasurementMethod.TIME_BASED) {
            out.warning(path + ".clockStart", measured + ", which counts what the measurements recorded whenever the fault"
                            + " was reported: starting the clock at the fault report has no effect.",
                    "Start the clock at the failure, or measure by time.");
        }
        boolean minimum = m.minimumOutageMinutes() != null && m.minimumOutageMinutes() > 0;
        if (minimum && !method.hasOutages()) {
            out.warning(path + ".minimumOutageMinutes", measured + ", which has no outages to leave out: a minimum outage of "
                    + m.minimumOutageMinutes() + " minutes has no effect.", "Set the minimum outage to 0.");
        }
        if (m.minimumOutageBound() != null && (!minimum || !method.hasOutages())) {
            out.warning(path + ".minimumOutageBound", name + ": whether an outage of exactly the minimum counts has no"
                            + " effect, as " + (minimum ? "the method has no outages" : "there is no minimum outage") + ".",
                    "Remove the choice, or set a minimum outage.");
        }
        if (minimum && method == MeasurementMethod.INTERVAL_SHARE && m.intervalMinutes() != null && m.intervalMinutes() > 0) {
            intervalMinimum(m, name, path + ".minimumOutageMinutes", out);
        }
    }

    /** Under interval shares the minimum is read in whole intervals: the shortest run of intervals down that counts. */
    private static void intervalMinimum(MeasurementRule m, String name, String path, Findings out) {
        int interval = m.intervalMinutes();
        int minimum = m.minimumOutageMinutes();
        int run = m.shortestCountedRun();
        String stated = (m.bound() == MinimumOutageBound.MORE_THAN ? "more than " : "at least ") + minimum + " minutes";
        if (run == 1) {
            out.warning(path, name + ": a minimum outage of " + stated + " has no effect: every interval down lasts "
                            + interval + " minutes, so each one counts.",
                    "Set the minimum outage to 0, or to a number of whole intervals, e.g. " + 3 * interval + " minutes.");
        } else if (minimum % interval != 0) {
            out.warning(path, name + ": a minimum outage of " + stated + " is not a whole number of " + interval
                            + "-minute intervals; it is read as runs of at least " + run + " consecutive intervals down ("
                            + (long) run * interval + " minutes).",
                    "Enter the minimum in whole intervals, e.g. " + (long) run * interval + " minutes.");
        }
    }

    private static String byWhat(MeasurementMethod method) {
        return switch (method) {
            case TIME_BASED -> "by time";
            case INTERVAL_SHARE -> "by the share of intervals down";
            case INTERVAL_AVERAGE_ERROR_RATE -> "by the average error rate of its intervals";
            case REQUEST_COUNTS -> "by counts of successful requests";
        };
    }
}
