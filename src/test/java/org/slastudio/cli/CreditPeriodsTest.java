package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credit} on the example agreement (Europe/London, effective 2026-01-01) changed to consecutive 30-day periods,
 * its 24x7 window excusing planned work announced 5 Business Days ahead. Period 5 runs 1 to 30 May 2026 (120 days
 * after 1 January); its four Sundays hold 4 x 120 = 480 min of maintenance, so the window measures 43,200 - 480 =
 * 42,720 min, less the 60 min of planned work with enough notice: 42,660 min. Downtime: 30 min on 5 May, 10 min of
 * the record across the period's end, and 20 min of planned work announced too late: 60 min.
 */
class CreditPeriodsTest {
    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";

    @TempDir
    Path dir;

    private Path draft(MeasurementPeriod kind) throws IOException {
        Agreement example = DraftStore.load(Path.of(EXAMPLE)).draft().agreement();
        Overview o = example.overview();
        Overview changed = new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(), o.governingLaw(),
                o.currency(), kind, o.timeZone(), o.version());
        List<AvailabilityWindow> windows = example.windows().stream().map(w -> w.id().equals("24x7")
                ? w.withMaintenanceRules(new MaintenanceRules(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, 5, null)) : w).toList();
        Path file = dir.resolve("periods.sla.json");
        DraftStore.save(file, Draft.of(example.withOverview(changed).withWindows(windows)));
        return file;
    }

    private Path outages() throws IOException {
        Path file = dir.resolve("outages.csv");
        Files.writeString(file, String.join("\n",
                "service,start,end,planned,announced",
                "kubernetes,2026-05-05T10:00,2026-05-05T10:30,,",
                "kubernetes,2026-06-10T10:00,2026-06-10T11:00,,",
                "kubernetes,2026-05-30T23:50,2026-05-31T00:20,,",
                // Tuesday to Tuesday: exactly 5 Business Days
                "kubernetes,2026-05-12T22:00,2026-05-12T23:00,true,2026-05-05T22:00",
                // Friday 09:00 to Thursday 22:00: 4 Business Days 13 h
                "kubernetes,2026-05-14T22:00,2026-05-14T22:20,true,2026-05-08T09:00") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aMonthOnThirtyDayPeriodsNamesThePeriodItChoseAndReportsRecordsOutsideIt() throws IOException {
        CommandRun run = CommandRun.of("credit", draft(MeasurementPeriod.FIXED_30_DAY_MONTH).toString(), "--service",
                "kubernetes", "--period", "2026-05", "--outages", outages().toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Period chosen: 30-day period 5, 2026-05-01 to 2026-05-30, the one that holds 1 May 2026,"
                        + " counted from the effective date 2026-01-01")
                .contains("Window time:   42660 min")
                .contains("Downtime:      60 min (3 outages counted")
                .contains("Outside the period, not counted: 1 outage record\n  2026-06-10T09:00:00Z to 2026-06-10T10:00:00Z")
                .contains("Across the period's start or end, only the part inside counted: 1 record\n"
                        + "  2026-05-30T22:50:00Z to 2026-05-30T23:20:00Z")
                .contains("  2026-05-12T21:00:00Z to 2026-05-12T22:00:00Z: announced 2026-05-05T21:00:00Z, 5 Business Days"
                        + " before it started (at least 5 needed): excused, left out of the measured time")
                .contains("  2026-05-14T21:00:00Z to 2026-05-14T21:20:00Z: announced 2026-05-08T08:00:00Z, 4 Business Days"
                        + " 13 h before it started, less than the 5 Business Days needed: counted as downtime");
    }

    @Test
    void theJsonSaysTheSame() throws IOException {
        CommandRun run = CommandRun.of("credit", draft(MeasurementPeriod.FIXED_30_DAY_MONTH).toString(), "--service",
                "kubernetes", "--period", "2026-05-14", "--outages", outages().toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("periodStart").asString()).isEqualTo("2026-05-01");
        assertThat(root.get("periodKind").asString()).isEqualTo("Consecutive 30-day periods from the effective date");
        assertThat(root.get("periodChosen").asString()).startsWith("30-day period 5, 2026-05-01 to 2026-05-30, the one that"
                + " holds 14 May 2026");
        assertThat(root.get("outsidePeriod")).hasSize(1);
        assertThat(root.get("outsidePeriod").get(0).get("start").asString()).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(root.get("acrossPeriodEnds")).hasSize(1);
        JsonNode planned = root.get("levels").get(0).get("plannedWork");
        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).get("excused").asBoolean()).isTrue();
        assertThat(planned.get(1).get("excused").asBoolean()).isFalse();
        assertThat(root.get("levels").get(0).get("windowMillis").asLong()).isEqualTo(42_660L * 60_000);
    }

    @Test
    void aCalendarMonthMeasuredAsThirtyDaysSaysSo() throws IOException {
        // May 2026 in full: 31 days, five Sundays (3, 10, 17, 24, 31) of 120 min: 43,200 - 600 - 60 excused = 42,540;
        // the record of 30 May 23:50 to 31 May 00:20 now lies inside the month: 30 + 30 + 20 min down
        CommandRun run = CommandRun.of("credit", draft(MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS).toString(), "--service",
                "kubernetes", "--period", "2026-05", "--outages", outages().toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Period chosen: calendar month 2026-05, measured as 30 days (43,200 minutes)")
                .contains("Window time:   42540 min")
                .contains("Downtime:      80 min (3 outages counted")
                .contains("Outside the period, not counted: 1 outage record")
                .doesNotContain("Across the period");
    }

    @Test
    void anAnnouncementOnAnUnplannedRecordIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "start,end,announced\n2026-05-05T10:00,2026-05-05T10:30,2026-05-01T10:00\n");
        CommandRun run = CommandRun.of("credit", draft(MeasurementPeriod.FIXED_30_DAY_MONTH).toString(), "--service",
                "kubernetes", "--period", "2026-05", "--outages", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("line 2: announced 2026-05-01T10:00 is given for a record that is not planned work");
    }
}
