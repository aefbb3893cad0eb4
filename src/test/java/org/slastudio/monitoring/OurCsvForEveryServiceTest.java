package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.engine.Outage;
import org.slastudio.model.Agreement;
import org.slastudio.store.DraftStore;

/**
 * Our outage CSV read once for every service of the example (Kubernetes and the Customer Portal measured by time,
 * Object Storage by 5-minute intervals).
 */
class OurCsvForEveryServiceTest {
    private static final Agreement EXAMPLE = DraftStore.load(Path.of("templates/example-cloud-hosting.sla.json")).draft().agreement();

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("outages.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aRowCountsForItsServiceAndARowWithoutOneForEveryServiceMeasuredByTime() throws Exception {
        Path file = csv("""
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T09:40Z,
                2026-03-01T08:00Z,2026-03-01T08:30Z,customer-portal
                """);

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), RecordsReader.Progress.NONE);

        assertThat(read.errors()).isEmpty();
        assertThat(read.records().keySet()).containsExactly("kubernetes", "customer-portal");
        assertThat(read.records().get("kubernetes").outages()).extracting(Outage::start)
                .containsExactly(Instant.parse("2026-01-10T10:00:00Z"), Instant.parse("2026-02-03T09:00:00Z"));
        assertThat(read.records().get("customer-portal").outages()).extracting(Outage::start)
                .containsExactly(Instant.parse("2026-02-03T09:00:00Z"), Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(read.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.serviceId()).isEqualTo("object-storage");
            assertThat(l.measuredBy()).isEqualTo("by intervals");
            assertThat(l.errors()).containsExactly(file + " line 1: no column \"error_rate_percent\"; the header must name"
                    + " the columns, e.g. \"start,error_rate_percent\"");
        });
    }

    @Test
    void aFileOfSeveralKindsIsReadRowByRowAsEachRowsServiceIsMeasured() throws Exception {
        Path file = csv("""
                start,end,error_rate_percent,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,,kubernetes
                2026-01-11T10:00Z,,12.5,object-storage
                2026-01-11T10:00Z,2026-01-11T10:05Z,,customer-portal
                """);

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), RecordsReader.Progress.NONE);

        assertThat(read.leftOut()).isEmpty();
        assertThat(read.records().get("kubernetes").outages()).hasSize(1);
        assertThat(read.records().get("object-storage").samples()).singleElement()
                .satisfies(s -> assertThat(s.errorRatePercent()).isEqualByComparingTo("12.5"));
        assertThat(read.records().get("customer-portal").outages()).hasSize(1);
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void aRowIsCheckedAsItsServiceIsMeasured() throws Exception {
        Path file = csv("""
                start,end,error_rate_percent,service
                2026-01-12T10:00Z,,oops,object-storage
                2026-01-12T10:00Z,,,kubernetes
                """);

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), RecordsReader.Progress.NONE);

        assertThat(read.errors()).containsExactly(
                file + " line 2: error_rate_percent \"oops\" is not a number; write e.g. 0.5",
                file + " line 3: end is empty; write a time such as 2026-02-03T09:00Z");
    }

    @Test
    void everyBadRowIsNamedByItsLineAndNothingIsCountedTillAllAreRight() throws Exception {
        Path file = csv("""
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-01-11T10:00Z,2026-01-11T09:00Z,kubernetes
                2026-01-12T10:00Z,2026-01-12T11:00Z,kubernets

                tomorrow,2026-01-13T11:00Z,kubernetes
                2026-01-14T10:00Z,kubernetes
                """);

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), RecordsReader.Progress.NONE);

        assertThat(read.errors()).containsExactly(
                file + " line 3: end 2026-01-11T09:00Z is before start 2026-01-11T10:00Z",
                file + " line 4: service \"kubernets\" is not a service of the draft; its services are: kubernetes,"
                        + " object-storage, customer-portal",
                file + " line 6: start \"tomorrow\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z",
                file + " line 7: has 2 values but the header names 3 columns (start,end,service)");
        assertThat(read.records().get("kubernetes").outages()).as("nothing is counted until every row is right").isEmpty();
    }

    @Test
    void aFileWithoutTheColumnsOfAnyServiceLeavesThemAllOut() throws Exception {
        Path file = csv("start,error_rate_percent\n2026-01-10T10:00Z,12.5\n");

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, List.of(EXAMPLE.services().get(0)), RecordsReader.Progress.NONE);

        assertThat(read.records()).isEmpty();
        assertThat(read.leftOut()).extracting(ServiceRecords.LeftOut::serviceId).containsExactly("kubernetes");
        assertThat(read.leftOut().get(0).errors()).containsExactly(
                file + " line 1: no column \"end\"; the header must name the columns, e.g. \"start,end,reported_at,planned\"");
    }

    @Test
    void progressRisesToTheWholeFileAsALargeFileIsRead() throws Exception {
        StringBuilder text = new StringBuilder("start,end,service\n");
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            text.append(at.plusSeconds(600L * i)).append(',').append(at.plusSeconds(600L * i + 60)).append(",kubernetes\n");
        }
        Path file = csv(text.toString());
        List<Double> heard = new ArrayList<>();

        ServiceRecords read = MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), heard::add);

        assertThat(read.records().get("kubernetes").outages()).hasSize(20_000);
        assertThat(heard).hasSizeGreaterThan(5).isSorted().last().isEqualTo(1.0);
        assertThat(heard.get(0)).isBetween(0.0, 0.2);
    }

    @Test
    void anInterruptedReadStopsAsCancelled() throws Exception {
        StringBuilder text = new StringBuilder("start,end\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("2026-01-01T00:00Z,2026-01-01T00:01Z\n");
        }
        Path file = csv(text.toString());

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> MonitoringRecords.READER.read(file, EXAMPLE, EXAMPLE.services(), RecordsReader.Progress.NONE))
                    .isInstanceOf(CancellationException.class).hasMessage("Reading outages.csv was cancelled");
        } finally {
            Thread.interrupted();
        }
    }
}
