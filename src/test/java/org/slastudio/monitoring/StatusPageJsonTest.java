package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.monitoring.Samples.down;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementRule;

/**
 * The sample export: seven incidents on four components (Kubernetes API, Object Storage, Billing, and none), a
 * Sunday maintenance that overran, an incident of impact none, one across the clocks going forward and one still
 * open when the page was last updated at 2026-03-31T12:00Z.
 */
class StatusPageJsonTest {

    private static final Path EXPORT = Samples.resource("statuspage-incidents.json");

    @TempDir
    Path dir;

    @Test
    void eachIncidentIsAnOutageOfTheServicesItsComponentsMapTo() throws IOException {
        Reading reading = MonitoringRecords.read(EXPORT, SourceFormat.STATUSPAGE, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.forService("kubernetes").outages()).containsExactly(
                // 00:30 GMT to 03:10 BST
                down("2026-03-29T00:30:00Z", "2026-03-29T02:10:00Z"),
                // the maintenance: planned work from its first in_progress update to its scheduled end, announced
                // when it was posted; the 30 minutes it ran on are an outage
                Outage.plannedWork(Instant.parse("2026-02-15T02:00:00Z"), Instant.parse("2026-02-15T04:00:00Z"),
                        Instant.parse("2026-02-09T10:00:00Z")),
                down("2026-02-15T04:00:00Z", "2026-02-15T04:30:00Z"),
                // from started_at (13:40), not created_at (13:52), when the post was made
                down("2026-02-10T13:40:00Z", "2026-02-10T15:05:00Z"),
                down("2026-02-03T09:02:00Z", "2026-02-03T09:49:00Z"),
                // still open: until the page's updated_at
                down("2026-03-31T11:20:00Z", "2026-03-31T12:00:00Z"));
        assertThat(reading.forService("object-storage").outages())
                .containsExactly(down("2026-02-10T13:40:00Z", "2026-02-10T15:05:00Z"));
        assertThat(reading.services()).containsExactlyInAnyOrder("kubernetes", "object-storage");
    }

    @Test
    void whatIsLeftOutOrReadOneWayIsSaid() throws IOException {
        Reading reading = MonitoringRecords.read(EXPORT, SourceFormat.STATUSPAGE, Samples.MAP, Samples.everyService());

        assertThat(reading.warnings()).containsExactly(
                EXPORT + " $.incidents[2]: maintenance \"Sunday control plane maintenance\" ran 30 min past its scheduled"
                        + " end 2026-02-15T04:00:00Z (until 2026-02-15T04:30:00Z); that time is counted as an outage, not"
                        + " planned work",
                EXPORT + " $.incidents[4]: incident \"Certificate rotation on the Kubernetes API\" has impact none, which"
                        + " is not counted as an outage (counted: minor, major, critical; set \"impacts\" in the map file to"
                        + " change it)",
                EXPORT + ": component \"Billing\" maps to no service of the draft (1 incident left out); add it under"
                        + " \"components\" in the map file if the agreement covers it",
                EXPORT + " $.incidents[0]: incident \"Intermittent Kubernetes API timeouts\" has no resolved_at; counted"
                        + " as down from 2026-03-31T11:20:00Z until 2026-03-31T12:00:00Z, when the page was last updated"
                        + " (page.updated_at)");
        // the component Billing belongs to no service, so its line is about the file and reaches every service
        assertThat(reading.forService("object-storage").warnings()).hasSize(1).allMatch(w -> w.contains("\"Billing\""));
    }

    @Test
    void anIncidentAcrossTheClocksGoingForwardIsItsRealLength() throws IOException {
        List<Outage> outages = MonitoringRecords.forService(EXPORT, SourceFormat.STATUSPAGE, Samples.MAP,
                Samples.service("kubernetes", RecordKind.OUTAGES, null)).outages();
        Outage clockChange = outages.get(0);
        AvailabilityWindow allDay = AvailabilityWindow.twentyFourSeven("24x7", "24x7", Samples.LONDON);

        AvailabilityMeasurement march = AvailabilityMeasurement.measure(allDay, MeasurementRule.timeBased(), Samples.LONDON,
                MeasurementPeriodRange.parse("2026-03"), List.of(clockChange));

        // 00:30 GMT to 03:10 BST reads as 2 h 40 on the wall clock; the clocks skipped 01:00 to 02:00
        assertThat(clockChange.length()).isEqualTo(Duration.ofMinutes(100));
        assertThat(march.downtime()).isEqualTo(Duration.ofMinutes(100));
    }

