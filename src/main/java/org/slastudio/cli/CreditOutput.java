package org.slastudio.cli;

import java.io.PrintWriter;
import java.util.List;
import org.slastudio.engine.Outage;
import org.slastudio.engine.PlannedWork;
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
}
