package org.slastudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.clauses.ClockTime;
import org.slastudio.engine.ResponseDeadline;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.monitoring.OutageCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "deadline",
        description = "When the response or resolution of a ticket is due under a metric: on a 24x7 clock, or on the "
                + "business hours, holidays and time zone of the metric's clock window; a target by the end of the same "
                + "or next business day is due at that day's close, a ticket raised outside the hours counting as "
                + "received when they next open.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:the draft has errors that stop the calculation",
                "2:the draft could not be read, or the command was used wrongly"})
final class DeadlineCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--metric", required = true, paramLabel = "ID", description = "The metric's id.")
    String metricId;

    @Option(names = "--raised", required = true, paramLabel = "TIME",
            description = "When the ticket was raised, e.g. 2024-03-08T16:30 (in the clock's time zone) or 2024-03-08T16:30Z.")
    String raisedText;

    @Option(names = "--priority", paramLabel = "PRIORITY",
            description = "The ticket's priority, ${COMPLETION-CANDIDATES}; without it, every priority the metric sets.")
    Priority priority;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--force", description = "Calculate even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Agreement agreement;
        try {
            agreement = Drafts.loadForCalculation(draft, "deadline", err, force);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        Optional<Metric> found = agreement.metric(metricId);
        if (found.isEmpty()) {
            err.printf("deadline: %s has no metric \"%s\"; its metrics are: %s%n", draft, metricId,
                    String.join(", ", Drafts.ids(agreement.metrics(), Metric::id)));
            return Cli.UNREADABLE;
        }
        Metric metric = found.get();
        List<Priority> known = metric.priorityTargets().stream()
                .filter(t -> t != null && t.priority() != null && t.isSet()).map(PriorityTarget::priority).toList();
        if (priority != null && !known.isEmpty() && !known.contains(priority)) {
            err.printf("deadline: metric \"%s\" has no target for %s; choose one of %s%n", metricId, priority,
                    String.join(", ", known.stream().map(Priority::name).toList()));
            return Cli.UNREADABLE;
        }
        ZoneId zone = ResponseDeadline.zoneFor(agreement, metric);
        Instant raised;
        List<String> warnings = new ArrayList<>();
        try {
            raised = OutageCsv.instant(raisedText, "--raised", zone, warnings::add);
        } catch (IllegalArgumentException e) {
            err.println("deadline: " + e.getMessage());
            return Cli.UNREADABLE;
        }
        if (metric.kind() != MetricKind.RESPONSE_TIME && metric.kind() != MetricKind.RESOLUTION_TIME
                && metric.priorityTargets().isEmpty()) {
            err.printf("deadline: metric \"%s\" is not a response or resolution time; choose one of: %s%n", metricId,
                    String.join(", ", agreement.metrics().stream()
                            .filter(m -> m != null && m.id() != null && !m.priorityTargets().isEmpty())
                            .map(Metric::id).toList()));
            return Cli.UNREADABLE;
        }
        List<ResponseDeadline> deadlines = new ArrayList<>();
        try {
            if (priority != null) {
                deadlines.add(ResponseDeadline.of(agreement, metric, priority, raised));
            } else {
                for (PriorityTarget target : metric.priorityTargets()) {
                    if (target != null && target.priority() != null && target.isSet()) {
                        deadlines.add(ResponseDeadline.of(agreement, metric, target.priority(), raised));
                    }
                }
                if (deadlines.isEmpty()) {
                    deadlines.add(ResponseDeadline.of(agreement, metric, null, raised));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("deadline: " + e.getMessage());
            return Cli.FINDINGS;
        }
        warnings.forEach(warning -> err.println("deadline: warning: " + warning));
        PrintWriter out = spec.commandLine().getOut();
        String what = metric.kind() == MetricKind.RESPONSE_TIME ? "response"
                : metric.kind() == MetricKind.RESOLUTION_TIME ? "resolution" : "target";
        if (format == Format.json) {
            out.println(json(metric, what, deadlines, warnings));
        } else {
            ResponseDeadline first = deadlines.get(0);
            out.printf("%s (%s), raised %s %s, clock: %s%n", metric.id(), metric.name(),
                    WHEN.format(first.raisedLocal()), first.zone(),
                    first.businessHours() ? "business hours of window " + metric.clockWindowId() : "24x7");
            for (ResponseDeadline d : deadlines) {
                out.printf("  %s %s due %s (%s)%n", d.priority(), what, WHEN.format(d.dueLocal()), d.dueBy() != null
                        ? "by " + ClockTime.inWords(d.dueBy()).replace("Business Day", "business day")
                        : "within " + ClockTime.inWords(d.within(), d.businessHours()));
            }
        }
        return Cli.OK;
    }

    private static String json(Metric metric, String what, List<ResponseDeadline> deadlines, List<String> warnings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("metric", metric.id());
        root.put("kind", what);
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(warningList::add);
        ArrayNode list = root.putArray("deadlines");
        for (ResponseDeadline d : deadlines) {
            ObjectNode node = list.addObject();
            node.put("priority", d.priority() == null ? null : d.priority().name());
            node.put("within", d.within() == null ? null : d.within().toString());
            node.put("dueBy", d.dueBy() == null ? null : d.dueBy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            node.put("businessHours", d.businessHours());
            node.put("zone", d.zone().getId());
            node.put("raised", d.raisedLocal().toOffsetDateTime().toString());
            node.put("due", d.dueLocal().toOffsetDateTime().toString());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
