package org.slastudio.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;
import org.slastudio.engine.RequestCount;
import org.slastudio.model.MeasurementMethod;

/**
 * Outage records (or per-interval error rates, or request counts) from a CSV file with a header row. Columns, in any
 * order: start, end, reported_at, planned, announced (when planned work was announced), service for outages; start, error_rate_percent, service for intervals;
 * start, total, successful, service for request counts (a row per interval, per day or one for the whole period; a
 * row counts where its start falls in the window).
 * Times are ISO-8601, with an offset (2026-02-03T09:00Z, 2026-02-03T10:00+01:00) or without one, then read
 * in the agreement's time zone. Every bad row is reported with its line number, not only the first.
 */
final class OutageCsv {

    /**
     * @param warnings local times that were read one way of two (a time the clocks skipped, or one they passed twice),
     *                 each naming its line and the instant used
     */
    record Rows(List<Outage> outages, List<IntervalSample> samples, List<RequestCount> requests, List<String> errors,
                List<String> warnings) {
    }

    /** What the rows of a file are, after the service's measurement method. */
    enum Kind {
        OUTAGES("\"start,end,reported_at,planned\"", List.of("start", "end")),
        INTERVALS("\"start,error_rate_percent\"", List.of("start", "errorratepercent")),
        REQUESTS("\"start,total,successful\"", List.of("start", "total", "successful"));

        final String header;
        final List<String> required;

        Kind(String header, List<String> required) {
            this.header = header;
            this.required = required;
        }

        static Kind of(MeasurementMethod method) {
            return method == MeasurementMethod.REQUEST_COUNTS ? REQUESTS
                    : method != null && method.byIntervals() ? INTERVALS : OUTAGES;
        }
    }

    private OutageCsv() {
    }

