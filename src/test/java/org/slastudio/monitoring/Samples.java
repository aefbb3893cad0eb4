package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slastudio.engine.Outage;

/** The example agreement's services, and the sample exports beside these tests. */
final class Samples {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Path MAP = resource("map.json");

    private Samples() {
    }

    static Map<String, String> services() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("kubernetes", "Managed Kubernetes Platform");
        services.put("object-storage", "Object Storage");
        services.put("customer-portal", "Customer Portal");
        return services;
    }

    /** Every service, each record as the file gives it. */
    static RecordRequest everyService() {
        return new RecordRequest(null, services(), LONDON, null, null);
    }

    static RecordRequest service(String id, RecordKind kind, Integer intervalMinutes) {
        return new RecordRequest(id, services(), LONDON, kind, intervalMinutes);
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/org/slastudio/monitoring", name);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Outage down(String start, String end) {
        return Outage.unplanned(Instant.parse(start), Instant.parse(end));
    }
}
