package org.slastudio.monitoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;

/**
 * One series of a range query, and what it says of its service. A range query evaluates at start, start + step, ...;
 * the value at t is taken to describe the step that ends at t, since a rate over the step looks back from t and
 * {@code up} at t is the latest scrape before it. An error ratio (failed / all requests, 0 to 1) is an interval
 * sample of that step at value x 100%; an up series (1 up, 0 down) makes each run of 0s one outage.
 */
record PrometheusSeries(String path, Map<String, String> labels, long[] millis, double[] values) {

    private static final int GAPS_LISTED = 5;

    /** As Prometheus shows a series: up{instance="10.0.0.5:9100", job="api"}. */
    String name() {
        String metric = labels.getOrDefault("__name__", "");
        return metric + labels.entrySet().stream().filter(e -> !e.getKey().equals("__name__"))
                .map(e -> e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining(", ", "{", "}"));
    }

    /** Maps every series, infers the step, checks every value, and only then gives the wanted services their records. */
    static void settle(Path file, List<PrometheusSeries> all, RecordRequest request, ServiceMap map, Reading into) {
        int before = into.errorCount();
        List<Map.Entry<PrometheusSeries, ServiceMap.SeriesRule>> mapped = new ArrayList<>();
        Map<String, PrometheusSeries> byService = new LinkedHashMap<>();
        for (PrometheusSeries s : all) {
            List<ServiceMap.SeriesRule> rules = map.series(s.labels());
            if (rules.isEmpty()) {
                into.warn(List.of(), file + " " + s.path() + ": series " + s.name() + " maps to no service of the draft; "
                        + (map.fromFile() ? "add its labels under \"series\" in the map file" : "map it with --map, or give"
                        + " it a service or job label that is a service's id,") + " if the agreement covers it");
                continue;
            }
            if (rules.size() > 1) {
                into.error(file + " " + s.path() + ": series " + s.name() + " matches more than one series of the map ("
                        + rules.stream().map(ServiceMap.SeriesRule::selector).collect(Collectors.joining(", "))
                        + "); make each pick its own series");
                continue;
            }
            ServiceMap.SeriesRule rule = rules.get(0);
            PrometheusSeries earlier = byService.putIfAbsent(rule.service(), s);
            if (earlier != null) {
                into.error(file + " " + s.path() + ": series " + s.name() + " and " + earlier.name() + " (" + earlier.path()
                        + ") both map to service " + rule.service() + "; a service needs one series, so aggregate them in"
                        + " the query, e.g. min by (job) (up), or sum of failed over sum of all requests");
                continue;
            }
            mapped.add(Map.entry(s, rule));
            if (request.wants(rule.service()) && request.kind() != null) {
                s.checkKind(file, rule, request, into);
            }
        }
        Long step = step(file, all, request, into);
        if (step == null || into.errorCount() > before) {
            return;
        }
        for (Map.Entry<PrometheusSeries, ServiceMap.SeriesRule> m : mapped) {
            if (request.wants(m.getValue().service())) {
                m.getKey().records(file, m.getValue().service(), kind(m.getKey(), m.getValue()), step, into);
            }
        }
        if (request.serviceId() != null && into.errorCount() == before) {
            into.touch(request.serviceId());
        }
    }

    private static ServiceMap.SeriesKind kind(PrometheusSeries s, ServiceMap.SeriesRule rule) {
        return rule.kind() != null ? rule.kind()
                : "up".equals(s.labels().get("__name__")) ? ServiceMap.SeriesKind.UP : ServiceMap.SeriesKind.ERROR_RATIO;
    }

    private void checkKind(Path file, ServiceMap.SeriesRule rule, RecordRequest request, Reading into) {
        ServiceMap.SeriesKind kind = kind(this, rule);
        boolean fits = kind == ServiceMap.SeriesKind.UP ? request.kind() == RecordKind.OUTAGES : request.kind() == RecordKind.INTERVALS;
        if (!fits) {
            into.error(file + " " + path + ": series " + name() + " is " + (kind == ServiceMap.SeriesKind.UP
                    ? "an up series (1 up, 0 down), which gives outages" : "an error ratio (0 to 1), which gives interval error rates")
                    + ", but service " + rule.service() + " is measured by " + request.measuredBy() + " and needs "
                    + request.kind().noun() + (request.kind() == RecordKind.REQUESTS ? "" : "; give the other kind of series, or"
                    + " set \"kind\" for it in the map file if it is " + (kind == ServiceMap.SeriesKind.UP ? "an error ratio" : "up")));
        }
    }

