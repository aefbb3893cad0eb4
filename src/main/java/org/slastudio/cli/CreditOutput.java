package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditStep;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.engine.PlannedWork;
import org.slastudio.engine.RequestTotals;
import org.slastudio.model.Service;
import org.slastudio.monitoring.RecordKind;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code credit} says about the period it chose and the records it did not count in full: records outside the
 * period, records reaching across its ends, and each planned-work record with the reason it was excused or counted.
 */
final class CreditOutput {
    private static final int LISTED = 10;

    private CreditOutput() {
    }

    /** Printed under the service's name, before the figures. */
    static void chosen(PrintWriter out, PeriodChoice choice) {
        out.printf("Period chosen: %s%n", choice.explanation());
    }

    /** Printed after the figures: what was left out or counted in part, and why. */
    static void text(PrintWriter out, List<Outage> outside, List<Outage> across, List<CreditCommand.Result> results) {
        if (!outside.isEmpty() || !across.isEmpty() || results.stream().anyMatch(r -> !r.plannedWork().isEmpty())) {
            out.println();
        }
        if (!outside.isEmpty()) {
            out.printf("Outside the period, not counted: %d outage record%s%n", outside.size(), outside.size() == 1 ? "" : "s");
            list(out, outside);
        }
        if (!across.isEmpty()) {
            out.printf("Across the period's start or end, only the part inside counted: %d record%s%n", across.size(),
                    across.size() == 1 ? "" : "s");
            list(out, across);
        }
        for (CreditCommand.Result r : results) {
            if (!r.plannedWork().isEmpty()) {
                out.printf("Planned work in window %s:%n", r.window().id());
                for (PlannedWork.Decision d : r.plannedWork()) {
                    out.printf("  %s to %s: %s%n", d.outage().start(), d.outage().end(), d.reason());
                }
            }
        }
    }

    private static void list(PrintWriter out, List<Outage> records) {
        records.stream().limit(LISTED).forEach(o -> out.printf("  %s to %s%n", o.start(), o.end()));
        if (records.size() > LISTED) {
            out.printf("  and %d more%n", records.size() - LISTED);
        }
    }

    /** Adds the same to the JSON written by {@code credit}. */
    static String json(String written, PeriodChoice choice, List<Outage> outside, List<Outage> across,
                       List<CreditCommand.Result> results) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(written);
        ObjectNode rebuilt = mapper.createObjectNode();
        root.properties().forEach(e -> {
            rebuilt.set(e.getKey(), e.getValue());
            if (e.getKey().equals("periodEnd")) {
                rebuilt.put("periodKind", choice.period().kind().plainName());
                rebuilt.put("periodChosen", choice.explanation());
                records(rebuilt.putArray("outsidePeriod"), outside);
                records(rebuilt.putArray("acrossPeriodEnds"), across);
            }
        });
        ArrayNode levels = (ArrayNode) rebuilt.get("levels");
        for (int i = 0; i < results.size() && i < levels.size(); i++) {
            ArrayNode planned = ((ObjectNode) levels.get(i)).putArray("plannedWork");
            for (PlannedWork.Decision d : results.get(i).plannedWork()) {
                ObjectNode n = planned.addObject();
                n.put("start", d.outage().start().toString());
                n.put("end", d.outage().end().toString());
                n.put("announced", d.outage().announcedAt() == null ? null : d.outage().announcedAt().toString());
                n.put("excused", d.excused());
                n.put("reason", d.reason());
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rebuilt);
    }

    private static void records(ArrayNode array, List<Outage> records) {
        for (Outage o : records) {
            ObjectNode n = array.addObject();
            n.put("start", o.start().toString());
            n.put("end", o.end().toString());
        }
    }

