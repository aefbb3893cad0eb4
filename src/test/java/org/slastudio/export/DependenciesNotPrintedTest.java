package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Dependency;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.store.Draft;

/**
 * A service's upstream dependencies are the provider's own analysis: the example's Kubernetes platform has them, and
 * neither the PDF nor the Word document says a word of them. Like the simulator's other assumptions they are part of
 * the draft file, so of its fingerprint (docs/adr/0022-dependencies-in-the-simulation-assumptions.md).
 */
class DependenciesNotPrintedTest {
    private static final List<String> INTERNAL = List.of("europe-west3", "Google Compute Engine SLA", "Worker nodes in two zones",
            "Load balancing", "99.98990001");

    @Test
    void theExampleHasDependenciesToKeepOut() {
        Dependency tree = ExportedPdf.example().agreement().simulationAssumptions().service("kubernetes").orElseThrow().dependencies();

        assertThat(org.slastudio.engine.CompositeAvailability.describe(tree)).contains("europe-west3-a", "Load balancing");
    }

    @Test
    void neitherThePdfNorTheWordDocumentPrintsThem() {
        Draft example = ExportedPdf.example();

        String pdf = String.join("\n", ExportedPdf.read(ExportedPdf.export(example, ExportOptions.draft())).pages());
        String word = ExportedWord.part(ExportedWord.export(example, ExportOptions.draft()), "/word/document.xml");

        assertThat(pdf).contains("Managed Kubernetes Platform").doesNotContain(INTERNAL);
        assertThat(word).contains("Managed Kubernetes Platform").doesNotContain(INTERNAL);
    }

    @Test
    void likeTheOtherSimulationAssumptionsTheyArePartOfTheFingerprint() {
        Draft example = ExportedPdf.example();
        SimulationAssumptions a = example.agreement().simulationAssumptions();
        Draft without = example.withAgreement(example.agreement().withSimulationAssumptions(a.withDependencies("kubernetes", null)));
        Draft otherSeed = example.withAgreement(example.agreement().withSimulationAssumptions(
                new SimulationAssumptions(a.candidateLevels(), a.outages(), a.providerCost(), a.services(), a.trials(), 7L)));

        assertThat(Fingerprint.of(without)).isNotEqualTo(Fingerprint.of(example));
        assertThat(Fingerprint.of(otherSeed)).isNotEqualTo(Fingerprint.of(example));
    }
}
