package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Against the example agreement: kubernetes at 99.95%, object storage at 99.9%, the portal at 99.5% in business hours. */
class SimulateCommandTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";

    @TempDir
    Path dir;

    @Test
    void theTableShowsEveryCandidateLevelOfEveryServiceAndTheAgreement() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--trials", "4096", "--seed", "1");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("4096 simulated service-months (342 years) for each service and level, seed 1.")
                .contains("Amounts in EUR, whole units")
                .contains("kubernetes (Managed Kubernetes Platform), window 24x7, drafted at 99.95%")
                .contains("customer-portal (Customer Portal), window business-hours, drafted at 99.5%")
                .contains("The agreement at its drafted levels");
        // five default levels for each of three services
        assertThat(run.out().lines().filter(l -> l.matches("\\s+99(\\.\\d+)?%[*+]* .*"))).hasSize(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theDefaultTableOfEveryTemplateFitsAHundredColumnTerminal(Path template) {
        CommandRun run = CommandRun.of("simulate", template.toString(), "--trials", "600", "--seed", "3");

        if (run.status() == 1) {
            // a template that promises no level for some service cannot be simulated; the message names the field
            assertThat(run.err()).as(template.toString()).contains("$.services[");
            return;
        }
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).as(template.toString()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(run.out()).contains("Credits 95%").contains("/yr").doesNotContain("Left out");
    }

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            List<Path> drafts = files.filter(f -> f.toString().endsWith(".sla.json")).sorted().toList();
            assertThat(drafts).hasSizeGreaterThanOrEqualTo(8);
            return drafts.stream();
        }
    }

    @Test
    void everyTemplateButThoseWithoutALevelIsSimulated() throws IOException {
        List<Path> simulated = templates().filter(t -> CommandRun.of("simulate", t.toString(), "--trials", "12").status() == 0).toList();

        assertThat(simulated).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theDefaultTableNamesTheCurrencyOverEachMoneyColumnInWholeUnits() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--levels", "99.9", "--trials", "2400", "--seed", "1");

        List<String> lines = run.out().lines().toList();
        int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Level ")).findFirst().orElseThrow());
        assertThat(lines.get(heading)).containsSubsequence("Allowed", "P(breach)", "P(breach)", "Credits", "Credits 95%", "Margin",
                "Cust. total", "Joint cost");
        assertThat(lines.get(heading + 1)).containsSubsequence("min/mo", "month", "year", "EUR/yr", "EUR/yr", "EUR/mo", "EUR/mo", "EUR/mo");
        // whole units with thousands separators in the table; the agreement's summary in the money format, with cents
        assertThat(lines.get(heading + 2)).matches("  99\\.9%\\s+44\\.16\\s+.*\\d,\\d{3}( .*|$)").doesNotContain(".00");
        assertThat(run.out()).containsPattern("Fees EUR 24,200\\.00, provider cost EUR [\\d,]+\\.\\d\\d, margin EUR [-\\d,]+\\.\\d\\d a month");
    }

    @Test
    void wideShowsEveryColumnWithCentsOnOneLinePerLevel() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--wide", "--trials", "2400", "--seed", "1");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("seed 1; amounts in EUR per month unless marked a year")
                .contains("  Level       Allowed P(month)  P(year)    Credits Credits/yr    95% year  Cust. loss  Uncovered Prov. cost"
                        + "     Margin Break-even Cust. total  Joint cost")
                .containsPattern("  99\\.95%[*+]*\\s+22\\.08 min .*\\d,\\d{3}\\.\\d\\d");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+99(\\.\\d+)?%[*+]* .*"))).hasSize(15)
                .allSatisfy(l -> assertThat(l.length()).isGreaterThan(100));
    }

    @Test
    void aLongServiceNameWrapsAndHugeAmountsLeaveOutTheLastColumnsSayingWhich() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE))
                .replace("\"Managed Kubernetes Platform\"", "\"Managed Kubernetes Platform with Dedicated Control Plane, Regional "
                        + "Failover and Round-the-Clock Operations\"")
                .replaceAll("(\"monthlyFee\"\\s*:\\s*\\{\\s*\"amount\"\\s*:\\s*)(\\d+)", "$1$2000000");
        Path draft = dir.resolve("large.sla.json");
        Files.writeString(draft, text);

        CommandRun run = CommandRun.of("simulate", draft.toString(), "--trials", "1200", "--seed", "1");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(run.out()).contains("kubernetes (Managed Kubernetes Platform with Dedicated Control Plane,")
                .containsPattern("Left out to fit 100 columns: [A-Z].*; --wide shows them\\.");
    }

    @Test
    void givenLevelsReplaceTheDefaultsAndTheDraftedLevelIsAlwaysThere() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--levels", "99,99.5", "--trials", "2048", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        JsonNode kubernetes = root.get("services").get(0);
        assertThat(kubernetes.get("levels").valueStream().map(l -> l.get("levelPercent").decimalValue().toPlainString()))
                .containsExactly("99", "99.5", "99.95");
        // January 2026, 24x7 less four Sunday maintenance windows of 2 h: 44,160 min; 0.05% of it is 22.08 min
        JsonNode drafted = kubernetes.get("levels").get(2);
        assertThat(drafted.get("allowedMinutesPerMonth").decimalValue()).isEqualByComparingTo("22.08");
        assertThat(drafted.get("largestCreditPerYear").decimalValue()).isGreaterThanOrEqualTo(drafted.get("creditPerYear95").decimalValue());
        assertThat(root.get("agreement").get("fee").decimalValue()).isEqualByComparingTo("24200.00");
    }

    @Test
    void theSameSeedPrintsTheSameNumbers() {
        CommandRun first = CommandRun.of("simulate", EXAMPLE, "--trials", "3000", "--seed", "99", "--format", "csv");
        CommandRun second = CommandRun.of("simulate", EXAMPLE, "--trials", "3000", "--seed", "99", "--format", "csv");
        CommandRun other = CommandRun.of("simulate", EXAMPLE, "--trials", "3000", "--seed", "100", "--format", "csv");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out()).isNotEqualTo(other.out());
        List<String> lines = first.out().lines().toList();
        assertThat(lines.get(0)).startsWith("service,levelPercent,drafted,allowedMinutesPerMonth,");
        assertThat(lines).hasSize(1 + 15);
        assertThat(lines.get(4)).startsWith("kubernetes,99.95,true,");
    }

    @Test
    void aLevelOutsideZeroToHundredIsAUsageErrorNamingTheOption() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--levels", "99,100");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--levels").contains("100 is not");
    }

    @Test
    void aLevelWithMoreDigitsThanAnyTermCanHoldIsAUsageErrorNamingTheOption() {
        CommandRun run = CommandRun.of("simulate", EXAMPLE, "--levels", "99,1E-19", "--trials", "12");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--levels", "'1E-19' is out of range; use at most 18 digits");
    }

    @Test
    void aServiceWithoutAFeeStopsTheSimulationWithTheFieldToSet() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE)).replaceFirst("\"monthlyFee\"\\s*:\\s*\\{[^}]*\\},", "");
        Path draft = dir.resolve("no-fee.sla.json");
        Files.writeString(draft, text);

        CommandRun run = CommandRun.of("simulate", draft.toString(), "--trials", "100");

        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("simulate: ").contains("$.services[0].monthlyFee");
    }

    @Test
    void theAssumptionsSavedInTheDraftReproduceItsNumbers() throws IOException {
        // The example's own assumptions (the dependencies of its Kubernetes platform) replaced by these.
        String text = Files.readString(Path.of(EXAMPLE));
        String cut = ",\n  \"simulationAssumptions\"";
        assertThat(text).contains(cut);
        String assumptions = ", \"simulationAssumptions\": {\"candidateLevels\": [99.9], \"outages\": {\"durations\": \"fixed\", "
                + "\"meanTimeToRepairMinutes\": 30}, \"trials\": 2400, \"seed\": 5}}";
        Path draft = dir.resolve("with-assumptions.sla.json");
        Files.writeString(draft, text.substring(0, text.indexOf(cut)) + assumptions);

        CommandRun saved = CommandRun.of("simulate", draft.toString(), "--format", "csv");
        CommandRun given = CommandRun.of("simulate", draft.toString(), "--format", "csv", "--trials", "2400", "--seed", "5");

        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(saved.out()).isEqualTo(given.out());
        // 99.9 for every service, plus each one's drafted level: 99.95, 99.95 and 99.5
        assertThat(saved.out().lines().skip(1).map(l -> l.split(",")[0] + " " + l.split(",")[1]))
                .containsExactly("kubernetes 99.9", "kubernetes 99.95", "object-storage 99.9", "object-storage 99.95",
                        "customer-portal 99.5",
                        "customer-portal 99.9");
        CommandRun other = CommandRun.of("simulate", draft.toString(), "--format", "csv", "--seed", "6");
        assertThat(other.out()).isNotEqualTo(saved.out());
    }

    @Test
    void anUnreadableDraftIsReported() {
        CommandRun run = CommandRun.of("simulate", dir.resolve("missing.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("simulate:");
    }
}
