package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.monitoring.Samples.down;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample log lists events newest first, as the export does, in the map's zone (Europe/London, which is UTC in
 * February): three monitors, one of which maps to no service, a pause while up, and a Down with no Up after it.
 */
class UptimeCsvTest {

    private static final Path LOG = Samples.resource("uptime-events.csv");

    @TempDir
    Path dir;

    @Test
    void eachDownAndTheNextUpOfTheSameMonitorAreAnOutage() throws IOException {
        Reading reading = MonitoringRecords.read(LOG, SourceFormat.UPTIME, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.forService("kubernetes").outages()).containsExactly(
                down("2026-02-03T09:00:00Z", "2026-02-03T09:47:30Z"),
                down("2026-02-10T13:40:00Z", "2026-02-10T15:05:00Z"),
                down("2026-02-20T04:10:00Z", "2026-02-20T04:13:00Z"),
                // no Up after it: open until the last event in the file, the status page's Up at 00:20
                down("2026-02-27T23:50:00Z", "2026-02-28T00:20:00Z"));
        assertThat(reading.forService("customer-portal").outages())
                .containsExactly(down("2026-02-04T17:30:00Z", "2026-02-05T08:30:00Z"));
        assertThat(reading.warnings()).containsExactly(
                LOG + ": monitor \"Status Page\" maps to no service of the draft (2 events left out); add it under"
                        + " \"checks\" in the map file if the agreement covers it",
                LOG + " line 4: monitor \"Kubernetes API\" went down at 2026-02-27T23:50:00Z and the file has no Up after"
                        + " it; counted as down until 2026-02-28T00:20:00Z, the last event in the file");
    }

    @Test
    void localTimesAreReadInTheMapsZoneAndTheClockChangeIsSaid() throws IOException {
        Path log = Samples.write(dir, "events.csv", """
                Event,Monitor,Date-Time,Reason
                Down,Kubernetes API,2026-03-29 00:50:00,Connection Timeout
                Up,Kubernetes API,2026-03-29 01:30:00,OK (200)
                """);

        Reading reading = MonitoringRecords.read(log, SourceFormat.UPTIME, Samples.MAP, Samples.everyService());

        // 01:30 does not exist in London that night: read as 02:30 BST, 01:30Z, 40 minutes after 00:50 GMT
        assertThat(reading.forService("kubernetes").outages()).containsExactly(down("2026-03-29T00:50:00Z", "2026-03-29T01:30:00Z"));
        assertThat(reading.warnings()).containsExactly(log + " line 3: Date-Time 2026-03-29T01:30 does not exist in"
                + " Europe/London (clocks went forward); read as 02:30+01:00");
    }

    @Test
    void aMonitorPausedWhileDownIsCountedDownUntilThePause() throws IOException {
        Path log = Samples.write(dir, "events.csv", """
                event,monitor,datetime
                Down,Kubernetes API,2026-02-03T09:00:00Z
                Paused,Kubernetes API,2026-02-03T09:20:00Z
                Started,Kubernetes API,2026-02-03T11:00:00Z
                Up,Kubernetes API,2026-02-03T11:01:00Z
                """);

        Reading reading = MonitoringRecords.read(log, SourceFormat.UPTIME, Samples.MAP, Samples.everyService());

        assertThat(reading.forService("kubernetes").outages()).containsExactly(down("2026-02-03T09:00:00Z", "2026-02-03T09:20:00Z"));
        assertThat(reading.warnings()).containsExactly(log + " line 3: monitor \"Kubernetes API\" was paused while down"
                + " (since 2026-02-03T09:00:00Z, line 2); counted as down until the pause, 2026-02-03T09:20:00Z");
    }

    @Test
    void everyBadRowIsNamedByItsLineNumber() throws IOException {
        Path bad = Samples.resource("uptime-malformed.csv");

        Reading reading = MonitoringRecords.read(bad, SourceFormat.UPTIME, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).containsExactly(
                bad + " line 3: Event \"Degraded\" is not an event of the log; expected Down, Up, Paused or Started",
                bad + " line 4: Date-Time \"03/02/2026 09:20\" is not a time; write e.g. 2026-02-03 09:00:00 or"
                        + " 2026-02-03T09:00:00Z",
                bad + " line 5: Monitor is empty; write the monitor's name, e.g. k8s-api.example.com",
                bad + " line 6: has 3 values but the header names 4 columns (Event,Monitor,Date-Time,Reason)");
        assertThat(reading.services()).isEmpty();
    }

    @Test
    void aHeaderWithoutAnEventColumnSaysWhatItNeeds() throws IOException {
        Path log = Samples.write(dir, "events.csv", "Monitor,Date-Time\nKubernetes API,2026-02-03 09:00:00\n");

        Reading reading = MonitoringRecords.read(log, SourceFormat.UPTIME, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).containsExactly(log + " line 1: no column for the event (Down or Up); the header must"
                + " name the columns, e.g. \"Event,Monitor,Date-Time,Reason,Duration\"");
    }
}
