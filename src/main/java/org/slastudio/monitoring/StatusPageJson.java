package org.slastudio.monitoring;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Incidents from an Atlassian Statuspage export: the public {@code /api/v2/incidents.json} (or
 * {@code scheduled-maintenances.json}, or {@code summary.json}) shape {@code {"page": {...}, "incidents": [...]}}, or
 * the bare list the management API returns. The file is streamed, one incident in memory at a time.
 *
 * <p>An incident is an outage of each service its components map to, from {@code started_at} (the time the
 * provider states the impact began, which Statuspage lets them set apart from when the post was made) or, where
 * that is absent, {@code created_at}, to {@code resolved_at}. A scheduled maintenance ({@code scheduled_for} set, or
 * impact "maintenance") is planned work announced at its {@code created_at}; see {@link Maintenance}.
 */
final class StatusPageJson {

    private final Path file;
    private final RecordRequest request;
    private final ServiceMap map;
    private final Reading into;
    private final ZoneId zone;
    private final Map<String, Integer> unmapped = new LinkedHashMap<>();
    private final List<Incident.Open> open = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private Instant exported;
    private Instant latest;

    private StatusPageJson(Path file, RecordRequest request, ServiceMap map, Reading into) {
        this.file = file;
        this.request = request;
        this.map = map;
        this.into = into;
        this.zone = map.zone(request.zone());
    }

    static void read(Path file, RecordRequest request, ServiceMap map, Reading into) {
        if (request.kind() != null && request.kind() != RecordKind.OUTAGES) {
            into.error(file + ": a status page export holds outages, but " + request.who() + " is measured by " + request.measuredBy()
                    + "; give its " + request.kind().noun() + " instead (see docs/monitoring.md)");
            return;
        }
        new StatusPageJson(file, request, map, into).read();
    }

    private void read() {
        int lists = 0;
        try (JsonParser parser = JsonFiles.open(file)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    incidents(parser, "$");
                    lists++;
                } else if (first == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        JsonToken value = parser.nextToken();
                        String path = JsonFiles.field("$", name);
                        if ((name.equals("incidents") || name.equals("scheduled_maintenances")) && value == JsonToken.START_ARRAY) {
                            incidents(parser, path);
                            lists++;
                        } else if (name.equals("incidents") || name.equals("scheduled_maintenances")) {
                            JsonNode node = parser.readValueAsTree();
                            wrong(path, "expected a list of incidents [ {\"name\": ..., \"created_at\": ...} ], found "
                                    + JsonFiles.describe(node));
                            lists++;
                        } else if (name.equals("page") && value == JsonToken.START_OBJECT) {
                            page(parser.readValueAsTree());
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    into.error(file + " $: expected a status page export such as {\"page\": {...}, \"incidents\": [...]},"
                            + " found " + (first == null ? "an empty file" : "a single value"));
                    return;
                }
            } catch (JacksonException e) {
                into.error(JsonFiles.broken(file, e, parser));
                return;
            }
        }
        if (lists == 0) {
            into.error(file + " $: there is no \"incidents\" list; expected a status page export such as"
                    + " {\"page\": {...}, \"incidents\": [...]}");
            return;
        }
        close();
    }

    private void incidents(JsonParser parser, String path) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = parser.readValueAsTree();
            JsonNode id = node.get("id");
            // summary.json may list an incident in progress under incidents and again under scheduled_maintenances
            if (id == null || !id.isString() || ids.add(id.asString())) {
                new Incident(this, node, JsonFiles.element(path, index)).read();
            }
            index++;
        }
    }

    /** The time of the export, where the page says when it was last updated. */
    private void page(JsonNode page) {
        JsonNode updated = page.get("updated_at");
        if (updated != null && !updated.isNull()) {
            exported = guard(() -> JsonFiles.time(updated, "$.page.updated_at", zone, warner(Set.of())));
        }
    }

    /**
     * Outages still open run to the end of what the file knows: when the page was last updated, or else the latest
     * time anywhere in the file.
     */
    private void close() {
        for (Map.Entry<String, Integer> name : unmapped.entrySet()) {
            into.warn(List.of(), file + ": component \"" + name.getKey() + "\" maps to no service of the draft ("
                    + name.getValue() + " incident" + (name.getValue() == 1 ? "" : "s") + " left out); "
                    + (map.fromFile() ? "add it under \"components\" in the map file" : "map it to a service with --map")
                    + " if the agreement covers it");
        }
        if (into.hasErrors()) {
            return;
        }
        Instant end = exported != null ? exported : latest;
        for (Incident.Open o : open) {
            Instant until = end.isBefore(o.start()) ? o.start() : end;
            into.warn(o.services(), file + " " + o.path() + ": " + o.what() + " has no resolved_at; counted as "
                    + (o.planned() ? "planned work" : "down") + " from " + o.start() + " until " + until + ", "
                    + (exported != null ? "when the page was last updated (page.updated_at)" : "the latest time in the file"));
            Incident.record(this, o, until);
        }
        if (request.serviceId() != null) {
            into.touch(request.serviceId());
        }
    }

    // What an incident reader needs of the file as a whole.

    ZoneId zone() {
        return zone;
    }

    ServiceMap map() {
        return map;
    }

    Reading into() {
        return into;
    }

    boolean wants(String service) {
        return request.wants(service);
    }

    void seen(Instant time) {
        if (time != null && (latest == null || time.isAfter(latest))) {
            latest = time;
        }
    }

    void unmapped(String name) {
        unmapped.merge(name, 1, Integer::sum);
    }

    void stillOpen(Incident.Open incident) {
        open.add(incident);
    }

    void wrong(String path, String message) {
        into.error(file + " " + path + ": " + message);
    }

    void warn(Set<String> services, String path, String message) {
        into.warn(services, file + " " + path + ": " + message);
    }

    Consumer<String> warner(Set<String> services) {
        return warning -> into.warn(services, file + " " + warning);
    }

    /** The value, or null after naming what is wrong with it. */
    <T> T guard(Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonFiles.Wrong e) {
            wrong(e.path, e.getMessage());
            return null;
        }
    }
}