    @Test
    void everyBadIncidentIsNamedByItsJsonPath() throws IOException {
        Path bad = Samples.resource("statuspage-malformed.json");

        Reading reading = MonitoringRecords.read(bad, SourceFormat.STATUSPAGE, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).containsExactly(
                bad + " $.incidents[0].created_at: \"yesterday\" is not a time; write e.g. 2026-02-03T09:00 or"
                        + " 2026-02-03T09:00Z",
                bad + " $.incidents[1].resolved_at: 2026-02-03T09:00:00.000Z is before the incident started (created_at"
                        + " 2026-02-03T10:00:00.000Z)",
                bad + " $.incidents[2].created_at: is missing; expected a time such as \"2026-02-03T09:00:00Z\"",
                bad + " $.incidents[3].resolved_at: is missing, but the status is resolved; expected the time it was"
                        + " resolved, such as \"2026-02-03T09:00:00Z\"",
                bad + " $.incidents[4].components: expected a list of components such as [{\"id\": \"8kbf7d35c070\","
                        + " \"name\": \"Kubernetes API\"}], found the text \"Kubernetes API\"",
                bad + " $.incidents[4].resolved_at: expected a time such as \"2026-02-03T09:00:00Z\", found the number"
                        + " 1770375600",
                bad + " $.incidents[5].impact: expected one of none, minor, major, critical, maintenance; found the text"
                        + " \"severe\"",
                bad + " $.incidents[6].scheduled_until: is missing; a maintenance needs the times it was scheduled for"
                        + " and until, such as \"scheduled_for\": \"2026-02-03T09:00:00Z\", \"scheduled_until\":"
                        + " \"2026-02-03T11:00:00Z\"");
        assertThat(reading.forService("kubernetes").outages()).isEmpty();
        assertThat(reading.services()).isEmpty();
    }

    @Test
    void theManagementApisBareListIsReadToo() throws IOException {
        Path list = Samples.write(dir, "incidents.json", """
                [{"name": "Kubernetes API unavailable", "status": "resolved", "impact": "major",
                  "created_at": "2026-02-03T10:00:00.000+01:00", "resolved_at": "2026-02-03T09:30:00Z",
                  "components": [], "incident_updates": [{"status": "investigating", "created_at": "2026-02-03T09:00:00Z",
                    "affected_components": [{"code": "8kbf7d35c070", "name": "Kubernetes API"}]}]},
                 {"name": "Scheduled", "status": "scheduled", "impact": "maintenance",
                  "created_at": "2026-02-01T09:00:00Z", "scheduled_for": "2026-03-01T02:00:00Z",
                  "scheduled_until": "2026-03-01T04:00:00Z", "components": [{"id": "x", "name": "Kubernetes API"}]}]
                """);

        Reading reading = MonitoringRecords.read(list, null, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).isEmpty();
        // without components of its own, an incident is about those its updates name as affected
        assertThat(reading.forService("kubernetes").outages()).containsExactly(down("2026-02-03T09:00:00Z", "2026-02-03T09:30:00Z"));
        assertThat(reading.warnings()).containsExactly(list + " $[1]: maintenance \"Scheduled\" had not begun when the"
                + " file was exported (status scheduled); not counted");
    }

