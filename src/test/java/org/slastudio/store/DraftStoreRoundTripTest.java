package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

class DraftStoreRoundTripTest {

    @Test
    void aFullyPopulatedAgreementReadsBackEqual() {
        Agreement full = Fixtures.full();

        LoadResult result = DraftStore.read(DraftStore.write(Draft.of(full)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().agreement()).isEqualTo(full);
        assertThat(result.draft().unknownFields().isEmpty()).isTrue();
    }

    @Test
    void aBlankAgreementReadsBackEqual() {
        String json = DraftStore.write(Draft.of(Agreement.blank()));

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().agreement()).isEqualTo(Agreement.blank());
    }

    @Test
    void aBlankAgreementStillWritesEveryList() {
        String json = DraftStore.write(Draft.of(Agreement.blank()));

        assertThat(json).contains("\"parties\": []", "\"services\": []", "\"windows\": []", "\"metrics\": []",
                "\"clauses\": []");
        assertThat(json).doesNotContain("null", "creditRegime\": null");
    }

    @Test
    void anAgreementNotUnderNegotiationWritesNoNegotiationField() {
        String json = DraftStore.write(Draft.of(Fixtures.full().withNegotiation(Negotiation.none())));

        assertThat(json).doesNotContain("negotiation");
        assertThat(DraftStore.read(json).draft().agreement().negotiation()).isEqualTo(Negotiation.none());
    }

    @Test
    void theCounterpartysCopyCarriesTheRoundsButNoPositionOrWalkAwayLimit() {
        String json = DraftStore.write(Draft.of(Fixtures.full().forCounterparty()));

        assertThat(json).doesNotContain("walkAway", "fallbacks", "opening", "levels[always]")
                .contains("\"positions\": []", "\"rounds\"", "Their counter");
        assertThat(DraftStore.read(json).draft().agreement().negotiation().rounds())
                .isEqualTo(Fixtures.full().negotiation().rounds());
    }

