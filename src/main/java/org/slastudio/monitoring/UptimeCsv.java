package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slastudio.engine.Outage;

/**
 * An uptime checker's event log as UptimeRobot exports it: a row per event, with the event (Down, Up, and also
 * Paused and Started), the monitor, the date and time, and a reason and duration that are not needed. Rows may come
 * newest first, as the export lists them; each monitor's events are put in time order, and each Down with the next
 * Up of the same monitor is an outage. A Down with no Up after it runs to the last event in the file, with a warning.
 */
final class UptimeCsv {

    private static final String HEADER = "\"Event,Monitor,Date-Time,Reason,Duration\"";
    private static final List<String> EVENT = List.of("event", "eventtype", "type", "status");
    private static final List<String> MONITOR = List.of("monitor", "monitorname", "friendlyname", "check", "name");
    private static final List<String> TIME = List.of("datetime", "dateandtime", "timestamp", "date", "time");

    private enum Kind { DOWN, UP, PAUSED, STARTED }

    private record Event(Instant time, Kind kind, int line) {
    }

    private UptimeCsv() {
    }

    static void read(Path file, RecordRequest request, ServiceMap map, Reading into, RecordsReader.Progress progress)
            throws IOException {
        if (request.kind() != null && request.kind() != RecordKind.OUTAGES) {
            into.error(file + ": an uptime checker's log holds outages, but " + request.who() + " is measured by " + request.measuredBy()
                    + "; give its " + request.kind().noun() + " instead (see docs/monitoring.md)");
            return;
        }
        Map<String, List<Event>> monitors = new LinkedHashMap<>();
        Map<String, List<String>> servicesOf = new LinkedHashMap<>();
        Map<String, Integer> unmapped = new LinkedHashMap<>();
        Instant last = null;
        try (CsvLines lines = CsvLines.open(file, progress)) {
            String header = lines.next();
            if (header == null || header.isBlank()) {
                into.error(file + ": the file is empty; the first line must name the columns, e.g. " + HEADER);
                return;
            }
            String separator = CsvLines.otherSeparator(header);
            if (separator != null) {
                into.error(file + " line 1: the columns must be separated by commas, but this file uses " + separator
                        + "; export it as CSV again, or save it as comma-separated values, e.g. " + HEADER);
                return;
            }
            String[] names = CsvLines.split(header);
            Map<String, Integer> columns = CsvLines.columns(names);
            Integer event = column(columns, EVENT, "the event (Down or Up)", file, into);
            Integer monitor = column(columns, MONITOR, "the monitor's name", file, into);
            Integer time = column(columns, TIME, "the date and time", file, into);
            if (into.hasErrors()) {
                return;
            }
            String timeColumn = names[time];
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + lines.number() + ": ";
                String[] cells = CsvLines.split(line);
                if (cells.length != names.length) {
                    into.error(where + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s") + " but the header"
                            + " names " + names.length + " columns (" + String.join(",", names) + ")");
                    continue;
                }
                String name = CsvLines.cell(cells, monitor);
                String kindText = CsvLines.cell(cells, event);
                String timeText = CsvLines.cell(cells, time);
                List<String> services = name == null ? List.of()
                        : servicesOf.computeIfAbsent(name, n -> map.check(n));
                Consumer<String> warn = warning -> into.warn(services, where + warning);
                try {
                    if (name == null) {
                        throw new IllegalArgumentException(names[monitor] + " is empty; write the monitor's name, e.g."
                                + " k8s-api.example.com");
                    }
                    Kind kind = kind(kindText, names[event]);
                    Instant at = time(timeText, timeColumn, map.zone(request.zone()), warn);
                    last = last == null || at.isAfter(last) ? at : last;
                    if (services.isEmpty()) {
                        unmapped.merge(name, 1, Integer::sum);
                    } else if (request.serviceId() == null || services.contains(request.serviceId())) {
                        monitors.computeIfAbsent(name, n -> new ArrayList<>()).add(new Event(at, kind, lines.number()));
                    }
                } catch (IllegalArgumentException e) {
                    into.error(where + e.getMessage());
                }
            }
        }
        for (Map.Entry<String, Integer> name : unmapped.entrySet()) {
            into.warn(List.of(), file + ": monitor \"" + name.getKey() + "\" maps to no service of the draft ("
                    + name.getValue() + " event" + (name.getValue() == 1 ? "" : "s") + " left out); "
                    + (map.fromFile() ? "add it under \"checks\" in the map file" : "map it to a service with --map")
                    + " if the agreement covers it");
        }
        if (!into.hasErrors()) {
            for (Map.Entry<String, List<Event>> m : monitors.entrySet()) {
                pair(file, m.getKey(), servicesOf.get(m.getKey()), m.getValue(), last, request, into);
            }
            if (request.serviceId() != null) {
                into.touch(request.serviceId());
            }
        }
    }

    private static void pair(Path file, String monitor, List<String> services, List<Event> events, Instant last,
                             RecordRequest request, Reading into) {
        // Equal times: the Down first, so that a Down and an Up in the same second make an outage of no length.
        events.sort(Comparator.comparing(Event::time).thenComparing(e -> e.kind() == Kind.DOWN ? 0 : 1));
        Event down = null;
        for (Event e : events) {
            if (e.kind() == Kind.DOWN && down == null) {
                down = e;
            } else if ((e.kind() == Kind.UP || e.kind() == Kind.PAUSED) && down != null) {
                add(services, request, into, Outage.unplanned(down.time(), e.time()));
                if (e.kind() == Kind.PAUSED) {
                    into.warn(services, file + " line " + e.line() + ": monitor \"" + monitor + "\" was paused while down"
                            + " (since " + down.time() + ", line " + down.line() + "); counted as down until the pause,"
                            + " " + e.time());
                }
                down = null;
            }
        }
        if (down != null) {
            add(services, request, into, Outage.unplanned(down.time(), last));
            into.warn(services, file + " line " + down.line() + ": monitor \"" + monitor + "\" went down at " + down.time()
                    + " and the file has no Up after it; counted as down until " + last + ", the last event in the file");
        }
    }

    private static void add(List<String> services, RecordRequest request, Reading into, Outage outage) {
        for (String service : services) {
            if (request.wants(service)) {
                into.outage(service, outage);
            }
        }
    }

    private static Integer column(Map<String, Integer> columns, List<String> names, String what, Path file, Reading into) {
        for (String name : names) {
            Integer column = columns.get(name);
            if (column != null) {
                return column;
            }
        }
        into.error(file + " line 1: no column for " + what + "; the header must name the columns, e.g. " + HEADER);
        return null;
    }

    private static Kind kind(String text, String column) {
        String written = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (written) {
            case "down" -> Kind.DOWN;
            case "up" -> Kind.UP;
            case "paused" -> Kind.PAUSED;
            case "started", "resumed" -> Kind.STARTED;
            default -> throw new IllegalArgumentException(column + " \"" + (text == null ? "" : text) + "\" is not an"
                    + " event of the log; expected Down, Up, Paused or Started");
        };
    }

    /** "2026-02-03 09:00:00", as exports write it, or ISO-8601 with a T; local times read in {@code zone}. */
    private static Instant time(String text, String column, java.time.ZoneId zone, Consumer<String> warn) {
        try {
            return Times.instant(text, column, zone, warn, true);
        } catch (IllegalArgumentException e) {
            if (text == null) {
                throw e;
            }
            if (e.getMessage().contains("is not a time")) {
                throw new IllegalArgumentException(column + " \"" + text + "\" is not a time; write e.g. 2026-02-03 09:00:00"
                        + " or 2026-02-03T09:00:00Z");
            }
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            throw new IllegalArgumentException(e.getMessage().replace(iso, text));
        }
    }
}
