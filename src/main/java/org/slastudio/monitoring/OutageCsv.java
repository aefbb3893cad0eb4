package org.slastudio.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;
import org.slastudio.engine.RequestCount;
import org.slastudio.model.Decimals;

/**
 * Outage records (or per-interval error rates, or request counts) from SLA Studio's own CSV file with a header row.
 * Columns, in any order: start, end, reported_at, planned, announced (when planned work was announced), service for
 * outages; start, error_rate_percent, service for intervals; start, total, successful, service for request counts (a
 * row per interval, per day or one for the whole period; a row counts where its start falls in the window).
 * Read for several services at once, each row is read as its service is measured, so one file may hold rows of
 * several kinds (a header "start,end,error_rate_percent,service", outages with an end and intervals with an error
 * rate); a row without a service counts for every service read, as each is measured. A service whose columns the
 * header lacks is left out, saying which; for one service asked for, that is an error.
 * Times are ISO-8601, with an offset (2026-02-03T09:00Z, 2026-02-03T10:00+01:00) or without one, then read
 * in the agreement's time zone. Every bad row is reported with its line number, not only the first.
 */
final class OutageCsv {

    private enum Columns {
        OUTAGES("\"start,end,reported_at,planned\"", List.of("start", "end")),
        INTERVALS("\"start,error_rate_percent\"", List.of("start", "errorratepercent")),
        REQUESTS("\"start,total,successful\"", List.of("start", "total", "successful"));

        final String header;
        final List<String> required;

        Columns(String header, List<String> required) {
            this.header = header;
            this.required = required;
        }

        RecordKind kind() {
            return RecordKind.valueOf(name());
        }
    }

    private OutageCsv() {
    }