    @Test
    void aFallbackThatIsNotANumberIsReportedAtItsPlaceAndLeftOut() {
        String json = Fixtures.fullJson().replaceFirst("99\\.90", "\"99.90\"");

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).extracting(LoadProblem::path).containsExactly("$.negotiation.positions[0].fallbacks[1]");
        assertThat(result.draft().agreement().negotiation().positions().get(0).fallbacks())
                .containsExactly(new BigDecimal("99.9"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.95", "99.0", "99.00", "2000.00", "0.001", "100", "12345678901234.5678", "99.99999999999999999"})
    void decimalsKeepTheirExactDigits(String amount) {
        Service service = Fixtures.full().services().get(0);
        Service changed = new Service(service.id(), service.name(), service.description(), service.providerId(),
                service.recipientId(), Money.of(amount, "EUR"), service.businessImportance(), service.downtimeCostPerHour(),
                List.of(new ServiceLevel("always", new BigDecimal(amount), true)), service.measurement());
        Agreement agreement = Fixtures.full().withServices(List.of(changed));

        String json = DraftStore.write(Draft.of(agreement));
        Service read = DraftStore.read(json).draft().agreement().services().get(0);

        assertThat(json).contains("\"amount\": " + amount + ",", "\"targetPercent\": " + amount + ",");
        assertThat(read.monthlyFee().amount()).isEqualTo(new BigDecimal(amount)); // equals, so the scale too
        assertThat(read.levels().get(0).targetPercent().toPlainString()).isEqualTo(amount);
    }

    @Test
    void writingTwiceGivesTheSameText() {
        String first = Fixtures.fullJson();
        String second = DraftStore.write(DraftStore.read(first).draft());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void fieldsComeInTheDocumentedOrderAndTheFileEndsWithANewline() {
        String json = Fixtures.fullJson();

        assertThat(json).startsWith("{\n  \"schemaVersion\": 2,\n  \"overview\": {\n    \"title\": ");
        assertThat(indexesOf(json, "\n  \"schemaVersion\"", "\n  \"overview\"", "\n  \"parties\"", "\n  \"services\"",
                "\n  \"windows\"", "\n  \"creditRegime\"", "\n  \"metrics\"", "\n  \"clauses\"")).isSorted();
        assertThat(indexesOf(json, "\"monthlyFee\"", "\"businessImportance\"", "\"downtimeCostPerHour\"", "\"levels\"",
                "\"measurement\"")).isSorted();
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void valuesAreSpelledAsPractitionersWriteThem() {
        String json = Fixtures.fullJson();

        assertThat(json).contains("\"type\": \"customer-based\"", "\"clockStart\": \"at-fault-report\"",
                "\"priority\": \"P1\"", "\"within\": \"PT15M\"", "\"within\": \"PT100H\"", "\"from\": \"08:00\"",
                "\"effectiveDate\": \"2026-01-01\"", "\"timeZone\": \"Europe/London\"", "\"currency\": \"EUR\"",
                "\"section\": \"service-credits\"", "\"minimumOutageBound\": \"more-than\"");
    }

    @Test
    void aRuleFromBeforeTheBoundKeepsCountingOutagesOfExactlyTheMinimumAndIsWrittenAsItCame() {
        String old = Fixtures.fullJson().replaceAll(" *\"minimumOutageBound\": \"more-than\",\n", "");
        assertThat(old).doesNotContain("minimumOutageBound");

        LoadResult result = DraftStore.read(old);

        assertThat(result.problems()).isEmpty();
        MeasurementRule rule = result.draft().agreement().services().get(0).measurement();
        assertThat(rule.minimumOutageBound()).isNull();
        assertThat(rule.bound()).isEqualTo(MinimumOutageBound.AT_LEAST);
        assertThat(rule.longEnough(5 * 60_000L)).isTrue();
        assertThat(DraftStore.write(result.draft())).isEqualTo(old);
    }

    @Test
    void requestCountsAreAMethodOfMeasurement() {
        String json = Fixtures.fullJson().replace("\"method\": \"interval-share\"", "\"method\": \"request-counts\"");

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().agreement().services().get(0).measurement().method()).isEqualTo(MeasurementMethod.REQUEST_COUNTS);
        assertThat(DraftStore.write(result.draft())).isEqualTo(json);
    }

    @Test
    void daysAreWrittenInWeekOrderWhateverOrderTheFileHad() {
        String json = Fixtures.fullJson().replace(
                "\"monday\",\n            \"tuesday\",\n            \"wednesday\",\n            \"thursday\",\n            \"friday\"",
                "\"friday\", \"monday\", \"wednesday\", \"tuesday\", \"thursday\", \"monday\"");

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(DraftStore.write(result.draft())).isEqualTo(Fixtures.fullJson());
    }

    @Test
    void theShippedTemplateIsWrittenExactlyAsSlaStudioWouldWriteIt() throws IOException {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/org/slastudio/templates/example-cloud-hosting.sla.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        LoadResult result = DraftStore.read(template);

        assertThat(result.problems()).isEmpty();
        assertThat(DraftStore.write(result.draft())).isEqualTo(template);
    }

    private static List<Integer> indexesOf(String text, String... parts) {
        List<Integer> indexes = new ArrayList<>();
        for (String part : parts) {
            assertThat(text).contains(part);
            indexes.add(text.indexOf(part));
        }
        return indexes;
    }

    @Test
    void anAbsurdNumberFromTheEditorIsWrittenSoTheFileStillLoads() {
        Agreement agreement = Fixtures.full().withServices(List.of());
        Agreement absurd = agreement.withCreditRegime(new org.slastudio.model.CreditRegime(List.of(), null,
                new BigDecimal("1e400"), new BigDecimal("1e-400"), null, null, null, null, false));

        LoadResult result = DraftStore.read(DraftStore.write(Draft.of(absurd)));

        assertThat(result.readable()).isTrue();
        assertThat(result.problems()).extracting(LoadProblem::path)
                .containsExactly("$.creditRegime.monthlyCapPercent", "$.creditRegime.rollingTwelveMonthCapPercent");
    }
}
