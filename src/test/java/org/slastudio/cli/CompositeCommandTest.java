package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the example agreement, whose Managed Kubernetes Platform (99.95% in 24x7, credit-bearing) runs behind load
 * balancing at 99.99% on worker nodes in two zones at 99.9% each: 0.9999 x (1 - 0.001^2) = 99.98990001%.
 */
class CompositeCommandTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";

    @TempDir
    Path dir;

    @Test
    void anExpressionIsComposedExactlyWithTheDowntimeItBringsInAThirtyDayMonth() {
        CommandRun run = CommandRun.of("composite", "--expr", "series(99.99, parallel(99.95, 99.95))");

        assertThat(run.status()).as(run.err()).isZero();
        // 0.9999 x 0.99999975 = 0.999899750025; 0.0100249975% of 2,592,000 s is 259.848 s
        assertThat(run.out()).isEqualTo("""
                Composite availability 99.9899750025% of series(99.99%, parallel(99.95%, 99.95%)), failures taken as independent
                Down 0.0100249975% of the time: 4 min 19.848 s in a 30-day month (43,200 minutes)
                """);
    }

    @Test
    void seriesAndParallelListsAreTheSameStructureAsTheExpression() {
        CommandRun lists = CommandRun.of("composite", "--series", "99.99", "--parallel", "99.95,99.95");
        CommandRun expression = CommandRun.of("composite", "--expr", "series(99.99, parallel(99.95, 99.95))");

        assertThat(lists.status()).isZero();
        assertThat(lists.out()).isEqualTo(expression.out());
        assertThat(CommandRun.of("composite", "--parallel", "99.5,99.5,99.5").out())
                .startsWith("Composite availability 99.9999875% of parallel(99.5%, 99.5%, 99.5%)");
    }

    @Test
    void aTargetAboveTheFiguresIsNotFeasibleAndSaysByHowMuch() {
        CommandRun run = CommandRun.of("composite", "--series", "99.99", "--parallel", "99.95,99.95", "--target", "99.99");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("Target 99.99%: not feasible, 0.0000249975 points short; it allows 4 min 19.2 s in a"
                + " 30-day month (43,200 minutes), the figures bring 4 min 19.848 s: 0.648 s short");
        assertThat(CommandRun.of("composite", "--expr", "99.99", "--target", "99.99").out())
                .contains("Target 99.99%: feasible, 0 points to spare").contains("nothing to spare");
    }

    @Test
    void figuresAsJsonCarryTheExactNumbers() throws IOException {
        CommandRun run = CommandRun.of("composite", "--expr", "parallel(99, series(98, 95))", "--target", "99.9", "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        // 1 - 0.01 x (1 - 0.98 x 0.95) = 1 - 0.01 x 0.069 = 0.99931
        assertThat(json.get("compositePercent").decimalValue()).isEqualByComparingTo("99.931");
        assertThat(json.get("impliedSeconds").decimalValue()).isEqualByComparingTo("1788.48");
        assertThat(json.at("/target/feasible").asBoolean()).isTrue();
        assertThat(json.at("/target/marginPercentagePoints").decimalValue()).isEqualByComparingTo("0.031");
        assertThat(json.at("/target/marginSeconds").decimalValue()).isEqualByComparingTo("803.52");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--parallel 99.95,abc|--parallel 99.95,abc: 'abc' is not a number; write e.g. 99.95",
            "--series 100.5|--series 100.5: 100.5 is not an availability; write a percentage between 0 and 100",
            "--series 99.9,,99.9|--series 99.9,,99.9: a figure is missing",
            "--expr series(99.99,paralel(99.95))|--expr \"series(99.99,paralel(99.95))\": at character 14, 'paralel' is"
                    + " neither series nor parallel; write e.g. --expr \"series(99.99, parallel(99.95, 99.95))\"",
            "--expr series(99.99|at character 13, expected ',' or ')' to close series(, found the end",
            "--expr series()|at character 8, expected a percentage such as 99.95, series( or parallel(, found ')'",
            "--expr 99.9)|at character 5, expected the end after a complete expression, found ')'",
            "--expr -1|-1 is not an availability",
            "--expr 99.9 --series 99|--expr says the whole structure",
            "--expr 99.9 --target 101|--target 101 is not between 0 and 100",
            "--expr 99.9 --service kubernetes|--service kubernetes names a service of a DRAFT",
            "templates/example-cloud-hosting.sla.json --expr 99.9|give either a DRAFT or figures",
            "templates/example-cloud-hosting.sla.json --target 99.9|a draft's targets are its service levels",
            "templates/example-cloud-hosting.sla.json --service nope|--service nope: the draft has no such service; its"
                    + " services are kubernetes, object-storage, customer-portal"})
    void badInputIsAUsageErrorNamingTheOption(String args, String message) {
        CommandRun run = CommandRun.of(("composite " + args).split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("composite: ").contains(message).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutADraftOrFiguresTheCommandSaysWhatToGive() {
        CommandRun run = CommandRun.of("composite");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give a DRAFT, or figures: e.g. composite --expr");
    }

    @Test
    void eachServiceOfTheDraftIsHeldAgainstItsDependenciesOnTheFirstMonthsCalendar() {
        CommandRun run = CommandRun.of("composite", EXAMPLE);

        assertThat(run.status()).as(run.err()).isZero();
        // 24x7 in January 2026 with its maintenance taken out: 44,160 minutes; 0.05% is 1,324.8 s, 0.01009999% is 267.60933504 s
        assertThat(run.out()).isEqualTo("""
                Dependencies in templates/example-cloud-hosting.sla.json, failures taken as independent.
                Downtime in January 2026 (31 days), the first month of the term, with maintenance windows and public holidays taken out.

                kubernetes (Managed Kubernetes Platform): dependencies compose to 99.98990001%
                  Managed Kubernetes Platform in Frankfurt: series(Load balancing 99.99%, Worker nodes in two zones: parallel(Zone europe-west3-a 99.9%, Zone europe-west3-b 99.9%))
                  24x7, credit-bearing, target 99.95%: feasible, 0.03990001 points to spare
                    the target allows 22 min 4.8 s, the dependencies bring 4 min 27.609 s: 17 min 37.191 s to spare
                """);
    }

    @Test
    void aCreditBearingTargetAboveItsDependenciesIsReportedWithTheCreditsItWouldCost() throws IOException {
        Path draft = dir.resolve("raised.sla.json");
        Files.writeString(draft, Files.readString(Path.of(EXAMPLE)).replaceFirst("\"targetPercent\": 99.95", "\"targetPercent\": 99.995"));

        CommandRun run = CommandRun.of("composite", draft.toString(), "--service", "kubernetes");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("24x7, credit-bearing, target 99.995%: not feasible, 0.00509999 points short: the"
                + " provider would pay credits in an average month");
        // 0.005% of 2,649,600 s is 132.48 s; the dependencies bring 267.60933504 s
        assertThat(run.out()).contains("the target allows 2 min 12.48 s, the dependencies bring 4 min 27.609 s: 2 min 15.129 s short");
    }

    @Test
    void theDraftsFiguresAsJsonAreExact() throws IOException {
        CommandRun run = CommandRun.of("composite", EXAMPLE, "--format", "json");

        JsonNode service = JsonMapper.builder().build().readTree(run.out()).get("services").get(0);
        assertThat(service.get("serviceId").asString()).isEqualTo("kubernetes");
        assertThat(service.get("compositePercent").decimalValue()).isEqualByComparingTo("99.98990001");
        JsonNode level = service.get("levels").get(0);
        assertThat(level.get("feasible").asBoolean()).isTrue();
        assertThat(level.get("allowedSeconds").decimalValue()).isEqualByComparingTo("1324.8");
        assertThat(level.get("impliedSeconds").decimalValue()).isEqualByComparingTo("267.60933504");
        assertThat(level.get("marginSeconds").decimalValue()).isEqualByComparingTo("1057.19066496");
    }

    @Test
    void aDraftOrServiceWithoutDependenciesSaysSoAndHowToAddThem() {
        CommandRun none = CommandRun.of("composite", "templates/saas-subscription.sla.json");
        CommandRun storage = CommandRun.of("composite", EXAMPLE, "--service", "object-storage");

        assertThat(none.status()).isZero();
        assertThat(none.out()).isEqualTo("No service in templates/saas-subscription.sla.json has dependencies to hold its"
                + " targets against. Add them under simulationAssumptions.services[].dependencies (see docs/composite.md).\n");
        assertThat(storage.status()).isZero();
        assertThat(storage.out()).startsWith("Service object-storage (Object Storage) has no dependencies in " + EXAMPLE);
    }

    @Test
    void aFigureTheDraftCannotHoldStopsTheCommandAtItsPathUnlessForced() throws IOException {
        Path draft = dir.resolve("broken.sla.json");
        Files.writeString(draft, Files.readString(Path.of(EXAMPLE)).replaceFirst("\"percent\": 99.9,", "\"percent\": 100.5,"));
        String path = "$.simulationAssumptions.services[0].dependencies.series[1].parallel[0].percent";

        CommandRun refused = CommandRun.of("composite", draft.toString());
        CommandRun forced = CommandRun.of("composite", draft.toString(), "--force");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains(path).contains("100.5 is not an availability; write a percentage between 0 and 100");
        assertThat(forced.status()).isEqualTo(1);
        assertThat(forced.out()).contains("kubernetes (Managed Kubernetes Platform): cannot be composed\n"
                + "  component 'Zone europe-west3-a' has no published availability, at " + path);
    }
}