    /** The period's figures, level by level: window time, downtime, availability, the credit with its steps. */
    static void figures(PrintWriter out, Service service, PeriodChoice choice, List<CreditCommand.Result> results,
                             RecordKind kind) {
        out.printf("Service %s (%s), period %s%n", service.id(), service.name(), choice.period().label());
        chosen(out, choice);
        for (CreditCommand.Result r : results) {
            AvailabilityMeasurement m = r.measurement();
            out.printf("%nWindow %s (%s), target %s%%%s%n", r.window().id(), r.window().zone(),
                    r.level().targetPercent() == null ? "?" : r.level().targetPercent().toPlainString(),
                    r.level().creditBearing() ? ", credit-bearing" : ", reported only");
            out.printf("  Window time:   %s min%n", minutes(m.windowTime().toMillis()));
            if (r.requests() != null) {
                RequestTotals q = r.requests();
                out.printf("  Requests:      %d valid, %d successful, %d failed%s%n", q.total(), q.successful(), q.failed(),
                        q.total() == 0 ? " (no requests: 100% available)" : "");
            } else if (kind == RecordKind.INTERVALS) {
                long inWindow = m.windowTime().toMinutes() / service.measurement().intervalMinutes();
                out.printf("  Downtime:      %s min (%s of %d down%s; intervals without a row count as error-free)%n",
                        minutes(m.downtime().toMillis()), count(m.countedOutages(), "interval"), inWindow,
                        m.ignoredShortOutages() == 0 ? "" : ", " + count(m.ignoredShortOutages(), "run")
                                + " of intervals shorter than the minimum left out");
            } else {
                out.printf("  Downtime:      %s min (%s counted, %d shorter than the minimum left out)%n",
                        minutes(m.downtime().toMillis()), count(m.countedOutages(), "outage"), m.ignoredShortOutages());
            }
            out.printf("  Availability:  %s%n", Amounts.percent(m.availabilityPercent()));
            CreditCalculation c = r.credit();
            if (c != null) {
                out.println("  Credit:");
                for (CreditStep step : c.steps()) {
                    out.printf("    %s%n", step.explanation());
                }
                out.printf("  Credit due:    %s%n", Amounts.money(c.credit().amount(), c.credit().currency()));
                if (r.claimBy() != null) {
                    out.printf("  Claim by:      %s%s%n", r.claimBy(), r.claimBasis() == null ? "" : " (" + r.claimBasis() + ")");
                } else if (r.claimBasis() != null) {
                    out.printf("  Claim by:      %s%n", r.claimBasis());
                }
            }
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String minutes(long millis) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(60_000), 3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The period's figures as JSON, with the warnings said. */
    static String json(Service service, MeasurementPeriodRange period, List<CreditCommand.Result> results, List<String> warnings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("service", service.id());
        root.put("period", period.label());
        root.put("periodStart", period.start().toString());
        root.put("periodEnd", period.end().toString());
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(warningList::add);
        ArrayNode levels = root.putArray("levels");
        for (CreditCommand.Result r : results) {
            ObjectNode node = levels.addObject();
            node.put("windowId", r.window().id());
            node.put("targetPercent", r.level().targetPercent());
            node.put("creditBearing", r.level().creditBearing());
            node.put("windowMillis", r.measurement().windowTime().toMillis());
            node.put("downtimeMillis", r.measurement().downtime().toMillis());
            node.put("availabilityPercent", r.measurement().availabilityPercent());
            node.put("countedOutages", r.measurement().countedOutages());
            node.put("ignoredShortOutages", r.measurement().ignoredShortOutages());
            if (r.requests() != null) {
                ObjectNode q = node.putObject("requests");
                q.put("total", r.requests().total());
                q.put("successful", r.requests().successful());
                q.put("failed", r.requests().failed());
            }
            CreditCalculation c = r.credit();
            if (c != null) {
                ObjectNode credit = node.putObject("credit");
                if (c.tier() != null) {
                    credit.put("tier", c.tier());
                } else {
                    credit.putNull("tier");
                }
                credit.put("currency", c.credit().currency().getCurrencyCode());
                credit.put("feeBasis", c.feeBasis().amount());
                credit.put("exactCredit", c.exactCredit());
                credit.put("credit", c.credit().amount());
                credit.put("claimBy", r.claimBy() == null ? null : r.claimBy().toString());
                if (r.measurement().firstCountedOutage() != null) {
                    credit.put("firstCountedOutage", r.measurement().firstCountedOutage().toString());
                }
                ArrayNode steps = credit.putArray("steps");
                for (CreditStep step : c.steps()) {
                    ObjectNode s = steps.addObject();
                    s.put("rule", step.rule());
                    s.put("explanation", step.explanation());
                    s.put("creditAfter", step.creditAfter());
                }
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
