package org.slastudio.monitoring.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.monitoring.Reading;
import org.slastudio.monitoring.RecordRequest;
import org.slastudio.monitoring.SourceFormat;

/**
 * A year of records for 50 services, read for every service at once: 500,000 rows of our CSV (a tenth of them with
 * local times, read in Europe/Berlin), a status page export of 50,000 incidents with their updates, an uptime log of
 * 500,000 events, and a Prometheus range query of 50 up series with 10,000 steps each. The issue asks for well under a
 * second per file, warm, within a 2 s budget for history and report together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReadRecordsBenchmark {
    private static final int SERVICES = 50;
    private static final int ROWS = 500_000;
    private static final int INCIDENTS = 50_000;
    private static final int STEPS = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 86_400;

    private Path dir;
    private Path csv;
    private Path statusPage;
    private Path uptime;
    private Path prometheus;
    private RecordRequest everyService;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("read-records-bench");
        Map<String, String> services = new LinkedHashMap<>();
        for (int s = 0; s < SERVICES; s++) {
            services.put(id(s), "Component " + s);
        }
        everyService = new RecordRequest(null, services, ZONE, null, null);
        Random random = new Random(42);
        csv = write("outages.csv", out -> {
            out.write("service,start,end,reported_at,planned\n");
            for (int r = 0; r < ROWS; r++) {
                Instant start = YEAR.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS));
                Instant end = start.plusSeconds(random.nextInt(4 * 3600));
                // a local end the autumn's repeated hour would put before its start is written with its offset
                boolean local = r % 10 == 0 && LocalDateTime.ofInstant(start, ZONE).isBefore(LocalDateTime.ofInstant(end, ZONE));
                out.write(id(r % SERVICES) + "," + time(start, local) + "," + time(end, local) + ","
                        + (random.nextBoolean() ? "" : start.plusSeconds(random.nextInt(600)).toString()) + ","
                        + (random.nextInt(10) == 0) + "\n");
            }
        });
        statusPage = write("incidents.json", out -> {
            out.write("{\"page\": {\"id\": \"y2j98763l56x\", \"name\": \"Bench\", \"updated_at\": \"2026-01-01T00:00:00.000Z\"},\n"
                    + " \"incidents\": [\n");
            for (int i = 0; i < INCIDENTS; i++) {
                Instant start = YEAR.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS));
                Instant end = start.plusSeconds(60 + random.nextInt(3 * 3600));
                int c = i % SERVICES;
                out.write((i == 0 ? "" : ",\n") + "  {\"id\": \"inc" + i + "\", \"name\": \"Elevated errors " + i
                        + "\", \"status\": \"resolved\", \"impact\": \"major\", \"created_at\": \"" + start
                        + "\", \"updated_at\": \"" + end + "\", \"monitoring_at\": null, \"resolved_at\": \"" + end
                        + "\", \"shortlink\": \"https://stspg.io/x" + i + "\", \"page_id\": \"y2j98763l56x\","
                        + " \"incident_updates\": [" + update(i, "resolved", end) + ", " + update(i, "identified", start.plusSeconds(30))
                        + ", " + update(i, "investigating", start) + "], \"components\": [" + component(c) + ", "
                        + component((c + 7) % SERVICES) + "]}");
            }
            out.write("\n]}\n");
        });
        uptime = write("events.csv", out -> {
            out.write("Event,Monitor,Monitor URL,Date-Time,Reason,Duration\n");
            long[] clock = new long[SERVICES];
            for (int r = 0; r < ROWS; r++) {
                int s = r % SERVICES;
                clock[s] += 60 + random.nextInt(2 * 3600);
                LocalDateTime at = LocalDateTime.ofEpochSecond(YEAR.getEpochSecond() + clock[s], 0, ZoneOffset.UTC);
                out.write(((r / SERVICES) % 2 == 0 ? "Down" : "Up") + ",Component " + s + ",https://c" + s + ".example,"
                        + at.toLocalDate() + " " + at.toLocalTime() + ",Connection Timeout,\"0 hrs, 5 mins\"\n");
            }
        });
        prometheus = write("up.json", out -> {
            out.write("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
            for (int s = 0; s < SERVICES; s++) {
                out.write((s == 0 ? "" : ",") + "{\"metric\":{\"__name__\":\"up\",\"instance\":\"10.0.0." + s
                        + ":9100\",\"job\":\"" + id(s) + "\"},\"values\":[");
                for (int k = 0; k < STEPS; k++) {
                    out.write((k == 0 ? "" : ",") + "[" + (YEAR.getEpochSecond() + 300L * k) + ",\""
                            + (random.nextInt(50) == 0 ? 0 : 1) + "\"]");
                }
                out.write("]}");
            }
            out.write("]}}\n");
        });
    }

    @TearDown
    public void tearDown() throws IOException {
        for (Path file : new Path[] {csv, statusPage, uptime, prometheus}) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Reading ourCsvOf500000Rows() throws IOException {
        return checked(MonitoringRecords.read(csv, SourceFormat.CSV, null, everyService));
    }

    @Benchmark
    public Reading statusPageOf50000Incidents() throws IOException {
        return checked(MonitoringRecords.read(statusPage, SourceFormat.STATUSPAGE, null, everyService));
    }

    @Benchmark
    public Reading uptimeLogOf500000Events() throws IOException {
        return checked(MonitoringRecords.read(uptime, SourceFormat.UPTIME, null, everyService));
    }

    @Benchmark
    public Reading prometheusOf50SeriesBy10000Steps() throws IOException {
        return checked(MonitoringRecords.read(prometheus, SourceFormat.PROMETHEUS, null, everyService));
    }

    /** A benchmark of a file that fails to read would measure the wrong thing. */
    private static Reading checked(Reading reading) {
        if (!reading.errors().isEmpty()) {
            throw new IllegalStateException(reading.errors().get(0));
        }
        return reading;
    }

    private interface Writing {
        void to(BufferedWriter out) throws IOException;
    }

    private Path write(String name, Writing writing) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writing.to(out);
        }
        return file;
    }

    private static String id(int s) {
        return String.format("service-%02d", s);
    }

    /** With an offset, or as a local time in the zone (the day's skipped hour in spring is warned about). */
    private static String time(Instant instant, boolean local) {
        return local ? LocalDateTime.ofInstant(instant, ZONE).toString() : instant.toString();
    }

    private static String update(int incident, String status, Instant at) {
        return "{\"id\": \"u" + incident + status.charAt(0) + "\", \"status\": \"" + status + "\", \"body\": \"Update.\","
                + " \"incident_id\": \"inc" + incident + "\", \"created_at\": \"" + at + "\", \"updated_at\": \"" + at
                + "\", \"display_at\": \"" + at + "\", \"affected_components\": null, \"deliver_notifications\": true}";
    }

    private static String component(int s) {
        return "{\"id\": \"c" + s + "\", \"name\": \"Component " + s + "\", \"status\": \"operational\","
                + " \"created_at\": \"2024-06-02T08:14:51.300Z\", \"position\": " + s + ", \"group\": false}";
    }
}
