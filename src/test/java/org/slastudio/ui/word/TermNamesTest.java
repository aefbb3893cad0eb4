package org.slastudio.ui.word;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.store.DraftStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A term's place in the draft named as the agreement names its services, windows, parties and clauses. */
class TermNamesTest {
    private static final Agreement EXAMPLE = DraftStore.load(Path.of("templates/example-cloud-hosting.sla.json")).draft().agreement();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            services[0].levels[0].targetPercent       | Managed Kubernetes Platform, 24x7: availability target
            services[0].monthlyFee                    | Managed Kubernetes Platform: monthly fee
            services[1].description                   | Object Storage: description
            creditRegime.tiers[0].creditPercent       | Credits, tier 1: credit
            creditRegime.tiers[1].upper.percent       | Credits, tier 2: upper bound
            creditRegime.monthlyCapPercent            | Credits: monthly credit cap
            creditRegime.earnBack.followingPeriods    | Credits, earn-back: following periods
            overview.effectiveDate                    | Effective date
            parties[0].signatory.name                 | Northwind Cloud GmbH, signatory: name
            clauses[0].text                           | clause "Relationship with the Master Services Agreement": text
            metrics[1].priorityTargets[1].within      | Incident response time, P1 and P2: P2 time
            windows[0].maintenance[0].noticeHours     | 24x7, maintenance window 1: notice
            services[9].name                          | service 10: name
            not a path!                               | not a path!
            """)
    void aTermIsNamedInTheWordsOfTheAgreement(String path, String name) {
        assertThat(TermNames.of(path, EXAMPLE)).isEqualTo(name);
    }

    @Test
    void aSentenceNamingTermsByTheirPlaceNamesThemInWordsAndLeavesTheRestAlone() {
        assertThat(TermNames.inText("the term services[1].description is no longer in its content control, e.g. removed;"
                + " creditRegime.monthlyCapPercent too", EXAMPLE)).isEqualTo("the term \"Object Storage: description\" is no"
                + " longer in its content control, e.g. removed; \"Credits: monthly credit cap\" too");
    }
}
