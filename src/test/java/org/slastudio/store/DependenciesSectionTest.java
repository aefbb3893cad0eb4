package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.UpstreamComponent;

/** A service's upstream dependencies in the draft file: read, written back, and what is wrong in them named at its path. */
class DependenciesSectionTest {

    /** A load balancer in series with two zones in parallel, under the simulation assumptions of service "platform". */
    private static String draft(String dependencies) {
        return """
                {
                  "schemaVersion": 2,
                  "overview": {"title": "Platform SLA"},
                  "services": [{"id": "platform", "name": "Platform"}],
                  "simulationAssumptions": {
                    "services": [{"serviceId": "platform", "dependencies": %s}]
                  }
                }
                """.formatted(dependencies);
    }

    private static final String TREE = """
            {"name": "Platform", "series": [
              {"name": "Load balancer", "percent": 99.99, "source": "AWS Elastic Load Balancing SLA, multi-AZ 99.99%"},
              {"name": "Zones", "parallel": [
                {"name": "Zone a", "percent": 99.95},
                {"name": "Zone b", "percent": 99.95}]}]}""";

    /** Without white space, to compare structure whatever the indent. */
    private static String squeezed(String json) {
        return json.replaceAll("\\s+", "");
    }

    private static Dependency dependencies(LoadResult result) {
        return result.draft().agreement().simulationAssumptions().services().get(0).dependencies();
    }

    @Test
    void aNestedTreeIsReadAsComponentsAndGroupsWithTheirExactFigures() {
        LoadResult result = DraftStore.read(draft(TREE));

        assertThat(result.problems()).isEmpty();
        assertThat(dependencies(result)).isEqualTo(new SeriesGroup("Platform", List.of(
                new UpstreamComponent("Load balancer", new BigDecimal("99.99"), "AWS Elastic Load Balancing SLA, multi-AZ 99.99%"),
                new ParallelGroup("Zones", List.of(new UpstreamComponent("Zone a", new BigDecimal("99.95"), null),
                        new UpstreamComponent("Zone b", new BigDecimal("99.95"), null))))));
    }

    @Test
    void aTreeIsWrittenFieldByFieldInTheModelsOrderAndReadsBackEqual() {
        Agreement a = DraftStore.read(draft(TREE)).draft().agreement();
        String written = DraftStore.write(Draft.of(a));

        assertThat(squeezed(written)).contains(squeezed("""
                "dependencies": {"name": "Platform", "series": [
                  {"name": "Load balancer", "percent": 99.99, "source": "AWS Elastic Load Balancing SLA, multi-AZ 99.99%"},
                  {"name": "Zones", "parallel": [{"name": "Zone a", "percent": 99.95}, {"name": "Zone b", "percent": 99.95}]}]}
                """));
        assertThat(written).contains("\n              \"parallel\": [\n                {\n                  \"name\": \"Zone a\",\n");
        assertThat(DraftStore.read(written).draft().agreement()).isEqualTo(a);
    }

    @Test
    void aDraftWithoutDependenciesIsWrittenAsBeforeWithNoDependenciesField() {
        Agreement a = Agreement.blank().withSimulationAssumptions(SimulationAssumptions.defaults()
                .withDependencies("platform", new UpstreamComponent("Zone a", new BigDecimal("99.9"), null))
                .withDependencies("platform", null));

        String written = DraftStore.write(Draft.of(a));

        assertThat(written).doesNotContain("dependencies");
        assertThat(DraftStore.read(written).problems()).isEmpty();
    }