    /**
     * Rows for services not asked for are skipped once their service id is known to be the draft's.
     *
     * @param progress told how much of the file has been read; the reading stops once its thread is interrupted
     */
    static void read(Path file, RecordRequest request, Reading into, RecordsReader.Progress progress) throws IOException {
        Set<String> serviceIds = new HashSet<>(request.serviceIds());
        try (CsvLines lines = CsvLines.open(file, progress)) {
            String headerLine = lines.next();
            Map<String, Columns> wanted = wanted(request, headerLine);
            String example = (wanted.isEmpty() ? Columns.OUTAGES : wanted.values().iterator().next()).header;
            if (headerLine == null || headerLine.isBlank()) {
                into.error(file + ": the file is empty; the first line must name the columns, e.g. " + example);
                return;
            }
            String separator = CsvLines.otherSeparator(headerLine);
            if (separator != null) {
                into.error(file + " line 1: the columns must be separated by commas, but this file uses " + separator
                        + " (as some spreadsheets save); save it as comma-separated values, e.g. " + example);
                return;
            }
            String[] names = CsvLines.split(headerLine);
            Map<String, Integer> columns = CsvLines.columns(names);
            Map<Columns, List<String>> missing = new EnumMap<>(Columns.class);
            Map<Columns, RowReader> readers = new EnumMap<>(Columns.class);
            Map<String, RowReader> byService = new HashMap<>();
            if (request.serviceId() == null) {
                into.readAsMeasured();
            }
            for (Map.Entry<String, Columns> service : wanted.entrySet()) {
                Columns kind = service.getValue();
                List<String> lacking = missing.computeIfAbsent(kind, k -> missing(file, k, columns));
                if (!lacking.isEmpty()) {
                    if (request.serviceId() != null) {
                        lacking.forEach(into::error);
                    } else {
                        into.leaveOut(service.getKey(), kind.kind(), lacking);
                    }
                    continue;
                }
                RowReader reader = readers.computeIfAbsent(kind, k -> new RowReader(file, k, columns, request.zone(), into));
                reader.services.add(service.getKey());
                byService.put(service.getKey(), reader);
                into.touch(service.getKey());
            }
            if (into.hasErrors() || readers.isEmpty()) {
                return;
            }
            Integer serviceColumn = columns.get("service");
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = CsvLines.split(line);
                if (cells.length != names.length) {
                    into.error(file + " line " + lines.number() + ": has " + cells.length + " value"
                            + (cells.length == 1 ? "" : "s") + " but the header names " + names.length + " columns ("
                            + String.join(",", names) + ")");
                    continue;
                }
                String service = CsvLines.cell(cells, serviceColumn);
                if (service == null) {
                    for (RowReader reader : readers.values()) {
                        reader.readForEach(cells, lines.number());
                    }
                } else if (!serviceIds.contains(service)) {
                    // A misspelt id would silently drop an outage and shrink the credit.
                    into.error(file + " line " + lines.number() + ": service \"" + service + "\" is not a service of the"
                            + " draft; its services are: " + String.join(", ", request.serviceIds()));
                } else {
                    RowReader reader = byService.get(service);
                    if (reader != null) {
                        reader.read(cells, lines.number(), service);
                    }
                }
            }
        }
    }

    /**
     * The services to read, each with the columns its records need: the one asked for (as it is measured, or as the
     * header tells where that is not said), or every service, each as it is measured, or else as the header tells.
     */
    private static Map<String, Columns> wanted(RecordRequest request, String header) {
        Map<String, Columns> wanted = new LinkedHashMap<>();
        if (request.serviceId() != null) {
            wanted.put(request.serviceId(), request.kind() != null ? Columns.valueOf(request.kind().name()) : told(header));
        } else if (!request.measured().isEmpty()) {
            request.measured().forEach((id, kind) -> wanted.put(id, Columns.valueOf(kind.name())));
        } else {
            Columns told = told(header);
            request.serviceIds().forEach(id -> wanted.put(id, told));
        }
        return wanted;
    }

    /** The kind of records the header names the columns of. */
    private static Columns told(String header) {
        Map<String, Integer> columns = CsvLines.columns(CsvLines.split(header == null ? "" : header));
        return columns.containsKey("errorratepercent") ? Columns.INTERVALS
                : columns.containsKey("total") && !columns.containsKey("end") ? Columns.REQUESTS : Columns.OUTAGES;
    }

    /** What the header lacks for records of {@code kind}, a message for each column. */
    private static List<String> missing(Path file, Columns kind, Map<String, Integer> columns) {
        List<String> missing = new ArrayList<>();
        for (String column : kind.required) {
            if (!columns.containsKey(column)) {
                missing.add(file + " line 1: no column \"" + (column.equals("errorratepercent") ? "error_rate_percent" : column)
                        + "\"; the header must name the columns, e.g. " + kind.header);
            }
        }
        return missing;
    }

    /** One row at a time into records of the services measured one way. */
    private static final class RowReader {
        /** The services measured this way, every one of which a row naming no service counts for. */
        final List<String> services = new ArrayList<>();
        private final Path file;
        private final Columns kind;
        private final ZoneId zone;
        private final Reading into;
        private final Integer start;
        private final Integer end;
        private final Integer reportedAt;
        private final Integer planned;
        private final Integer announced;
        private final Integer errorRate;
        private final Integer total;
        private final Integer successful;

        RowReader(Path file, Columns kind, Map<String, Integer> columns, ZoneId zone, Reading into) {
            this.file = file;
            this.kind = kind;
            this.zone = zone;
            this.into = into;
            start = columns.get("start");
            end = columns.get("end");
            reportedAt = columns.get("reportedat");
            planned = columns.get("planned");
            announced = columns.get("announced");
            errorRate = columns.get("errorratepercent");
            total = columns.get("total");
            successful = columns.get("successful");
        }

        String where(int line) {
            return file + " line " + line + ": ";
        }

        void read(String[] cells, int line, String service) {
            Object record = record(cells, line, warning -> into.warn(List.of(service), where(line) + warning));
            if (record != null) {
                add(service, record);
            }
        }

        /** A row that names no service, for each service measured this way. */
        void readForEach(String[] cells, int line) {
            Object record = record(cells, line, warning -> into.warn(services, where(line) + warning));
            if (record != null) {
                services.forEach(service -> add(service, record));
            }
        }

        /** The row's outage, error rate or request count; null where it is wrong, and said so. */
        private Object record(String[] cells, int line, Consumer<String> warn) {
            try {
                Instant from = Times.instant(CsvLines.cell(cells, start), "start", zone, warn);
                return switch (kind) {
                    case REQUESTS -> new RequestCount(from, count(CsvLines.cell(cells, total), "total"),
                            count(CsvLines.cell(cells, successful), "successful"));
                    case INTERVALS -> new IntervalSample(from, rate(CsvLines.cell(cells, errorRate)));
                    case OUTAGES -> outage(cells, from, warn);
                };
            } catch (IllegalArgumentException e) {
                into.error(where(line) + e.getMessage());
                return null;
            }
        }

        private void add(String service, Object record) {
            switch (kind) {
                case REQUESTS -> into.request(service, (RequestCount) record);
                case INTERVALS -> into.sample(service, (IntervalSample) record);
                case OUTAGES -> into.outage(service, (Outage) record);
            }
        }

        private Outage outage(String[] cells, Instant from, Consumer<String> warn) {
            String endText = CsvLines.cell(cells, end);
            Instant to = Times.instant(endText, "end", zone, warn);
            String reported = CsvLines.cell(cells, reportedAt);
            Instant reportedTime = reported == null ? null : Times.instant(reported, "reported_at", zone, warn);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("end " + endText + " is before start " + CsvLines.cell(cells, start));
            }
            String announcedText = CsvLines.cell(cells, announced);
            Instant announcedTime = announcedText == null ? null : Times.instant(announcedText, "announced", zone, warn);
            boolean isPlanned = planned(CsvLines.cell(cells, planned));
            if (announcedTime != null && !isPlanned) {
                // An announcement makes the record planned work only when the file says so.
                throw new IllegalArgumentException("announced " + announcedText + " is given for a record that is not"
                        + " planned work; set planned to true or leave announced empty");
            }
            return new Outage(from, to, reportedTime, isPlanned, announcedTime);
        }
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
        String written = text == null ? "" : text;
        BigDecimal rate;
        try {
            rate = new BigDecimal(written);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("error_rate_percent \"" + written + "\" is not a number; write e.g. 0.5");
        }
        if (!Decimals.fits(rate)) {
            throw new IllegalArgumentException("error_rate_percent \"" + written + "\" is out of range; " + Decimals.limit("0.5"));
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("error_rate_percent " + text + " is not between 0 and 100");
        }
        return rate;
    }
}
