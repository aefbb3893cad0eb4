package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading every service's records in one pass gives each service what reading the file for it alone gives, in the
 * file's order, and names bad rows by their line across the batches the file is read in.
 */
class RecordsByServiceTest {
    private static final List<String> SERVICES = List.of("a", "b", "c");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    /** 41,000 rows over three services and rows of no service, some with quotes, a local time and blank lines. */
    private Path file() throws IOException {
        StringBuilder csv = new StringBuilder("start,end,service,planned\n");
        for (int i = 0; i < 41_000; i++) {
            String start = "2026-03-%02dT%02d:%02d".formatted(1 + i % 28, i % 24, i % 60);
            String end = "2026-03-%02dT%02d:%02d:30Z".formatted(1 + i % 28, i % 24, i % 60);
            String service = i % 7 == 0 ? "" : i % 3 == 0 ? "\"a\"" : i % 3 == 1 ? "b" : "c";
            csv.append(i % 5 == 0 ? start + "Z" : start).append(',').append(end).append(',').append(service)
                    .append(',').append(i % 11 == 0 ? "yes" : "").append('\n');
            if (i % 10_000 == 0) {
                csv.append('\n');
            }
        }
        Path file = dir.resolve("outages.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void eachServiceGetsTheRowsReadingForItAloneGives() throws IOException {
        Path file = file();

        RecordsByService.ByService all = RecordsByService.read(file, OutageCsv.Kind.OUTAGES, SERVICES, SERVICES, LONDON);

        assertThat(all.errors()).isEmpty();
        for (String id : SERVICES) {
            OutageCsv.Rows alone = OutageCsv.read(file, OutageCsv.Kind.OUTAGES, id, SERVICES, LONDON);
            assertThat(all.rows().get(id).outages()).as(id).containsExactlyInAnyOrderElementsOf(alone.outages());
            assertThat(all.rows().get(id).outages()).as(id).hasSize(alone.outages().size());
        }
        assertThat(all.rows().keySet()).containsExactlyElementsOf(SERVICES);
    }

    @Test
    void linesOfStartEndAndServiceAloneAreReadAsTheLongWayReadsThem() throws IOException {
        // The columns most exports have, in another order; times with and without offsets, spaces, quotes, no service.
        StringBuilder csv = new StringBuilder("service,end,start\n");
        for (int i = 0; i < 30_000; i++) {
            String start = "2026-10-%02dT%02d:%02d".formatted(1 + i % 31, i % 24, i % 60);
            String end = "2026-10-%02dT%02d:%02d:59".formatted(1 + i % 31, i % 24, i % 60);
            String service = i % 13 == 0 ? "" : i % 17 == 0 ? " b " : i % 19 == 0 ? "\"c\"" : SERVICES.get(i % 3);
            String offset = i % 3 == 0 ? "Z" : i % 3 == 1 ? "+01:00" : "";
            csv.append(service).append(',').append(end).append(offset).append(',').append(start).append(offset).append('\n');
        }
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, csv);

        RecordsByService.ByService all = RecordsByService.read(file, OutageCsv.Kind.OUTAGES, SERVICES, SERVICES, LONDON);

        assertThat(all.errors()).isEmpty();
        java.util.Set<String> warnings = new java.util.TreeSet<>();
        for (String id : SERVICES) {
            OutageCsv.Rows alone = OutageCsv.read(file, OutageCsv.Kind.OUTAGES, id, SERVICES, LONDON);
            assertThat(all.rows().get(id).outages()).as(id).containsExactlyInAnyOrderElementsOf(alone.outages())
                    .hasSize(alone.outages().size());
            warnings.addAll(alone.warnings());
        }
        assertThat(new java.util.TreeSet<>(all.warnings())).isEqualTo(warnings);
    }

    @Test
    void badRowsAreNamedByTheirLinesInTheFilesOrderAcrossItsBatches() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file()));
        lines.set(3, "2026-03-01T00:00Z,2026-02-01T00:00Z,a,");
        lines.set(25_000, "2026-03-01T00:00Z,2026-03-01T01:00Z,d,");
        lines.set(lines.size() - 1, "soon,2026-03-01T01:00Z,b,");
        Path file = dir.resolve("bad.csv");
        Files.write(file, lines);

        RecordsByService.ByService all = RecordsByService.read(file, OutageCsv.Kind.OUTAGES, SERVICES, SERVICES, LONDON);

        assertThat(all.errors()).containsExactly(
                file + " line 4: end 2026-02-01T00:00Z is before start 2026-03-01T00:00Z",
                file + " line 25001: service \"d\" is not a service of the draft; its services are: a, b, c",
                file + " line " + lines.size() + ": start \"soon\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z");
    }

    @Test
    void aFileWithoutTheKindsColumnsIsToldFromItsHeader() throws IOException {
        Path file = file();

        RecordsByService.ByService all = RecordsByService.read(file, OutageCsv.Kind.INTERVALS, SERVICES, SERVICES, LONDON);

        assertThat(all.errors()).containsExactly(file + " line 1: no column \"error_rate_percent\"; the header must name"
                + " the columns, e.g. \"start,error_rate_percent\"");
        assertThat(all.rows()).isEmpty();
    }
}