    @ParameterizedTest(name = "percent {0}")
    @CsvSource({"100.5", "-1", "250"})
    void aFigureThatIsNoAvailabilityIsNamedAtItsPathLeftOutAndKeptInTheFile(String percent) {
        String json = draft(TREE.replace("\"Zone b\", \"percent\": 99.95", "\"Zone b\", \"percent\": " + percent));

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.impact()).isEqualTo(LoadProblem.Impact.VALUE_LEFT_OUT);
            assertThat(p).hasToString("$.simulationAssumptions.services[0].dependencies.series[1].parallel[1].percent: "
                    + percent + " is not an availability; write a percentage between 0 and 100, e.g. 99.95; it was left out,"
                    + " and stays in the file as written until you enter a new value.");
        });
        ParallelGroup zones = (ParallelGroup) ((SeriesGroup) dependencies(result)).series().get(1);
        assertThat(zones.parallel().get(1)).isEqualTo(new UpstreamComponent("Zone b", null, null));
        assertThat(squeezed(DraftStore.write(result.draft()))).contains("{\"name\":\"Zoneb\",\"percent\":" + percent + "}");
    }

    @Test
    void aFigureWrittenAsTextIsAskedForWithoutQuotes() {
        LoadResult result = DraftStore.read(draft(TREE.replace("\"percent\": 99.99", "\"percent\": \"99.99\"")));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.simulationAssumptions.services[0].dependencies.series[0].percent");
            assertThat(p.message()).contains("expected a number such as 99.95 (remove the quotes)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "both groups at once|\"name\": \"Zones\", \"parallel\"|\"name\": \"Zones\", \"series\": [], \"parallel\""
                    + "|$.simulationAssumptions.services[0].dependencies.series[1]|has both \"series\" and \"parallel\"",
            "a group with a figure|\"name\": \"Platform\", \"series\"|\"name\": \"Platform\", \"percent\": 99.9, \"series\""
                    + "|$.simulationAssumptions.services[0].dependencies|take out \"percent\"",
            "a bare number for a part|{\"name\": \"Zone a\", \"percent\": 99.95}|99.95"
                    + "|$.simulationAssumptions.services[0].dependencies.series[1].parallel[0]"
                    + "|expected a dependency: a component {\"name\": ..., \"percent\": 99.95",
            "a group that is no list|\"parallel\": [|\"parallel\": {\"a\": 1}, \"x\": ["
                    + "|$.simulationAssumptions.services[0].dependencies.series[1].parallel|expected a list [ ... ] of dependencies"})
    void aTreeOfNoReadableShapeIsNamedWhereItGoesWrongLeftOutWholeAndKeptAsWritten(String what, String from, String to,
                                                                                 String path, String fragment) {
        assertThat(TREE).contains(from);
        String json = draft(TREE.replace(from, to));

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).filteredOn(p -> p.impact() != LoadProblem.Impact.NOTICE).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(fragment).endsWith("The service's dependencies were left out; they stay in the"
                    + " file as written until you correct them.");
        });
        assertThat(dependencies(result)).isNull();
        String saved = DraftStore.write(result.draft());
        assertThat(DraftStore.read(saved).draft().agreement()).isEqualTo(result.draft().agreement());
        assertThat(Json.MAPPER.readTree(saved).at("/simulationAssumptions/services/0/dependencies"))
                .isEqualTo(Json.MAPPER.readTree(json).at("/simulationAssumptions/services/0/dependencies"));
    }

    @Test
    void anEmptyPartIsNamedAndKeptInItsPlace() {
        LoadResult result = DraftStore.read(draft(TREE.replace("{\"name\": \"Zone a\", \"percent\": 99.95}", "null")));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("$.simulationAssumptions.services[0].dependencies.series[1].parallel[0]"));
        ParallelGroup zones = (ParallelGroup) ((SeriesGroup) dependencies(result)).series().get(1);
        assertThat(zones.parallel()).hasSize(2).first().isNull();
        assertThat(squeezed(DraftStore.write(result.draft()))).contains("\"parallel\":[null,{\"name\":\"Zoneb\"");
    }

    @Test
    void aFieldOfANewerVersionInAComponentIsKeptInItsPlace() {
        String json = draft(TREE.replace("\"name\": \"Zone a\", \"percent\": 99.95", "\"name\": \"Zone a\", \"percent\": 99.95,"
                + " \"measuredBy\": \"status page\""));

        LoadResult result = DraftStore.read(json);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.impact()).isEqualTo(LoadProblem.Impact.NOTICE);
            assertThat(p.path()).isEqualTo("$.simulationAssumptions.services[0].dependencies.series[1].parallel[0].measuredBy");
        });
        assertThat(squeezed(DraftStore.write(result.draft()))).contains("\"percent\":99.95,\"measuredBy\":\"statuspage\"}");
    }
}
