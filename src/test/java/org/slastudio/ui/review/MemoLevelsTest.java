package org.slastudio.ui.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.export.MemoOption;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.ui.start.ExampleAgreement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemoLevelsTest {

    /** The example's web shop at {@code target}, with the saved candidate levels given (blank: the simulator's). */
    private static Agreement at(String target, String candidates) {
        Agreement a = ExampleAgreement.managedHosting();
        Service web = a.services().get(0);
        List<ServiceLevel> levels = List.of(web.levels().get(0).withTarget(new BigDecimal(target)), web.levels().get(1));
        a = a.withServices(List.of(web.withLevels(levels), a.services().get(1)));
        if (candidates.isBlank()) {
            return a;
        }
        List<BigDecimal> saved = Arrays.stream(candidates.split(" ")).map(BigDecimal::new).toList();
        return a.withSimulationAssumptions(new SimulationAssumptions(saved, null, null, List.of(), null, null));
    }

    @ParameterizedTest(name = "drafted {0}, candidates [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "99.95 |                      | 99.9, 99.95, 99.99",
            // On the lowest and highest candidate: one step up, or one down.
            "99.0  |                      | 99.0, 99.5",
            "99.99 |                      | 99.95, 99.99",
            // Between two candidates: the drafted level and both neighbours.
            "99.7  |                      | 99.5, 99.7, 99.9",
            // Below every candidate, and above.
            "98    |                      | 98, 99.0",
            "99.999|                      | 99.99, 99.999",
            "99.8  | 99.5 99.8 99.95      | 99.5, 99.8, 99.95",
            // Saved candidates that leave no neighbour: the simulator's own fill in.
            "99.8  | 99.8                 | 99.5, 99.8, 99.9",
    })
    void theSuggestedLevelsAreTheDraftedOneWithACandidateEitherSide(String target, String candidates, String expected) {
        assertThat(MemoLevels.suggested(at(target.strip(), candidates == null ? "" : candidates.strip()))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "99.9, 99.95       | 99.9%, 99.95%",
            "99.99,99.9        | 99.99%, 99.9%",
            "99.5% 99.9% 99.95 | 99.5%, 99.9%, 99.95%",
            "99; 99.5;99.9;99.99| 99%, 99.5%, 99.9%, 99.99%",
    })
    void eachLevelTypedBecomesAnOptionInTheOrderTyped(String typed, String names) {
        List<MemoOption> options = MemoLevels.options(ExampleAgreement.managedHosting(), typed);

        assertThat(options).extracting(MemoOption::name).containsExactly(names.strip().split(", "));
        assertThat(options.get(0).agreement().services().get(0).levels().get(0).targetPercent())
                .isEqualByComparingTo(names.strip().split("%")[0]);
    }
}
