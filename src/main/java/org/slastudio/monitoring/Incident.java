package org.slastudio.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.slastudio.engine.Outage;
import tools.jackson.databind.JsonNode;

/** One incident of a status page export, read into outages or planned work of the services it affects. */
final class Incident {

    /**
     * An incident or maintenance as far as its start, its end known later for one still open at the end of the file.
     *
     * @param scheduledUntil the announced end of a maintenance; null for an incident
     */
    record Open(String path, String what, Set<String> services, Instant start, boolean planned, Instant announced,
                Instant scheduledUntil) {
    }

    private static final Set<String> IMPACTS = Set.of("none", "minor", "major", "critical", "maintenance");
    private static final Set<String> RESOLVED = Set.of("resolved", "postmortem");
    private static final String TIME = "\"2026-02-03T09:00:00Z\"";

    private final StatusPageJson export;
    private final JsonNode node;
    private final String path;
    private Set<String> services = Set.of();
    /** Whether the incident names any component, of a service or not. */
    private boolean named;

    Incident(StatusPageJson export, JsonNode node, String path) {
        this.export = export;
        this.node = node;
        this.path = path;
    }

    void read() {
        if (!node.isObject()) {
            export.wrong(path, "expected an incident such as {\"name\": \"API errors\", \"created_at\": " + TIME
                    + ", \"resolved_at\": ..., \"components\": [...]}, found " + JsonFiles.describe(node));
            return;
        }
        int errors = export.into().errorCount();
        String name = export.guard(() -> JsonFiles.text(node.get("name"), field("name"), "\"API errors\""));
        String impact = export.guard(this::impact);
        String status = export.guard(() -> JsonFiles.text(node.get("status"), field("status"), "\"resolved\""));
        services = components();
        Consumer<String> warn = export.warner(services);
        Instant created = export.guard(() -> JsonFiles.time(node.get("created_at"), field("created_at"), export.zone(), warn));
        export.seen(created);
        Instant started = optionalTime("started_at", warn);
        Instant resolved = optionalTime("resolved_at", warn);
        optionalTime("updated_at", warn);
        Instant scheduledFor = optionalTime("scheduled_for", warn);
        Instant scheduledUntil = optionalTime("scheduled_until", warn);
        Updates updates = updates(warn);
        if (export.into().errorCount() > errors) {
            return;
        }
        String what = (scheduledFor != null || "maintenance".equals(impact) ? "maintenance" : "incident")
                + (name == null ? "" : " \"" + name + "\"");
        if (services.isEmpty()) {
            if (!named) {
                export.warn(Set.of(), path, what + " names no component, so no service; not counted");
            }
            return;
        }
        if (scheduledFor != null || "maintenance".equals(impact)) {
            maintenance(what, status, created, resolved, scheduledFor, scheduledUntil, updates);
            return;
        }
        if (impact != null && !export.map().counts(impact)) {
            export.warn(services, path, what + " has impact " + impact + ", which is not counted as an outage (counted: "
                    + String.join(", ", export.map().impacts()) + "; set \"impacts\" in the map file to change it)");
            return;
        }
        boolean fromStartedAt = started != null;
        Instant start = fromStartedAt ? started : created;
        if (resolved == null) {
            if (status != null && RESOLVED.contains(status)) {
                export.wrong(field("resolved_at"), "is missing, but the status is " + status + "; expected the time it was"
                        + " resolved, such as " + TIME);
            } else {
                export.stillOpen(new Open(path, what, services, start, false, null, null));
            }
            return;
        }
        if (resolved.isBefore(start)) {
            export.wrong(field("resolved_at"), node.get("resolved_at").asString() + " is before the incident started ("
                    + (fromStartedAt ? "started_at " : "created_at ") + node.get(fromStartedAt ? "started_at" : "created_at")
                    .asString() + ")");
            return;
        }
        record(export, new Open(path, what, services, start, false, null, null), resolved);
    }

