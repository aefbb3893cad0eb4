package org.slastudio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.slastudio.store.Draft;

/** An OpenSLO export read back as YAML trees, numbers as exact decimals, for tests to check. */
public record OpenSloDocuments(String yaml, List<JsonNode> documents) {
    private static final YAMLMapper READER = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public static OpenSloDocuments read(String yaml) {
        return new OpenSloDocuments(yaml, READER.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll());
    }

    static OpenSloDocuments export(Draft draft, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OpenSloExport.of(draft, today).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(out.toString(StandardCharsets.UTF_8));
    }

    public List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asString())).toList();
    }

    public List<JsonNode> slos() {
        return ofKind("SLO");
    }

    public JsonNode slo(String name) {
        return slos().stream().filter(d -> name.equals(d.path("metadata").path("name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no SLO named " + name + " in\n" + yaml));
    }

    /** The SLO whose annotations place it at this term of the draft, e.g. services[0].levels[1].targetPercent. */
    public JsonNode sloOfTerm(String term) {
        return slos().stream().filter(d -> term.equals(d.path("metadata").path("annotations").path("sla-studio/term").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no SLO of " + term + " in\n" + yaml));
    }

    public static JsonNode objective(JsonNode slo) {
        return slo.path("spec").path("objectives").path(0);
    }

    public static JsonNode timeWindow(JsonNode slo) {
        return slo.path("spec").path("timeWindow").path(0);
    }
}