    static Rows read(Path file, Kind kind, String serviceId, Collection<String> serviceIds, ZoneId zone)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<Outage> outages = new ArrayList<>();
        List<IntervalSample> samples = new ArrayList<>();
        List<RequestCount> requests = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> columns = header(file, kind, lines.isEmpty() ? null : lines.get(0), errors);
        if (columns == null) {
            return new Rows(outages, samples, requests, errors, warnings);
        }
        String[] names = split(stripBom(lines.get(0)));
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (n + 1) + ": ";
            Consumer<String> warn = warning -> warnings.add(where + warning);
            String[] cells = split(line);
            if (cells.length != names.length) {
                errors.add(where + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s") + " but the header names "
                        + names.length + " columns (" + String.join(",", names) + ")");
                continue;
            }
            String service = cell(cells, columns.get("service"));
            if (service != null && !serviceIds.contains(service)) {
                // A misspelt id would silently drop an outage and shrink the credit.
                errors.add(where + "service \"" + service + "\" is not a service of the draft; its services are: "
                        + String.join(", ", serviceIds));
                continue;
            }
            if (service != null && serviceId != null && !service.equals(serviceId)) {
                continue;
            }
            try {
                row(cells, columns, kind, zone, warn, outages, samples, requests);
            } catch (IllegalArgumentException e) {
                errors.add(where + e.getMessage());
            }
        }
        return new Rows(outages, samples, requests, errors, warnings);
    }

    /** One row's record, added to the list of its kind. */
    static void row(String[] cells, Map<String, Integer> columns, Kind kind, ZoneId zone, Consumer<String> warn,
                            List<Outage> outages, List<IntervalSample> samples, List<RequestCount> requests) {
        Instant start = instant(cell(cells, columns.get("start")), "start", zone, warn);
        if (kind == Kind.REQUESTS) {
            requests.add(new RequestCount(start, count(cell(cells, columns.get("total")), "total"),
                    count(cell(cells, columns.get("successful")), "successful")));
        } else if (kind == Kind.INTERVALS) {
            samples.add(new IntervalSample(start, rate(cell(cells, columns.get("errorratepercent")))));
        } else {
            Instant end = instant(cell(cells, columns.get("end")), "end", zone, warn);
            String reported = cell(cells, columns.get("reportedat"));
            Instant reportedAt = reported == null ? null : instant(reported, "reported_at", zone, warn);
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end " + cell(cells, columns.get("end")) + " is before start "
                        + cell(cells, columns.get("start")));
            }
            String announcedText = cell(cells, columns.get("announced"));
            Instant announced = announcedText == null ? null : instant(announcedText, "announced", zone, warn);
            boolean planned = planned(cell(cells, columns.get("planned")));
            if (announced != null && !planned) {
                // An announcement makes the record planned work only when the file says so.
                throw new IllegalArgumentException("announced " + announcedText + " is given for a record that is not"
                        + " planned work; set planned to true or leave announced empty");
            }
            outages.add(new Outage(start, end, reportedAt, planned, announced));
        }
    }

    /** The columns a header names, by their name made plain; null (with the errors added) where it is not one. */
    static Map<String, Integer> header(Path file, Kind kind, String first, List<String> errors) {
        if (first == null || first.isBlank()) {
            errors.add(file + ": the file is empty; the first line must name the columns, e.g. " + header(kind));
            return null;
        }
        String headerLine = stripBom(first);
        if (!headerLine.contains(",") && (headerLine.contains(";") || headerLine.contains("\t"))) {
            errors.add(file + " line 1: the columns must be separated by commas, but this file uses "
                    + (headerLine.contains(";") ? "semicolons" : "tabs") + " (as some spreadsheets save); save it as"
                    + " comma-separated values, e.g. " + header(kind));
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = split(headerLine);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].toLowerCase(Locale.ROOT).replace("_", "").replace(" ", ""), i);
        }
        boolean complete = true;
        for (String column : kind.required) {
            if (!columns.containsKey(column)) {
                complete = false;
                errors.add(file + " line 1: no column \"" + (column.equals("errorratepercent") ? "error_rate_percent" : column)
                        + "\"; the header must name the columns, e.g. " + header(kind));
            }
        }
        return complete ? columns : null;
    }

    private static String header(Kind kind) {
        return kind.header;
    }

    /** A whole number of requests, e.g. 1200. */
    private static long count(String text, String column) {
        if (text == null) {
            throw new IllegalArgumentException(column + " is empty; write the number of requests, e.g. 1200");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " \"" + text + "\" is not a whole number of requests; write e.g. 1200");
        }
    }

    static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Commas separate cells; a cell may be quoted, and quotes inside it doubled. */
    static String[] split(String line) {
        if (line.indexOf('"') < 0) {
            // Most lines of an export quote nothing: cut at the commas, without copying character by character.
            int count = 1;
            for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
                count++;
            }
            String[] cells = new String[count];
            int from = 0;
            for (int k = 0; k < count; k++) {
                int to = k == count - 1 ? line.length() : line.indexOf(',', from);
                cells[k] = line.substring(from, to).trim();
                from = to + 1;
            }
            return cells;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells.toArray(new String[0]);
    }

    static String cell(String[] cells, Integer column) {
        if (column == null || column >= cells.length || cells[column].isEmpty()) {
            return null;
        }
        return cells[column];
    }

    /**
     * @param warn told when a local time was not one instant: inside the gap when clocks go forward, or in the hour
     *             they pass twice when they go back
     */
    static Instant instant(String text, String column, ZoneId zone, Consumer<String> warn) {
        if (text == null) {
            throw new IllegalArgumentException(column + " is empty; write a time such as 2026-02-03T09:00Z");
        }
        Instant quick = IsoTimes.withOffset(text);
        if (quick != null) {
            return quick;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text);
                if (zone == null) {
                    throw new IllegalArgumentException(column + " " + text + " has no offset and the agreement has no time "
                            + "zone ($.overview.timeZone); write it with one, e.g. " + text + "Z");
                }
                return inZone(local, zone, column, warn).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(column + " \"" + text + "\" is not a time; write e.g. 2026-02-03T09:00 or "
                        + "2026-02-03T09:00Z");
            }
        }
    }

    /** As java.time reads it (a skipped time moves on by the gap, a repeated one takes the first), said aloud. */
    private static ZonedDateTime inZone(LocalDateTime local, ZoneId zone, String column, Consumer<String> warn) {
        ZonedDateTime read = ZonedDateTime.of(local, zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        String written = column + " " + local;
        if (offsets.isEmpty()) {
            warn.accept(written + " does not exist in " + zone.getId() + " (clocks went forward); read as " + shown(read, local));
        } else if (offsets.size() > 1) {
            ZonedDateTime later = read.withLaterOffsetAtOverlap();
            warn.accept(written + " happens twice in " + zone.getId() + " (clocks went back); read as the first, "
                    + shown(read, local) + "; write " + later.toOffsetDateTime() + " for the second");
        }
        return read;
    }

    /** "03:30+01:00", with the date only where it is not the date written. */
    private static String shown(ZonedDateTime read, LocalDateTime written) {
        String offset = read.getOffset().getId().equals("Z") ? "Z" : read.getOffset().getId();
        return (read.toLocalDate().equals(written.toLocalDate()) ? read.toLocalTime() : read.toLocalDateTime()) + offset;
    }

    private static boolean planned(String text) {
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "y": case "1": case "planned":
                return true;
            case "false": case "no": case "n": case "0": case "unplanned":
                return false;
            default:
                throw new IllegalArgumentException("planned \"" + text + "\" is neither true nor false");
        }
    }

    private static BigDecimal rate(String text) {
        BigDecimal rate = Cli.number(text == null ? "" : text, "error_rate_percent \"" + (text == null ? "" : text) + "\"", "0.5");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("error_rate_percent " + text + " is not between 0 and 100");
        }
        return rate;
    }
}
