package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.slastudio.export.OpenSloObjective.Counting;
import org.slastudio.export.OpenSloObjective.Indicator;
import org.slastudio.export.OpenSloObjective.ServiceEntry;
import org.slastudio.store.Draft;

/**
 * The agreed objectives as OpenSLO v1, for the engineers who monitor them: one multi-document YAML stream with a
 * {@code Service} document for each service named, then an {@code SLO} for each service level and for each metric
 * OpenSLO can state (see {@link OpenSloChoices} and {@link OpenSloMetrics} for how terms map). Every SLO carries its
 * indicator inline, with placeholder metric sources the engineers replace with their monitoring's queries.
 */
public final class OpenSloExport {
    public static final String API_VERSION = "openslo/v1";
    /** The metric source type of every placeholder: no monitoring tool knows it, so none runs an SLO unfilled. */
    public static final String PLACEHOLDER_TYPE = "Placeholder";
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .stringQuotingChecker(new DigitsQuoted())
                    .build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final OpenSloPlan plan;
    private final String fingerprint;

    private OpenSloExport(OpenSloPlan plan, String fingerprint) {
        this.plan = plan;
        this.fingerprint = fingerprint;
    }

    /** @param today the day whose periods stand in while the draft has no effective date */
    public static OpenSloExport of(Draft draft, LocalDate today) {
        String fingerprint = Fingerprint.shortOf(draft);
        return new OpenSloExport(OpenSloPlan.of(draft.agreement(), fingerprint, today), fingerprint);
    }

    public int sloCount() {
        return plan.objectives.size();
    }

    public int serviceCount() {
        return plan.services().size();
    }

    /** One line for each objective OpenSLO cannot state: where it is in the draft, what it is, and why. */
    public List<String> leftOut() {
        return List.copyOf(plan.leftOut);
    }

    /** The short fingerprint of the draft, as printed on the agreement's pages and in every SLO's annotations. */
    public String fingerprint() {
        return fingerprint;
    }

    public void writeTo(OutputStream out) throws IOException {
        try (SequenceWriter documents = YAML.writer().writeValues(out)) {
            for (ServiceEntry s : plan.services()) {
                documents.write(service(s));
            }
            for (OpenSloObjective o : plan.objectives) {
                documents.write(slo(o));
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getOriginalMessage(), e);
        }
        out.flush();
    }

    private static ObjectNode document(String kind, String name, String displayName) {
        ObjectNode d = YAML.createObjectNode();
        d.put("apiVersion", API_VERSION);
        d.put("kind", kind);
        ObjectNode metadata = d.putObject("metadata");
        metadata.put("name", name);
        metadata.put("displayName", displayName);
        return d;
    }

    private static ObjectNode service(ServiceEntry s) {
        ObjectNode d = document("Service", s.name(), s.displayName());
        ObjectNode spec = d.putObject("spec");
        if (s.description() != null) {
            spec.put("description", s.description());
        }
        return d;
    }

    private static ObjectNode slo(OpenSloObjective o) {
        ObjectNode d = document("SLO", o.name(), o.displayName());
        ObjectNode annotations = ((ObjectNode) d.get("metadata")).putObject("annotations");
        o.annotations().forEach(annotations::put);
        ObjectNode spec = d.putObject("spec");
        spec.put("description", o.description());
        spec.put("service", o.service());
        indicator(spec.putObject("indicator"), o.indicator());
        ObjectNode window = spec.putArray("timeWindow").addObject();
        window.put("duration", o.timeWindow().duration());
        window.put("isRolling", false);
        ObjectNode calendar = window.putObject("calendar");
        calendar.put("startTime", START_TIME.format(o.timeWindow().startTime()));
        calendar.put("timeZone", o.timeWindow().timeZone());
        spec.put("budgetingMethod", o.budgeting().method().name());
        ArrayNode objectives = spec.putArray("objectives");
        ObjectNode objective = objectives.addObject();
        objective.put("displayName", OpenSloNames.display(o.objectiveName()));
        if (o.thresholdValue() != null) {
            objective.put("op", "lte");
            objective.put("value", o.thresholdValue());
        }
        objective.put("target", o.target());
        if (o.budgeting().timeSliceTarget() != null) {
            objective.put("timeSliceTarget", o.budgeting().timeSliceTarget());
        }
        if (o.budgeting().timeSliceWindow() != null) {
            objective.put("timeSliceWindow", o.budgeting().timeSliceWindow());
        }
        return d;
    }

    private static void indicator(ObjectNode node, Indicator i) {
        ObjectNode metadata = node.putObject("metadata");
        metadata.put("name", i.name());
        metadata.put("displayName", i.displayName());
        ObjectNode spec = node.putObject("spec");
        spec.put("description", i.description());
        if (i.counting() == Counting.THRESHOLD) {
            placeholder(spec.putObject("thresholdMetric"), i.measured());
            return;
        }
        ObjectNode ratio = spec.putObject("ratioMetric");
        ratio.put("counter", true);
        placeholder(ratio.putObject(i.counting() == Counting.BAD_OVER_TOTAL ? "bad" : "good"), i.measured());
        placeholder(ratio.putObject("total"), i.total());
    }

    private static void placeholder(ObjectNode metric, String query) {
        ObjectNode source = metric.putObject("metricSource");
        source.put("type", PLACEHOLDER_TYPE);
        source.putObject("spec").put("query", query);
    }

    /**
     * Quotes every string that starts with a digit, beside those YAML itself needs quoted: a YAML 1.1 reader (PyYAML,
     * Go's yaml.v2) takes {@code 2026-01-01 00:00:00} for a timestamp and {@code 1:30} for a number, and the spec
     * wants strings.
     */
    private static final class DigitsQuoted extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !value.isEmpty() && Character.isDigit(value.charAt(0));
        }
    }
}
