package org.slastudio.ui.performance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Records files for the example agreement, written the way a provider's monitoring would export them. */
public final class ExampleRecords {
    private ExampleRecords() {
    }

    /**
     * January to November 2026 of the example, in one file: outages of the Kubernetes platform and the portal, and the
     * 5-minute intervals in which Object Storage failed more than 5% of requests (the intervals not listed were fine).
     * Kubernetes misses 99.95% in February (earned back by three clean months), June and August (lost) and October;
     * Object Storage in March and September.
     */
    public static Path year(Path folder) throws IOException {
        Path file = folder.resolve("monitoring-2026.csv");
        Files.writeString(file, """
                start,end,error_rate_percent,service
                2026-01-14T09:12Z,2026-01-14T09:24Z,,kubernetes
                2026-02-11T15:02Z,2026-02-11T15:50Z,,kubernetes
                2026-03-04T11:30Z,2026-03-04T11:38Z,,kubernetes
                2026-03-18T10:00Z,,12.5,object-storage
                2026-03-18T10:05Z,,31.0,object-storage
                2026-03-18T10:10Z,,44.2,object-storage
                2026-03-18T10:15Z,,18.7,object-storage
                2026-03-18T10:20Z,,9.1,object-storage
                2026-03-18T10:25Z,,6.3,object-storage
                2026-04-22T13:40Z,2026-04-22T15:05Z,,customer-portal
                2026-05-06T08:15Z,2026-05-06T08:30Z,,kubernetes
                2026-05-27T19:01Z,2026-05-27T19:06Z,,kubernetes
                2026-06-16T06:50Z,2026-06-16T10:00Z,,kubernetes
                2026-06-16T06:55Z,2026-06-16T09:40Z,,customer-portal
                2026-07-09T14:20Z,2026-07-09T14:30Z,,kubernetes
                2026-07-21T16:00Z,,7.5,object-storage
                2026-07-21T16:05Z,,5.2,object-storage
                2026-08-03T22:10Z,2026-08-03T23:45Z,,kubernetes
                2026-09-09T12:00Z,,8.0,object-storage
                2026-09-09T12:05Z,,22.0,object-storage
                2026-09-09T12:10Z,,35.5,object-storage
                2026-09-09T12:15Z,,41.0,object-storage
                2026-09-09T12:20Z,,28.4,object-storage
                2026-09-09T12:25Z,,19.9,object-storage
                2026-09-09T12:30Z,,11.2,object-storage
                2026-09-09T12:35Z,,6.6,object-storage
                2026-10-13T10:05Z,2026-10-13T10:35Z,,kubernetes
                2026-10-28T20:00Z,2026-10-28T22:30Z,,customer-portal
                2026-11-17T07:45Z,2026-11-17T07:51Z,,kubernetes
                """);
        return file;
    }

    /**
     * A large export: {@code rows} Kubernetes records ten minutes apart from 1 January 2026, each a 30-second blip the
     * 5-minute minimum leaves out, but every thousandth an 8-minute outage that counts: five in January (on the 1st,
     * 7th, 14th, 21st and 28th, none in Sunday maintenance), 40 minutes of its 44,160 measured, 99.9094%.
     */
    public static Path large(Path folder, int rows) throws IOException {
        Path file = folder.resolve("large-export.csv");
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("start,end,reported_at,planned,service\n");
            for (int i = 0; i < rows; i++) {
                Instant start = first.plusSeconds(600L * i);
                Instant end = start.plusSeconds(i % 1000 == 0 ? 480 : 30);
                out.write(start + "," + end + "," + start.plusSeconds(5) + ",false,kubernetes\n");
            }
        }
        return file;
    }
}
