package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the example agreement (Europe/London, calendar months, minimum outage 5 min). In February 2026 its 24x7
 * window has 28 x 1440 - 4 Sunday maintenance windows x 120 = 39840 min, so 39.84 min down is exactly 99.9%; its
 * business hours have 20 weekdays x 600 = 12000 min.
 */
class CreditCommandTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";

    @TempDir
    Path dir;

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("outages.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCreditIsExplainedStepByStepWithItsClaimDeadline() throws IOException {
        Path outages = csv("service,start,end,reported_at,planned",
                // 29.84 min
                "kubernetes,2026-02-03T09:00,2026-02-03T09:29:50.4,,false",
                // 10 of its 30 min fall in February
                "kubernetes,2026-02-28T23:50,2026-03-01T00:20,,",
                // shorter than the 5-minute minimum
                "kubernetes,2026-02-10T10:00Z,2026-02-10T10:03Z,,",
                "customer-portal,2026-02-04T09:00,2026-02-04T17:00,,");

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                outages.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Window time:   39840 min")
                .contains("Downtime:      39.84 min (2 outages counted, 1 shorter than the minimum left out)")
                .contains("Availability:  99.9%")
                .contains("99.9% is below 99.95% and at least 99.0%: tier 1, 10% of EUR 18,500.00 = EUR 1,850.00")
                .contains("under the 50% cap of EUR 9,250.00")
                .contains("Credit due:    EUR 1,850.00")
                .contains("Claim by:      2026-03-30");
    }

    @ParameterizedTest(name = "portal down {0} to {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // 17:30-18:00 and 08:00-08:30: 60 of 12000 min is 99.5%, the target; the tier as drafted ("below 99.95%") pays
            "2026-02-04T17:30 | 2026-02-05T08:30 | 99.5% is below 99.95% and at least 99.0% (it meets the 99.5% target, but the tier as drafted includes it): tier 1, 10% of EUR 1,500.00 = EUR 150.00 | 150.00",
            // 61 min: below the target, in tier 1
            "2026-02-04T17:29 | 2026-02-05T08:30 | 99.491666…% is below 99.95% and at least 99.0%: tier 1, 10% of EUR 1,500.00 = EUR 150.00 | 150.00",
    })
    void aBusinessHoursLevelCountsOnlyItsHours(String start, String end, String explanation, String credit) throws IOException {
        Path outages = csv("start,end", start + "," + end);

        CommandRun run = CommandRun.of("credit", portalWithCredits().toString(), "--service", "customer-portal", "--period", "2026-02",
                "--outages", outages.toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode level = JsonMapper.builder().build().readTree(run.out()).get("levels").get(0);
        assertThat(level.get("windowId").asString()).isEqualTo("business-hours");
        assertThat(level.get("windowMillis").asLong()).isEqualTo(12000L * 60_000);
        assertThat(level.get("credit").get("steps").get(0).get("explanation").asString()).isEqualTo(explanation);
        assertThat(level.get("credit").get("credit").decimalValue()).isEqualByComparingTo(credit);
    }

    /** The example reports the portal's business hours only; here a miss there earns credits. */
    private Path portalWithCredits() throws IOException {
        Agreement example = DraftStore.load(Path.of(EXAMPLE)).draft().agreement();
        List<Service> services = example.services().stream()
                .map(s -> !s.id().equals("customer-portal") ? s : new Service(s.id(), s.name(), s.description(),
                        s.providerId(), s.recipientId(), s.monthlyFee(), s.businessImportance(), s.downtimeCostPerHour(),
                        s.levels().stream().map(l -> new ServiceLevel(l.windowId(), l.targetPercent(), true)).toList(),
                        s.measurement()))
                .toList();
        Path draft = dir.resolve("portal-credits.sla.json");
        DraftStore.save(draft, Draft.of(example.withServices(services)));
        return draft;
    }

    @Test
    void anIntervalBasedServiceReadsErrorRates() throws IOException {
        // February 2026 less four Sunday maintenance windows is 39840 min, 7968 five-minute intervals; intervals
        // without a row had no errors. Four above the 5.0% threshold (5.0 itself is not): 7964/7968 = 99.9497...%,
        // below the 99.95% target: tier 1, 10% of EUR 4,200.00
        Path rates = csv("start,error_rate_percent", "2026-02-03T09:00Z,5.0", "2026-02-03T09:05Z,5.1",
                "2026-02-03T09:10Z,7", "2026-02-03T09:15Z,0", "2026-02-10T12:00Z,50", "2026-02-11T12:00Z,100");

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "object-storage", "--period", "2026-02",
                "--outages", rates.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Availability:  99.949799…%").contains("4 intervals of 7968 down").contains("Credit due:    EUR 420.00");
    }

    @Test
    void localTimesTheClocksSkipOrRepeatAreReadOneWayAndTheWarningSaysWhich() throws IOException {
        Path outages = csv("start,end",
                "2026-03-29T01:30,2026-03-29T05:00",
                "2026-10-25T00:50,2026-10-25T01:30");

        CommandRun march = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-03", "--outages",
                outages.toString());
        CommandRun october = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-10", "--outages",
                outages.toString(), "--format", "json");

        String gap = outages + " line 2: start 2026-03-29T01:30 does not exist in Europe/London (clocks went forward);"
                + " read as 02:30+01:00";
        String overlap = outages + " line 3: end 2026-10-25T01:30 happens twice in Europe/London (clocks went back); read"
                + " as the first, 01:30+01:00; write 2026-10-25T01:30Z for the second";
        assertThat(march.status()).as(march.err()).isZero();
        assertThat(march.err().lines()).containsExactly("credit: warning: " + gap, "credit: warning: " + overlap);
        // 02:30 to 05:00 BST, less Sunday's maintenance from 02:00 to 04:00; in October 00:50 to 01:30 BST
        assertThat(march.out()).contains("Downtime:      60 min (1 outage counted");
        JsonNode root = JsonMapper.builder().build().readTree(october.out());
        assertThat(root.get("warnings").valueStream().map(JsonNode::asString)).containsExactly(gap, overlap);
        assertThat(root.get("levels").get(0).get("downtimeMillis").asLong()).isEqualTo(40 * 60_000L);
    }

    @Test
    void everyBadRowIsNamedByItsLineNumber() throws IOException {
        Path outages = csv("start,end,planned", "2026-02-03T09:00,2026-02-03T08:00,", "yesterday,2026-02-03T08:00,",
                "2026-02-03T09:00,,", "2026-02-03T09:00,2026-02-03T10:00,maybe", "2026-02-03T09:00,2026-02-03T10:00,true");

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                outages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "credit: " + outages + " line 2: end 2026-02-03T08:00 is before start 2026-02-03T09:00",
                "credit: " + outages + " line 3: start \"yesterday\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z",
                "credit: " + outages + " line 4: end is empty; write a time such as 2026-02-03T09:00Z",
                "credit: " + outages + " line 5: planned \"maybe\" is neither true nor false");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMisspeltServiceARowOfTheWrongLengthAndSemicolonsAreNamedNotSkipped() throws IOException {
        Path outages = csv("service,start,end", "kubernetess,2026-02-03T09:00,2026-02-03T10:00",
                "kubernetes,2026-02-03T09:00,2026-02-03T10:00,extra", "kubernetes,2026-02-03T09:00");
        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                outages.toString());
        Path semicolons = csv("start;end", "2026-02-03T09:00;2026-02-03T10:00");
        CommandRun european = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02",
                "--outages", semicolons.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "credit: " + outages + " line 2: service \"kubernetess\" is not a service of the draft; its services are:"
                        + " kubernetes, object-storage, customer-portal",
                "credit: " + outages + " line 3: has 4 values but the header names 3 columns (service,start,end)",
                "credit: " + outages + " line 4: has 2 values but the header names 3 columns (service,start,end)");
        assertThat(european.status()).isEqualTo(2);
        assertThat(european.err()).contains("line 1: the columns must be separated by commas, but this file uses semicolons");
    }

    @Test
    void aDraftWithErrorsIsRefusedWithItsErrorsNamedUnlessForced() throws IOException {
        String example = Files.readString(Path.of(EXAMPLE));
        Path broken = dir.resolve("broken-target.sla.json");
        Files.writeString(broken, example.replaceFirst("\"targetPercent\": [0-9.]+", "\"targetPercent\": \"high\""));
        Path outages = csv("start,end", "2026-02-03T09:00,2026-02-03T10:00");

        CommandRun refused = CommandRun.of("credit", broken.toString(), "--service", "kubernetes", "--period", "2026-02",
                "--outages", outages.toString());
        CommandRun forced = CommandRun.of("credit", broken.toString(), "--service", "kubernetes", "--period", "2026-02",
                "--outages", outages.toString(), "--force");

        assertThat(refused.status()).isEqualTo(1);
        // no clause of the template states the target (the table of service levels does), so it is the one error
        assertThat(refused.err()).contains("has 1 error; fix them, or add --force")
                .contains("$.services[0].levels[0].targetPercent").contains("found the text \"high\"");
        assertThat(refused.out()).isEmpty();
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("going on anyway because of --force");
    }

    @Test
    void aHeaderWithoutTheNeededColumnsSaysWhichAreMissing() throws IOException {
        Path outages = csv("from,to", "2026-02-03T09:00,2026-02-03T10:00");

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                outages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: no column \"start\"").contains("\"start,end,reported_at,planned\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--service nope --period 2026-02              | has no service \"nope\"; its services are: kubernetes, object-storage, customer-portal",
            "--service kubernetes --period 2026-Q1        | the agreement measures by calendar month, not by the period 2026-Q1; give --period 2026-01",
            "--service kubernetes --period February       | Not a period",
    })
    void aWrongServiceOrPeriodIsAMessageAndStatusTwo(String args, String message) throws IOException {
        Path outages = csv("start,end");
        String[] words = ("credit " + EXAMPLE + " " + args.trim() + " --outages " + outages).split(" +");

        CommandRun run = CommandRun.of(words);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void aMissingDraftOrCsvIsStatusTwo() {
        CommandRun noDraft = CommandRun.of("credit", dir.resolve("none.sla.json").toString(), "--service", "x",
                "--period", "2026-02", "--outages", "x.csv");
        CommandRun noCsv = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02",
                "--outages", dir.resolve("none.csv").toString());

        assertThat(noDraft.status()).isEqualTo(2);
        assertThat(noDraft.err()).contains("cannot be read");
        assertThat(noCsv.status()).isEqualTo(2);
        assertThat(noCsv.err()).contains("there is no file").contains("none.csv");
    }

    @Test
    void aDraftThatStopsTheCalculationIsStatusOne() throws IOException {
        String example = Files.readString(Path.of(EXAMPLE));
        Path broken = dir.resolve("broken.sla.json");
        Files.writeString(broken, example.replace("\"windowId\": \"24x7\"", "\"windowId\": \"around-the-clock\""));

        CommandRun run = CommandRun.of("credit", broken.toString(), "--service", "kubernetes", "--period", "2026-02",
                "--outages", csv("start,end").toString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).contains("$.services[0].levels[0].windowId").contains("around-the-clock");
    }

    /**
     * The example's object storage (5-minute intervals above 5.0%) with a 15-minute minimum: 7968 intervals in February
     * 2026; the two at 09:00 and 09:05 are a run of 10 minutes, left out; the three from 12:00 make 15 and count.
     */
    @Test
    void aRunOfIntervalsShorterThanTheMinimumIsLeftOutAndSaidSo() throws IOException {
        Agreement example = DraftStore.load(Path.of(EXAMPLE)).draft().agreement();
        Path file = dir.resolve("runs.sla.json");
        DraftStore.save(file, Draft.of(example.withServices(example.services().stream().map(s -> !s.id().equals("object-storage")
                ? s : new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), new MeasurementRule(MeasurementMethod.INTERVAL_SHARE,
                5, s.measurement().errorRateThresholdPercent(), 15, ClockStart.AT_FAILURE, false))).toList())));
        Path rates = csv("start,error_rate_percent", "2026-02-03T09:00Z,7", "2026-02-03T09:05Z,7",
                "2026-02-10T12:00Z,50", "2026-02-10T12:05Z,50", "2026-02-10T12:10Z,50");

        CommandRun run = CommandRun.of("credit", file.toString(), "--service", "object-storage", "--period", "2026-02",
                "--outages", rates.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Downtime:      15 min (3 intervals of 7968 down, 1 run of intervals shorter than the"
                + " minimum left out; intervals without a row count as error-free)");
    }
}
