package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * credit over the exports users have, against the example agreement: February 2026 has 39840 min in its 24x7
 * window (28 days less four 2-hour Sunday maintenance windows), 7968 five-minute intervals for object storage.
 */
class CreditFromMonitoringTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";
    private static final String SAMPLES = "src/test/resources/org/slastudio/monitoring/";
    private static final String MAP = SAMPLES + "map.json";

    @TempDir
    Path dir;

    @Test
    void aStatusPageExportGivesTheMonthsIncidentsAndTheMaintenanceOverrun() {
        String export = SAMPLES + "statuspage-incidents.json";

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                export, "--records-format", "statuspage", "--map", MAP);

        // 47 min on the 3rd, 85 min on the 10th from started_at, and the 30 min the Sunday maintenance ran past its
        // window (the work inside it is not counted): 162 of 39840 min
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Downtime:      162 min (3 outages counted, 0 shorter than the minimum left out)")
                .contains("Availability:  99.593373…%")
                .contains("Credit due:    EUR 1,850.00")
                .contains("Outside the period, not counted: 2 outage records");
        assertThat(run.err().lines()).hasSize(4)
                .anyMatch(line -> line.startsWith("credit: warning: " + export + " $.incidents[2]: maintenance"))
                .anyMatch(line -> line.contains("component \"Billing\" maps to no service"));
    }

    @Test
    void inMarchTheIncidentAcrossTheClockChangeCountsOnlyOutsideTheSundayWindow() {
        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-03", "--outages",
                SAMPLES + "statuspage-incidents.json", "--map", MAP);

        // 00:30Z to 02:10Z on Sunday the 29th: the window opened at 02:00 BST, 01:00Z, so 30 of its 100 min count;
        // the open incident runs 11:20Z to 12:00Z, the page's last update. March: 31 days less the hour the clocks
        // skipped, less five Sunday windows, is 43980 min
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Window time:   43980 min")
                .contains("Downtime:      70 min (2 outages counted, 0 shorter than the minimum left out)");
    }

    @Test
    void anUptimeLogIsToldFromItsHeaderAndItsOpenDownIsAWarning() {
        String log = SAMPLES + "uptime-events.csv";

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                log, "--map", MAP, "--format", "json");

        // 47.5 + 85 + 30 (the Down of the 27th, open until the file's last event) = 162.5 min; 3 min left out
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        JsonNode level = root.get("levels").get(0);
        assertThat(level.get("downtimeMillis").asLong()).isEqualTo(162_500L * 60);
        assertThat(level.get("ignoredShortOutages").asInt()).isEqualTo(1);
        assertThat(root.get("warnings").valueStream().map(JsonNode::asString)).containsExactly(
                log + ": monitor \"Status Page\" maps to no service of the draft (2 events left out); add it under"
                        + " \"checks\" in the map file if the agreement covers it",
                log + " line 4: monitor \"Kubernetes API\" went down at 2026-02-27T23:50:00Z and the file has no Up after"
                        + " it; counted as down until 2026-02-28T00:20:00Z, the last event in the file");
    }

    @Test
    void aPrometheusErrorRatioMeasuresAnIntervalBasedService() {
        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "object-storage", "--period", "2026-02",
                "--outages", SAMPLES + "prometheus-error-ratio.json", "--records-format", "prometheus", "--map", MAP);

        // 5.1%, 7%, 50% and 100%: four intervals above the 5.0% threshold, 7964 of 7968 good
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 intervals of 7968 down").contains("Availability:  99.949799…%")
                .contains("Credit due:    EUR 420.00");
    }

    @Test
    void aPrometheusUpSeriesMeasuresAServiceMeasuredByTime() {
        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02",
                "--outages", SAMPLES + "prometheus-up.json", "--map", MAP);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Downtime:      85 min (1 outage counted");
        assertThat(run.err()).contains("has no values for 2 steps");
    }

    @Test
    void recordsThatDoNotFitTheServicesMeasurementAreRefused() {
        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "object-storage", "--period", "2026-02",
                "--outages", SAMPLES + "statuspage-incidents.json", "--map", MAP);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("credit: " + SAMPLES + "statuspage-incidents.json: a status page"
                + " export holds outages, but service object-storage is measured by intervals; give its per-interval error"
                + " rates instead (see docs/monitoring.md)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyBadElementIsNamedAndNothingIsCalculated() {
        String bad = SAMPLES + "statuspage-malformed.json";

        CommandRun run = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--outages",
                bad, "--map", MAP);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(8).allMatch(line -> line.startsWith("credit: " + bad + " $.incidents["))
                .contains("credit: " + bad + " $.incidents[1].resolved_at: 2026-02-03T09:00:00.000Z is before the incident"
                        + " started (created_at 2026-02-03T10:00:00.000Z)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFormatOrMapWithoutRecordsOrAnUnknownFormatIsAMessage() throws IOException {
        Path csv = dir.resolve("outages.csv");
        Files.writeString(csv, "start,end\n", StandardCharsets.UTF_8);

        CommandRun noRecords = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02", "--map", MAP);
        CommandRun unknown = CommandRun.of("credit", EXAMPLE, "--service", "kubernetes", "--period", "2026-02",
                "--outages", csv.toString(), "--records-format", "pagerduty");

        assertThat(noRecords.status()).isEqualTo(2);
        assertThat(noRecords.err()).contains("credit: --records-format and --map describe the --outages file; give --outages");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("'pagerduty' is not a format of records; write one of csv, statuspage, uptime,"
                + " prometheus");
    }
}
