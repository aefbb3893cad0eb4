package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.store.Draft;
import tools.jackson.databind.JsonNode;

/**
 * Property: a draft with any values missing still exports as OpenSLO (what cannot be stated is left out, with a
 * reason), and every SLO written keeps the spec's shapes: names that are DNS labels, a target below 1, one window.
 */
class OpenSloDamagedDraftsTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDraftWithValuesMissingStillExportsInTheSpecsShapes(long seed) {
        Agreement damaged = (Agreement) DamagedDraftsTest.damage(LongAgreements.of(12, 8), new Random(seed));

        OpenSloExport export = OpenSloExport.of(Draft.of(damaged), LocalDate.of(2026, 3, 15));
        OpenSloDocuments docs = OpenSloDocuments.export(Draft.of(damaged), LocalDate.of(2026, 3, 15));

        assertThat(docs.slos()).hasSize(export.sloCount());
        assertThat(export.leftOut()).allSatisfy(line -> assertThat(line).matches("(services|metrics)\\[\\d+].*: .+"));
        for (JsonNode slo : docs.slos()) {
            assertThat(slo.path("metadata").path("name").asString()).matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
            assertThat(slo.path("metadata").path("displayName").asString()).hasSizeLessThanOrEqualTo(63);
            assertThat(slo.path("spec").path("description").asString()).hasSizeLessThanOrEqualTo(1050);
            assertThat(OpenSloDocuments.objective(slo).path("target").decimalValue()).isLessThan(java.math.BigDecimal.ONE);
            assertThat(slo.path("spec").path("timeWindow").size()).isEqualTo(1);
        }
    }
}