    @Test
    void anIncidentListedTwiceIsReadOnceAndOneWithoutComponentsIsSaid() throws IOException {
        String maintenance = """
                {"id": "k7n1c5t8e2cc", "name": "Upgrade", "status": "in_progress", "impact": "maintenance",
                 "created_at": "2026-02-09T10:00:00Z", "scheduled_for": "2026-02-15T02:00:00Z",
                 "scheduled_until": "2026-02-15T04:00:00Z", "components": [{"id": "8kbf7d35c070", "name": "Kubernetes API"}],
                 "incident_updates": [{"status": "in_progress", "created_at": "2026-02-15T02:05:00Z"}]}""";
        Path summary = Samples.write(dir, "summary.json", "{\"page\": {\"updated_at\": \"2026-02-15T03:00:00Z\"},"
                + " \"incidents\": [" + maintenance + ", {\"id\": \"n0c0mp0nent\", \"name\": \"Slow logins\","
                + " \"impact\": \"minor\", \"created_at\": \"2026-02-15T02:30:00Z\", \"components\": []}],"
                + " \"scheduled_maintenances\": [" + maintenance + "]}");

        Reading reading = MonitoringRecords.read(summary, null, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.forService("kubernetes").outages()).containsExactly(Outage.plannedWork(
                Instant.parse("2026-02-15T02:05:00Z"), Instant.parse("2026-02-15T03:00:00Z"), Instant.parse("2026-02-09T10:00:00Z")));
        assertThat(reading.warnings()).containsExactly(
                summary + " $.incidents[1]: incident \"Slow logins\" names no component, so no service; not counted",
                summary + " $.incidents[0]: maintenance \"Upgrade\" has no resolved_at; counted as planned work from"
                        + " 2026-02-15T02:05:00Z until 2026-02-15T03:00:00Z, when the page was last updated (page.updated_at)");
    }

    @Test
    void aMaintenanceStillInProgressPastItsScheduledEndIsAnOutageFromThen() throws IOException {
        Path export = Samples.write(dir, "maintenance.json", """
                {"page": {"updated_at": "2026-02-15T04:20:00Z"}, "scheduled_maintenances": [
                 {"id": "k7n1c5t8e2cc", "name": "Upgrade", "status": "in_progress", "impact": "maintenance",
                  "created_at": "2026-02-09T10:00:00Z", "scheduled_for": "2026-02-15T02:00:00Z",
                  "scheduled_until": "2026-02-15T04:00:00Z", "components": [{"name": "Kubernetes API"}]}]}
                """);

        Reading reading = MonitoringRecords.read(export, null, Samples.MAP, Samples.everyService());

        assertThat(reading.forService("kubernetes").outages()).containsExactly(
                Outage.plannedWork(Instant.parse("2026-02-15T02:00:00Z"), Instant.parse("2026-02-15T04:00:00Z"),
                        Instant.parse("2026-02-09T10:00:00Z")),
                down("2026-02-15T04:00:00Z", "2026-02-15T04:20:00Z"));
        assertThat(reading.warnings()).hasSize(2).last().asString().contains("ran 20 min past its scheduled end");
    }

    @Test
    void withoutAMapComponentsNamedAsTheServicesAreAreThoseServices() throws IOException {
        Reading reading = MonitoringRecords.read(EXPORT, SourceFormat.STATUSPAGE, null, Samples.everyService());

        // "Object Storage" is the name of the service object-storage; "Kubernetes API" is no service's id or name
        assertThat(reading.services()).containsExactly("object-storage");
        assertThat(reading.warnings()).contains(EXPORT + ": component \"Kubernetes API\" maps to no service of the"
                + " draft (6 incidents left out); map it to a service with --map if the agreement covers it");
    }

    @Test
    void aServiceMeasuredByIntervalsIsToldAStatusPageHoldsOutages() throws IOException {
        Records records = MonitoringRecords.forService(EXPORT, SourceFormat.STATUSPAGE, Samples.MAP,
                Samples.service("object-storage", RecordKind.INTERVALS, 5));

        assertThat(records.errors()).containsExactly(EXPORT + ": a status page export holds outages, but service"
                + " object-storage is measured by intervals; give its per-interval error rates instead (see"
                + " docs/monitoring.md)");
    }

    @Test
    void aFileThatIsNotJsonSaysWhere() throws IOException {
        Path broken = Samples.write(dir, "cut.json", "{\"incidents\": [\n  {\"name\": \"API\", \"created_at\": }\n]}\n");

        Reading reading = MonitoringRecords.read(broken, SourceFormat.STATUSPAGE, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).singleElement().asString()
                .startsWith(broken + " line 2, column 33: the file is not valid JSON here (")
                .endsWith("); look for a missing comma, quote or bracket just before this point");
    }
}