    /**
     * Planned work from when the work began (its first "in_progress" update, else {@code scheduled_for}) to when it
     * was completed ({@code resolved_at}), announced when the maintenance was posted. Work past {@code scheduled_until}
     * was not announced: that part is an outage.
     */
    private void maintenance(String what, String status, Instant created, Instant resolved, Instant scheduledFor,
                             Instant scheduledUntil, Updates updates) {
        if (scheduledFor == null || scheduledUntil == null) {
            export.wrong(field(scheduledFor == null ? "scheduled_for" : "scheduled_until"), "is missing; a maintenance"
                    + " needs the times it was scheduled for and until, such as \"scheduled_for\": " + TIME
                    + ", \"scheduled_until\": \"2026-02-03T11:00:00Z\"");
            return;
        }
        if (scheduledUntil.isBefore(scheduledFor)) {
            export.wrong(field("scheduled_until"), node.get("scheduled_until").asString() + " is before scheduled_for "
                    + node.get("scheduled_for").asString());
            return;
        }
        if ("scheduled".equals(status) && updates.inProgress == null && resolved == null) {
            export.warn(services, path, what + " had not begun when the file was exported (status scheduled); not counted");
            return;
        }
        Instant start = updates.inProgress != null ? updates.inProgress : scheduledFor;
        Instant end = resolved != null ? resolved : updates.completed;
        if (end == null && "completed".equals(status)) {
            export.wrong(field("resolved_at"), "is missing, and no update says when the work was completed, but the status"
                    + " is completed; expected the time it was completed, such as " + TIME);
            return;
        }
        Open work = new Open(path, what, services, start, true, created, scheduledUntil);
        if (end == null) {
            export.stillOpen(work);
            return;
        }
        if (end.isBefore(start)) {
            export.wrong(field("resolved_at"), end + " is before the work began (" + start + ")");
            return;
        }
        record(export, work, end);
    }

    /**
     * The records of an incident or maintenance that ended at {@code end}: for a maintenance, planned work as far as
     * its scheduled end, and the time it ran on after that as an outage, said so.
     */
    static void record(StatusPageJson export, Open o, Instant end) {
        if (!o.planned()) {
            add(export, o.services(), Outage.unplanned(o.start(), end));
            return;
        }
        Instant until = o.scheduledUntil();
        Instant plannedEnd = end.isAfter(until) ? until : end;
        if (o.start().isBefore(plannedEnd)) {
            add(export, o.services(), Outage.plannedWork(o.start(), plannedEnd, o.announced()));
        }
        if (end.isAfter(until)) {
            Instant overrun = o.start().isAfter(until) ? o.start() : until;
            add(export, o.services(), Outage.unplanned(overrun, end));
            export.warn(o.services(), o.path(), o.what() + " ran " + Duration.between(overrun, end).toMinutes() + " min"
                    + " past its scheduled end " + until + " (until " + end + "); that time is counted as an outage, not"
                    + " planned work");
        }
    }

    private static void add(StatusPageJson export, Set<String> services, Outage outage) {
        for (String service : services) {
            if (export.wants(service)) {
                export.into().outage(service, outage);
            }
        }
    }

    private String impact() {
        String text = JsonFiles.text(node.get("impact"), field("impact"), "\"major\"");
        if (text == null) {
            return null;
        }
        String impact = text.toLowerCase(Locale.ROOT);
        if (!IMPACTS.contains(impact)) {
            throw new JsonFiles.Wrong(field("impact"), "expected one of none, minor, major, critical, maintenance;"
                    + " found the text \"" + JsonFiles.shorten(text) + "\"");
        }
        return impact;
    }

