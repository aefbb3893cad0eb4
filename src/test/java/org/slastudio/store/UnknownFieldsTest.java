package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;

class UnknownFieldsTest {

    private static final String FULL = Fixtures.fullJson();

    /** The full fixture, as a newer version might write it: new fields at the top, in an object, in a listed one. */
    private static String newerFile() {
        return FULL
                .replace("\"schemaVersion\": 2,\n", "\"schemaVersion\": 2,\n  \"workflow\": {\n    \"round\": 2,\n"
                        + "    \"open\": [\n      \"credits\"\n    ]\n  },\n")
                .replace("\"title\": \"Managed Platform SLA\",\n", "\"title\": \"Managed Platform SLA\",\n"
                        + "    \"subtitle\": \"Schedule 4\",\n")
                .replace("\"description\": \"Kubernetes\",\n", "\"description\": \"Kubernetes\",\n"
                        + "      \"replication\": 3.50,\n");
    }

    @Test
    void unknownFieldsAreReportedAsWarningsNamingWhereTheyAre() {
        LoadResult result = DraftStore.read(newerFile());

        assertThat(result.readable()).isTrue();
        assertThat(result.problems()).extracting(LoadProblem::path)
                .containsExactlyInAnyOrder("$.workflow", "$.overview.subtitle", "$.services[0].replication");
        assertThat(result.problems()).noneMatch(LoadProblem::fatal)
                .allSatisfy(p -> assertThat(p.message()).contains("keeps it and writes it back"));
        assertThat(result.draft().agreement()).isEqualTo(Fixtures.full());
    }

    @Test
    void unknownFieldsAreWrittenBackInTheirPlace() {
        String newer = newerFile();

        String written = DraftStore.write(DraftStore.read(newer).draft());

        assertThat(written).isEqualTo(newer);
    }

    @Test
    void anEditedAgreementKeepsTheUnknownFields() {
        Draft draft = DraftStore.read(newerFile()).draft();
        Agreement edited = draft.agreement().withOverview(Agreement.blank().overview());

        String written = DraftStore.write(draft.withAgreement(edited));

        assertThat(written).contains("\"workflow\": {", "\"subtitle\": \"Schedule 4\"", "\"replication\": 3.50");
    }

    @Test
    void anUnknownFieldStaysWithItsServiceWhenAnotherServiceIsInsertedBeforeIt() {
        Draft draft = DraftStore.read(newerFile()).draft();
        Service platform = draft.agreement().services().get(0);
        Service other = new Service("other", "Other", null, null, null, null, null, null, List.of(), null);
        List<Service> services = new ArrayList<>(List.of(other, platform));

        Draft reread = DraftStore.read(DraftStore.write(draft.withAgreement(draft.agreement().withServices(services)))).draft();

        assertThat(reread.unknownFields().locations()).contains("$.services[id=platform].replication");
        assertThat(DraftStore.read(DraftStore.write(reread)).problems()).extracting(LoadProblem::path)
                .contains("$.services[1].replication");
    }

    @Test
    void unknownFieldsOfARemovedServiceGoWithIt() {
        Draft draft = DraftStore.read(newerFile()).draft();

        String written = DraftStore.write(draft.withAgreement(draft.agreement().withServices(List.of())));

        assertThat(written).doesNotContain("replication").contains("workflow");
    }

    @Test
    void aLikelyMisspellingIsPointedOut() {
        LoadResult result = DraftStore.read(FULL.replace("\"purpose\":", "\"purpse\":"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.overview.purpse");
            assertThat(p.message()).contains("If you meant \"purpose\"");
        });
        assertThat(result.draft().agreement().overview().purpose()).isNull();
    }

    @Test
    void aValueThatCouldNotBeReadStaysInTheFileWhenSaved() {
        String bad = FULL.replace("\"amount\": 2000.00", "\"amount\": \"two thousand\"")
                .replace("\"type\": \"customer-based\"", "\"type\": \"bespoke\"");
        Draft draft = DraftStore.read(bad).draft();

        assertThat(draft.agreement().services().get(0).monthlyFee().amount()).isNull();
        assertThat(draft.agreement().overview().type()).isNull();
        assertThat(DraftStore.write(draft)).isEqualTo(bad);
    }

    @Test
    void aValueEnteredAfterwardsReplacesTheOneThatCouldNotBeRead() {
        Draft draft = DraftStore.read(FULL.replace("\"2026-01-01\"", "\"first of January\"")).draft();
        Agreement fixed = draft.agreement().withOverview(Fixtures.full().overview());

        String written = DraftStore.write(draft.withAgreement(fixed));

        assertThat(written).isEqualTo(FULL);
    }

    @Test
    void hugeNumbersInUnknownFieldsAreWrittenBackInAFormThatCanBeReadAgain() {
        String newer = FULL.replace("\"schemaVersion\": 2,\n", "\"schemaVersion\": 2,\n  \"big\": 1e400,\n  \"tiny\": -1E-999,\n");

        String written = DraftStore.write(DraftStore.read(newer).draft());

        assertThat(written).contains("\"big\": 1E+400,", "\"tiny\": -1E-999,");
        assertThat(DraftStore.read(written).problems()).extracting(LoadProblem::path).containsExactlyInAnyOrder("$.big", "$.tiny");
    }
}