    /**
     * The step of the query: the smallest distance between consecutive times of any series, as every series of one
     * range query is evaluated on the same grid. Every other distance must be a whole number of steps.
     */
    private static Long step(Path file, List<PrometheusSeries> all, RecordRequest request, Reading into) {
        long step = Long.MAX_VALUE;
        for (PrometheusSeries s : all) {
            for (int k = 1; k < s.millis.length; k++) {
                long gap = s.millis[k] - s.millis[k - 1];
                if (gap <= 0) {
                    into.error(file + " " + s.path + ".values[" + k + "][0]: " + seconds(s.millis[k]) + " is not after the"
                            + " time before it (" + seconds(s.millis[k - 1]) + "); a range query lists each time once, in order");
                } else {
                    step = Math.min(step, gap);
                }
            }
        }
        Long interval = request.intervalMinutes() == null ? null : request.intervalMinutes() * 60_000L;
        if (step == Long.MAX_VALUE) {
            if (interval != null || all.isEmpty()) {
                return interval == null ? 60_000L : interval;
            }
            into.error(file + " $.data.result: every series has a single value, so the step between values cannot be told;"
                    + " export at least two steps of the query");
            return null;
        }
        if (interval != null && step != interval) {
            into.error(file + " $.data.result: the values are " + step / 1000 + " s apart, but " + request.who()
                    + " is measured in " + request.intervalMinutes() + "-minute intervals; run the query with step="
                    + interval / 1000 + " (" + request.intervalMinutes() + "m), so that each value is one interval");
            return null;
        }
        for (PrometheusSeries s : all) {
            for (int k = 1; k < s.millis.length; k++) {
                long gap = s.millis[k] - s.millis[k - 1];
                if (gap > 0 && gap % step != 0) {
                    into.error(file + " " + s.path + ".values[" + k + "][0]: " + seconds(s.millis[k]) + " is " + gap / 1000.0
                            + " s after the time before it, not a whole number of " + step / 1000 + " s steps; export one"
                            + " range query, not several run with different steps or starts");
                }
            }
        }
        return step;
    }

    private void records(Path file, String service, ServiceMap.SeriesKind kind, long step, Reading into) {
        boolean up = kind == ServiceMap.SeriesKind.UP;
        int noValue = 0;
        int gaps = 0;
        long missingSteps = 0;
        boolean down = false;
        long downFrom = 0;
        long downTo = 0;
        for (int k = 0; k < millis.length; k++) {
            double v = values[k];
            String at = file + " " + path + ".values[" + k + "][1]: ";
            if (k > 0 && millis[k] - millis[k - 1] > step) {
                long missing = (millis[k] - millis[k - 1]) / step - 1;
                if (gaps++ < GAPS_LISTED) {
                    into.warn(List.of(service), file + " " + path + ".values[" + k + "]: series " + name() + " has no values"
                            + " for " + missing + " step" + (missing == 1 ? "" : "s") + ", from " + Instant.ofEpochMilli(millis[k - 1])
                            + " to " + Instant.ofEpochMilli(millis[k] - step) + "; " + (up
                            ? "that time is not counted as down (no sample is not a 0)"
                            : "counted as error-free, as an interval without a value is"));
                }
                missingSteps += missing;
            }
            if (up) {
                if (v != 0 && v != 1) {
                    into.error(at + "up value " + text(v) + " is neither 0 nor 1; query up itself, or min by (job) (up) for"
                            + " several instances");
                    continue;
                }
                if (v == 0 && down && downTo == millis[k] - step) {
                    downTo = millis[k];
                } else if (v == 0) {
                    flush(service, down, downFrom, downTo, into);
                    down = true;
                    downFrom = millis[k] - step;
                    downTo = millis[k];
                }
            } else if (Double.isNaN(v)) {
                noValue++;
            } else if (v < 0 || v > 1) {
                into.error(at + "error ratio " + text(v) + " is not between 0 and 1; the series should be failed requests"
                        + " divided by all requests, e.g. \"0.0125\" for 1.25%");
            } else {
                into.sample(service, new IntervalSample(Instant.ofEpochMilli(millis[k] - step),
                        BigDecimal.valueOf(v).movePointRight(2)));
            }
        }
        if (up) {
            flush(service, down, downFrom, downTo, into);
        }
        if (gaps > GAPS_LISTED) {
            into.warn(List.of(service), file + " " + path + ": series " + name() + " has " + (gaps - GAPS_LISTED) + " more"
                    + " gaps than those listed, " + missingSteps + " steps without a value in all");
        }
        if (noValue > 0) {
            into.warn(List.of(service), file + " " + path + ": series " + name() + " has no value (NaN) for " + noValue
                    + " step" + (noValue == 1 ? "" : "s") + ", as a ratio of no requests is; counted as error-free");
        }
    }

    private static void flush(String service, boolean down, long from, long to, Reading into) {
        if (down) {
            into.outage(service, Outage.unplanned(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)));
        }
    }

    private static String text(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }
}
