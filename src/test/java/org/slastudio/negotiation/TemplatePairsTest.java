package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

/** Every shipped template against every other, and against a blank draft: real agreements that differ in everything. */
class TemplatePairsTest {

    static List<Arguments> pairs() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        List<Agreement> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Template t : catalogue.templates()) {
            drafts.add(catalogue.load(t).draft().agreement());
            names.add(t.name());
        }
        drafts.add(Agreement.blank());
        names.add("blank");
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (int j = 0; j < drafts.size(); j++) {
                pairs.add(Arguments.of(names.get(i) + " -> " + names.get(j), drafts.get(i), drafts.get(j)));
            }
        }
        return pairs;
    }

    private static Map<Change, Decision> all(List<Change> changes, Decision decision) {
        Map<Change, Decision> decisions = new HashMap<>();
        changes.forEach(c -> decisions.put(c, decision));
        return decisions;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void acceptingEveryChangeGivesTheirsAndRejectingEveryChangeGivesOurs(String name, Agreement ours, Agreement theirs) {
        List<Change> changes = DraftDiff.between(ours, theirs);

        assertThat(changes.isEmpty()).isEqualTo(ours.equals(theirs));
        assertThat(changes).allSatisfy(c -> assertThat(c.description()).isNotBlank().doesNotContain("null"));
        // What is internal to our side stays ours: the positions, and the simulator's assumptions and dependencies.
        assertThat(NextRound.build(ours, theirs, all(changes, Decision.ACCEPT)))
                .isEqualTo(theirs.withNegotiation(ours.negotiation()).withSimulationAssumptions(ours.simulationAssumptions()));
        assertThat(NextRound.build(ours, theirs, all(changes, Decision.REJECT))).isEqualTo(ours);
    }
}
