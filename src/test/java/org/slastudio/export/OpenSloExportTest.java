package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.export.OpenSloDocuments.objective;
import static org.slastudio.export.OpenSloDocuments.timeWindow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import tools.jackson.databind.JsonNode;

/** The OpenSLO export read back as YAML: every SLO says what the agreement says, in the shapes the spec asks for. */
class OpenSloExportTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String AGREEMENT_WIDE = "managed-cloud-hosting-service-level-agreement";

    static Stream<String> templates() {
        return TemplateCatalogue.builtIn().templates().stream().map(Template::name);
    }

    private static Draft template(String name) {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        return catalogue.load(catalogue.find(name).orElseThrow()).draft();
    }

    private static OpenSloDocuments example() {
        return OpenSloDocuments.export(DraftStore.load(EXAMPLE).draft(), TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // name,                                service,         target, method,      slice target, slice, threshold
            "kubernetes-24x7,                       kubernetes,      0.9995, Timeslices,  1,    1m, -",
            "object-storage-24x7,                   object-storage,  0.9995, Timeslices,  0.95, 5m, -",
            "customer-portal-business-hours,        customer-portal, 0.995,  Timeslices,  1,    1m, -",
            "customer-portal-outside-business-hours, customer-portal, 0.98,  Timeslices,  1,    1m, -",
            // response and resolution times by priority: each ticket an event within the time allowed, in seconds
            "incident-response-urgent-p1,     " + AGREEMENT_WIDE + ", 0.95, Occurrences, -, -, 900",
            "incident-response-urgent-p2,     " + AGREEMENT_WIDE + ", 0.95, Occurrences, -, -, 3600",
            "incident-response-standard-p3,   " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 14400",
            "incident-response-standard-p4,   " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 36000",
            "incident-resolution-urgent-p1,   " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 14400",
            "incident-resolution-urgent-p2,   " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 28800",
            "incident-resolution-standard-p3, " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 108000",
            "incident-resolution-standard-p4, " + AGREEMENT_WIDE + ", 0.9,  Occurrences, -, -, 360000"})
    void theExampleReadsBackAsTheAgreedObjectives(String name, String service, String target, String method,
                                                  String sliceTarget, String slice, String threshold) {
        JsonNode slo = example().slo(name);

        assertThat(slo.path("apiVersion").asString()).isEqualTo("openslo/v1");
        assertThat(slo.path("spec").path("service").asString()).isEqualTo(service);
        assertThat(objective(slo).path("target").decimalValue()).isEqualTo(new BigDecimal(target));
        assertThat(slo.path("spec").path("budgetingMethod").asString()).isEqualTo(method);
        assertThat(timeWindow(slo).path("duration").asString()).isEqualTo("1M");
        assertThat(timeWindow(slo).path("isRolling").booleanValue()).isFalse();
        assertThat(timeWindow(slo).path("calendar").path("startTime").asString()).isEqualTo("2026-01-01 00:00:00");
        assertThat(timeWindow(slo).path("calendar").path("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(objective(slo).path("timeSliceTarget").isMissingNode() ? null
                : objective(slo).path("timeSliceTarget").decimalValue().toPlainString()).isEqualTo(sliceTarget);
        assertThat(objective(slo).path("timeSliceWindow").isMissingNode() ? null
                : objective(slo).path("timeSliceWindow").asString()).isEqualTo(slice);
        assertThat(objective(slo).path("value").isMissingNode() ? null
                : objective(slo).path("value").decimalValue().toPlainString()).isEqualTo(threshold);
    }

    @Test
    void theExampleHasItsTwelveObjectivesInDraftOrderAndTheServicesTheyName() {
        OpenSloDocuments docs = example();

        assertThat(docs.slos()).extracting(d -> d.path("metadata").path("name").asString()).containsExactly(
                "kubernetes-24x7", "object-storage-24x7", "customer-portal-business-hours",
                "customer-portal-outside-business-hours", "incident-response-urgent-p1", "incident-response-urgent-p2",
                "incident-response-standard-p3", "incident-response-standard-p4", "incident-resolution-urgent-p1",
                "incident-resolution-urgent-p2", "incident-resolution-standard-p3", "incident-resolution-standard-p4");
        assertThat(docs.ofKind("Service")).extracting(d -> d.path("metadata").path("name").asString())
                .containsExactly("kubernetes", "object-storage", "customer-portal", AGREEMENT_WIDE);
        assertThat(docs.documents()).hasSize(16);
        assertThat(docs.yaml()).startsWith("---\napiVersion: openslo/v1\nkind: Service\n")
                .contains("    target: 0.9995\n").contains("    timeSliceTarget: 0.95\n")
                .contains("startTime: \"2026-01-01 00:00:00\"");
    }

    @Test
    void theExampleSaysWhatItLeavesOutAndWhy() {
        OpenSloExport export = OpenSloExport.of(DraftStore.load(EXAMPLE).draft(), TODAY);

        // the availability metric restates the Kubernetes level, exported once as kubernetes-24x7
        assertThat(export.leftOut()).containsExactly("metrics[5] (Monthly service report delivered): its target, 10"
                + " business days after the end of the month, is not a share of events or time, which is all an OpenSLO"
                + " objective states");
        assertThat(export.sloCount()).isEqualTo(12);
        assertThat(export.serviceCount()).isEqualTo(4);
    }

    @Test
    void everySloTracesBackToTheSignedVersion() {
        Draft draft = DraftStore.load(EXAMPLE).draft();
        JsonNode slo = OpenSloDocuments.export(draft, TODAY).slo("customer-portal-outside-business-hours");

        JsonNode annotations = slo.path("metadata").path("annotations");
        assertThat(annotations.path("sla-studio/agreement").asString()).isEqualTo("Managed Cloud Hosting Service Level Agreement");
        assertThat(annotations.path("sla-studio/version").asString()).isEqualTo("1.0");
        assertThat(annotations.path("sla-studio/fingerprint").asString()).isEqualTo(Fingerprint.shortOf(draft));
        assertThat(annotations.path("sla-studio/term").asString()).isEqualTo("services[2].levels[1].targetPercent");
        assertThat(annotations.path("sla-studio/credit-bearing").asString()).isEqualTo("false");
        assertThat(slo.path("metadata").path("displayName").asString()).isEqualTo("Customer Portal, Outside business hours");
        assertThat(slo.path("spec").path("description").asString())
                .contains("98.0% availability in the window Outside business hours")
                .contains("excluding the maintenance window Sunday 02:00-04:00")
                .contains("outages shorter than 5 consecutive minutes").contains("placeholders");
        JsonNode ratio = slo.path("spec").path("indicator").path("spec").path("ratioMetric");
        assertThat(ratio.path("good").path("metricSource").path("type").asString()).isEqualTo("Placeholder");
        assertThat(ratio.path("total").path("metricSource").path("spec").path("query").asString())
                .isEqualTo("all availability checks of Customer Portal in the window Outside business hours");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyServiceLevelOfEveryTemplateReadsBackWithItsTermsExact(String name) {
        Draft draft = template(name);
        Agreement a = draft.agreement();
        OpenSloDocuments docs = OpenSloDocuments.export(draft, TODAY);
        Set<String> serviceDocuments = new HashSet<>(docs.ofKind("Service").stream()
                .map(d -> d.path("metadata").path("name").asString()).toList());

        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel level = s.levels().get(j);
                JsonNode slo = docs.sloOfTerm("services[" + i + "].levels[" + j + "].targetPercent");
                assertThat(slo.path("metadata").path("name").asString())
                        .isEqualTo(OpenSloNames.label(s.id() + "-" + level.windowId(), "slo"));
                assertThat(slo.path("spec").path("service").asString()).isEqualTo(OpenSloNames.label(s.id(), "service"))
                        .isIn(serviceDocuments);
                assertThat(objective(slo).path("target").decimalValue())
                        .isEqualByComparingTo(level.targetPercent().divide(BigDecimal.valueOf(100)));
                assertThat(slo.path("spec").path("budgetingMethod").asString()).isEqualTo(method(s.measurement()));
                checkTimeWindow(slo, a, s.measurement());
            }
        }
    }

    private static String method(MeasurementRule rule) {
        return switch (rule == null ? org.slastudio.model.MeasurementMethod.TIME_BASED : rule.method()) {
            case TIME_BASED, INTERVAL_SHARE -> "Timeslices";
            case INTERVAL_AVERAGE_ERROR_RATE -> "RatioTimeslices";
            case REQUEST_COUNTS -> "Occurrences";
        };
    }

    private static void checkTimeWindow(JsonNode slo, Agreement a, MeasurementRule rule) {
        MeasurementPeriod period = a.overview().measurementPeriod();
        MeasurementPeriodRange first = MeasurementPeriodRange.containing(period, a.overview().effectiveDate(),
                a.overview().effectiveDate());
        JsonNode w = timeWindow(slo);
        assertThat(w.path("duration").asString()).isEqualTo(switch (period) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> "1M";
            case CALENDAR_QUARTER -> "1Q";
            case WEEK -> "1w";
            case FIXED_30_DAY_MONTH -> "30d";
        });
        assertThat(w.path("calendar").path("startTime").asString()).isEqualTo(first.start() + " 00:00:00");
        ZoneId zone = rule != null && rule.periodsInUtc() ? ZoneId.of("UTC") : a.overview().timeZone();
        assertThat(ZoneId.of(w.path("calendar").path("timeZone").asString()).normalized()).isEqualTo(zone.normalized());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateExportsOnlyShapesTheSpecAllows(String name) {
        OpenSloDocuments docs = OpenSloDocuments.export(template(name), TODAY);
        Set<String> services = new HashSet<>();
        Set<String> slos = new HashSet<>();

        for (JsonNode d : docs.documents()) {
            assertThat(d.path("apiVersion").asString()).isEqualTo("openslo/v1");
            assertThat(d.path("kind").asString()).isIn("Service", "SLO");
            String n = d.path("metadata").path("name").asString();
            assertThat(n).matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
            assertThat(d.path("metadata").path("displayName").asString()).isNotBlank().hasSizeLessThanOrEqualTo(63);
            assertThat(d.path("spec").path("description").asString("")).hasSizeLessThanOrEqualTo(1050);
            assertThat((d.path("kind").asString().equals("SLO") ? slos : services).add(n)).as("unique " + n).isTrue();
        }
        assertThat(docs.slos()).isNotEmpty();
        for (JsonNode slo : docs.slos()) {
            checkSlo(slo, services);
        }
    }

    private static void checkSlo(JsonNode slo, Set<String> services) {
        JsonNode spec = slo.path("spec");
        assertThat(spec.path("service").asString()).isIn(services);
        slo.path("metadata").path("annotations").propertyNames().forEach(key -> assertThat(key).startsWith("sla-studio/"));
        JsonNode indicator = spec.path("indicator");
        assertThat(indicator.path("metadata").path("name").asString()).isEqualTo(slo.path("metadata").path("name").asString());
        JsonNode ratio = indicator.path("spec").path("ratioMetric");
        JsonNode threshold = indicator.path("spec").path("thresholdMetric");
        assertThat(ratio.isMissingNode()).isNotEqualTo(threshold.isMissingNode());
        List<JsonNode> sources = ratio.isMissingNode() ? List.of(threshold)
                : List.of(ratio.has("good") ? ratio.path("good") : ratio.path("bad"), ratio.path("total"));
        assertThat(ratio.isMissingNode() || ratio.has("good") != ratio.has("bad")).isTrue();
        for (JsonNode source : sources) {
            assertThat(source.path("metricSource").path("type").asString()).isEqualTo(OpenSloExport.PLACEHOLDER_TYPE);
            assertThat(source.path("metricSource").path("spec").path("query").asString()).isNotBlank();
        }
        JsonNode w = timeWindow(slo);
        assertThat(spec.path("timeWindow").size()).isEqualTo(1);
        assertThat(w.path("duration").asString()).matches("[1-9][0-9]*[mhdwMQY]");
        assertThat(w.path("calendar").path("startTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(ZoneId.of(w.path("calendar").path("timeZone").asString())).isNotNull();
        assertThat(spec.path("objectives").size()).isEqualTo(1);
        JsonNode o = objective(slo);
        assertThat(o.path("target").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE).isLessThan(BigDecimal.ONE);
        String method = spec.path("budgetingMethod").asString();
        assertThat(method).isIn("Occurrences", "Timeslices", "RatioTimeslices");
        assertThat(o.has("timeSliceTarget")).isEqualTo(method.equals("Timeslices"));
        if (o.has("timeSliceTarget")) {
            assertThat(o.path("timeSliceTarget").decimalValue()).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.ONE);
        }
        assertThat(o.has("timeSliceWindow")).isEqualTo(!method.equals("Occurrences"));
        assertThat(o.has("op")).isEqualTo(!threshold.isMissingNode());
        if (o.has("op")) {
            assertThat(o.path("op").asString()).isEqualTo("lte");
            assertThat(o.path("value").decimalValue()).isPositive();
        }
    }

    @Test
    void writingToAStreamThatFailsIsAnIoErrorNotACrash() {
        OpenSloExport export = OpenSloExport.of(DraftStore.load(EXAMPLE).draft(), TODAY);
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.writeTo(broken))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }

    @Test
    void theStreamIsUtf8AndLeftOpenForTheCallerToClose() throws IOException {
        OpenSloExport export = OpenSloExport.of(DraftStore.load(EXAMPLE).draft(), TODAY);
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        export.writeTo(bytes);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("kind: SLO");
    }
}