    /**
     * The services of the incident's components, by name or id; where the incident lists none, those its updates
     * name as affected (the management API's {@code affected_components}).
     */
    private Set<String> components() {
        Set<String> found = new LinkedHashSet<>();
        JsonNode list = node.get("components");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                export.wrong(field("components"), "expected a list of components such as [{\"id\": \"8kbf7d35c070\","
                        + " \"name\": \"Kubernetes API\"}], found " + JsonFiles.describe(list));
                return found;
            }
            for (int i = 0; i < list.size(); i++) {
                component(list.get(i), JsonFiles.element(field("components"), i), "id", found);
            }
            if (!list.isEmpty()) {
                return found;
            }
        }
        JsonNode updates = node.get("incident_updates");
        if (updates != null && updates.isArray()) {
            for (int u = 0; u < updates.size(); u++) {
                JsonNode affected = updates.get(u).get("affected_components");
                if (affected != null && affected.isArray()) {
                    String at = JsonFiles.element(field("incident_updates"), u) + ".affected_components";
                    for (int i = 0; i < affected.size(); i++) {
                        component(affected.get(i), JsonFiles.element(at, i), "code", found);
                    }
                }
            }
        }
        return found;
    }

    private void component(JsonNode component, String at, String idField, Set<String> found) {
        if (!component.isObject()) {
            export.wrong(at, "expected a component such as {\"" + idField + "\": \"8kbf7d35c070\", \"name\": \"Kubernetes"
                    + " API\"}, found " + JsonFiles.describe(component));
            return;
        }
        String id = export.guard(() -> JsonFiles.text(component.get(idField), JsonFiles.field(at, idField), "\"8kbf7d35c070\""));
        String name = export.guard(() -> JsonFiles.text(component.get("name"), JsonFiles.field(at, "name"), "\"Kubernetes API\""));
        if (id == null && name == null) {
            export.wrong(at, "has neither " + idField + " nor name; expected e.g. {\"" + idField + "\": \"8kbf7d35c070\","
                    + " \"name\": \"Kubernetes API\"}");
            return;
        }
        named = true;
        List<String> mapped = export.map().component(id, name);
        if (mapped.isEmpty()) {
            export.unmapped(name != null ? name : id);
        }
        found.addAll(mapped);
    }

    /** When the work of a maintenance began and was completed, as its updates say. */
    private record Updates(Instant inProgress, Instant completed) {
    }

    private Updates updates(Consumer<String> warn) {
        JsonNode list = node.get("incident_updates");
        if (list == null || list.isNull()) {
            return new Updates(null, null);
        }
        if (!list.isArray()) {
            export.wrong(field("incident_updates"), "expected a list of updates such as [{\"status\": \"investigating\","
                    + " \"created_at\": " + TIME + "}], found " + JsonFiles.describe(list));
            return new Updates(null, null);
        }
        List<Instant> inProgress = new ArrayList<>();
        List<Instant> completed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode update = list.get(i);
            String at = JsonFiles.element(field("incident_updates"), i);
            if (!update.isObject()) {
                export.wrong(at, "expected an update such as {\"status\": \"investigating\", \"created_at\": " + TIME
                        + "}, found " + JsonFiles.describe(update));
                continue;
            }
            String status = export.guard(() -> JsonFiles.text(update.get("status"), at + ".status", "\"investigating\""));
            Instant created = export.guard(() -> JsonFiles.time(update.get("created_at"), at + ".created_at", export.zone(), warn));
            JsonNode display = update.get("display_at");
            Instant shown = display == null || display.isNull() ? created
                    : export.guard(() -> JsonFiles.time(display, at + ".display_at", export.zone(), warn));
            export.seen(created);
            if (shown != null && "in_progress".equals(status)) {
                inProgress.add(shown);
            } else if (shown != null && "completed".equals(status)) {
                completed.add(shown);
            }
        }
        return new Updates(inProgress.stream().min(Instant::compareTo).orElse(null),
                completed.stream().max(Instant::compareTo).orElse(null));
    }

    private Instant optionalTime(String name, Consumer<String> warn) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        Instant time = export.guard(() -> JsonFiles.time(value, field(name), export.zone(), warn));
        export.seen(time);
        return time;
    }

    private String field(String name) {
        return path + "." + name;
    }
}
