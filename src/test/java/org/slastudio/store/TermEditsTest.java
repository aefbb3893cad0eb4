package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Money;

/** Term values put in at their place in the draft file, and the draft read again as a file. */
class TermEditsTest {
    static Draft example() {
        return DraftStore.load(Path.of("templates/example-cloud-hosting.sla.json")).draft();
    }

    @Test
    void eachValueLandsAtItsPlaceAndNothingElseChanges() {
        Draft base = example();
        LoadResult result = TermEdits.apply(base, Map.of(
                "services[0].levels[0].targetPercent", new BigDecimal("99.9"),
                "services[1].monthlyFee", new Money(new BigDecimal("4400.00"), null),
                "overview.effectiveDate", LocalDate.of(2026, 3, 1),
                "metrics[1].priorityTargets[0].within", Duration.ofMinutes(20),
                "parties[1].legalName", "Contoso Retail plc"));

        assertThat(result.problems()).isEmpty();
        Agreement edited = result.draft().agreement();
        Agreement was = base.agreement();
        assertThat(edited.services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.9");
        assertThat(edited.services().get(1).monthlyFee()).isEqualTo(new Money(new BigDecimal("4400.00"),
                was.services().get(1).monthlyFee().currency()));
        assertThat(edited.overview().effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(edited.metrics().get(1).priorityTargets().get(0).within()).isEqualTo(Duration.ofMinutes(20));
        assertThat(edited.parties().get(1).legalName()).isEqualTo("Contoso Retail plc");
        assertThat(edited.services().get(2)).isEqualTo(was.services().get(2));
        assertThat(edited.creditRegime()).isEqualTo(was.creditRegime());
        assertThat(edited.clauses()).isEqualTo(was.clauses());
    }

    @Test
    void aPlaceTheDraftDoesNotHaveIsNamed() {
        LoadResult result = TermEdits.apply(example(), Map.of("services[7].name", "Backup"));

        assertThat(result.draft()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services[7].name");
            assertThat(p.message()).isEqualTo("the draft has no entry services[7] at services[7].name");
        });
    }

    @Test
    void aValueTheDraftCannotHoldIsReportedAsTheFileWouldBe() {
        LoadResult result = TermEdits.apply(example(), Map.of("services[0].levels[0].targetPercent", new BigDecimal("99.9"),
                "overview.currency", "EURO"));

        assertThat(result.problems()).anySatisfy(p -> assertThat(p.path()).contains("currency"));
    }
}
