package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.CompositeAvailability;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.LevelFeasibility;
import org.slastudio.engine.ServiceFeasibility;
import org.slastudio.model.Dependency;
import org.slastudio.model.Service;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What {@code composite} prints: for figures on the command line, or for the services of a draft. */
final class CompositeOutput {
    /** Figures without a draft have no calendar: they are read against a 30-day month around the clock. */
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final String THIRTY_DAY_MONTH = "a 30-day month (43,200 minutes)";
    private static final String NONE = "No service in %s has dependencies to hold its targets against. Add them under"
            + " simulationAssumptions.services[].dependencies (see docs/composite.md).";
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build()).build();

    private CompositeOutput() {
    }

    static void figuresText(PrintWriter out, Dependency tree, BigDecimal composite, BigDecimal target) {
        DowntimeBudget implied = new DowntimeBudget(composite, THIRTY_DAYS);
        out.printf("Composite availability %s of %s, failures taken as independent%n", percent(composite),
                CompositeAvailability.describe(tree));
        out.printf("Down %s of the time: %s in %s%n", percent(BigDecimal.valueOf(100).subtract(composite)),
                implied.describe(), THIRTY_DAY_MONTH);
        if (target == null) {
            return;
        }
        DowntimeBudget allowed = new DowntimeBudget(target, THIRTY_DAYS);
        BigDecimal margin = allowed.allowedSeconds().subtract(implied.allowedSeconds());
        out.printf("Target %s: %s; it allows %s in %s, the figures bring %s: %s%n", percent(target),
                verdict(composite.subtract(target)), allowed.describe(), THIRTY_DAY_MONTH, implied.describe(), spare(margin));
    }

    static String figuresJson(Dependency tree, BigDecimal composite, BigDecimal target) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("dependencies", CompositeAvailability.describe(tree));
        root.put("compositePercent", composite.stripTrailingZeros());
        DowntimeBudget implied = new DowntimeBudget(composite, THIRTY_DAYS);
        root.put("period", THIRTY_DAY_MONTH);
        root.put("impliedSeconds", implied.allowedSeconds());
        if (target != null) {
            DowntimeBudget allowed = new DowntimeBudget(target, THIRTY_DAYS);
            ObjectNode t = root.putObject("target");
            t.put("targetPercent", target);
            t.put("feasible", composite.compareTo(target) >= 0);
            t.put("marginPercentagePoints", composite.subtract(target).stripTrailingZeros());
            t.put("allowedSeconds", allowed.allowedSeconds());
            t.put("marginSeconds", allowed.allowedSeconds().subtract(implied.allowedSeconds()).stripTrailingZeros());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static void draftText(PrintWriter out, Path draft, Service only, List<ServiceFeasibility> found, AllowedDowntime downtime) {
        if (found.isEmpty()) {
            out.println(only == null ? NONE.formatted(draft) : "Service " + only.id() + " (" + only.name() + ") has no"
                    + " dependencies in " + draft + ". Add them under simulationAssumptions.services[].dependencies (see"
                    + " docs/composite.md).");
            return;
        }
        out.printf("Dependencies in %s, failures taken as independent.%n", draft);
        out.printf("Downtime %s.%n", downtime.basis());
        for (ServiceFeasibility f : found) {
            out.println();
            String service = f.service().id() + " (" + f.service().name() + ")";
            if (f.gap() != null) {
                out.printf("%s: cannot be composed%n  %s, at %s%n", service, f.gap().problem(), gapPath(f));
                continue;
            }
            out.printf("%s: dependencies compose to %s%n  %s%n", service, percent(f.composite()),
                    CompositeAvailability.describe(f.dependencies()));
            if (f.levels().isEmpty()) {
                out.println("  no level with a target to hold against it");
            }
            for (LevelFeasibility l : f.levels()) {
                out.printf("  %s, %s, target %s: %s%s%n", l.level().windowId(), l.level().creditBearing() ? "credit-bearing"
                        : "reported only", percent(l.target()), verdict(l.marginPoints()),
                        !l.feasible() && l.level().creditBearing() ? ": the provider would pay credits in an average month" : "");
                downtimeLine(out, l, downtime);
            }
        }
    }

    private static void downtimeLine(PrintWriter out, LevelFeasibility l, AllowedDowntime downtime) {
        if (l.byRequests()) {
            out.printf("    the target lets %s of requests fail, the dependencies %s%n", AllowedDowntime.failingShare(l.target()),
                    AllowedDowntime.failingShare(l.composite().stripTrailingZeros()));
            return;
        }
        Optional<DowntimeBudget> allowed = l.allowed(downtime);
        Optional<DowntimeBudget> implied = l.implied(downtime);
        Optional<BigDecimal> margin = l.marginSeconds(downtime);
        if (allowed.isEmpty() || implied.isEmpty() || margin.isEmpty()) {
            out.println("    no downtime figures: the level's window is not complete enough to lay on the calendar");
            return;
        }
        out.printf("    the target allows %s, the dependencies bring %s: %s%n", allowed.get().describe(),
                implied.get().describe(), spare(margin.get()));
    }

    static String draftJson(Path draft, Service only, List<ServiceFeasibility> found, AllowedDowntime downtime) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("draft", draft.toString());
        if (only != null) {
            root.put("service", only.id());
        }
        root.put("period", downtime.when());
        root.put("basis", downtime.basis());
        ArrayNode services = root.putArray("services");
        for (ServiceFeasibility f : found) {
            ObjectNode s = services.addObject();
            s.put("serviceId", f.service().id());
            s.put("name", f.service().name());
            s.put("dependencies", CompositeAvailability.describe(f.dependencies()));
            if (f.gap() != null) {
                s.putNull("compositePercent");
                ObjectNode gap = s.putObject("gap");
                gap.put("path", gapPath(f));
                gap.put("problem", f.gap().problem());
                continue;
            }
            s.put("compositePercent", f.composite().stripTrailingZeros());
            ArrayNode levels = s.putArray("levels");
            for (LevelFeasibility l : f.levels()) {
                ObjectNode level = levels.addObject();
                level.put("windowId", l.level().windowId());
                level.put("creditBearing", l.level().creditBearing());
                level.put("targetPercent", l.target());
                level.put("feasible", l.feasible());
                level.put("marginPercentagePoints", l.marginPoints().stripTrailingZeros());
                level.put("byRequests", l.byRequests());
                Optional<BigDecimal> margin = l.marginSeconds(downtime);
                if (margin.isPresent()) {
                    level.put("allowedSeconds", l.allowed(downtime).orElseThrow().allowedSeconds());
                    level.put("impliedSeconds", l.implied(downtime).orElseThrow().allowedSeconds());
                    level.put("marginSeconds", margin.get().stripTrailingZeros());
                }
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String gapPath(ServiceFeasibility f) {
        return "$.simulationAssumptions.services[" + f.assumptionsIndex() + "].dependencies" + f.gap().path();
    }

    /** "feasible, 0.0399750025 points to spare" or "not feasible, 0.0000249975 points short". */
    private static String verdict(BigDecimal points) {
        String size = points.abs().stripTrailingZeros().toPlainString();
        return points.signum() >= 0 ? "feasible, " + size + " points to spare" : "not feasible, " + size + " points short";
    }

    /** "17 min 16.27 s to spare" or "0.66 s short"; "nothing to spare" exactly at the target. */
    private static String spare(BigDecimal seconds) {
        if (seconds.signum() == 0) {
            return "nothing to spare";
        }
        return DowntimeBudget.describe(seconds.abs()) + (seconds.signum() > 0 ? " to spare" : " short");
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
