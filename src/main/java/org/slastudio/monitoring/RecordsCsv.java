package org.slastudio.monitoring;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;
import org.slastudio.engine.RequestCount;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;

/**
 * The Performance view's reader of SLA Studio's own CSV (the command line reads every format through
 * {@link MonitoringRecords}): it reports its progress and takes rows of several kinds in one file.
 * Outage records (or per-interval error rates, or request counts) from a CSV file with a header row. Columns, in any
 * order: start, end, reported_at, planned, announced (when planned work was announced), service for outages; start,
 * error_rate_percent, service for intervals; start, total, successful, service for request counts (a row per
 * interval, per day or one for the whole period; a row counts where its start falls in the window). A row without a
 * service counts for every service read; a file may hold rows of several kinds where each names its service, every
 * row read as its service is measured.
 * Times are ISO-8601, with an offset (2026-02-03T09:00Z, 2026-02-03T10:00+01:00) or without one, then read
 * in the agreement's time zone. Every bad row is reported with its line number, not only the first.
 */
public final class RecordsCsv {
    /** Rows between two looks at progress and cancellation: often enough to feel live, rare enough to cost nothing. */
    private static final int ROWS_PER_REPORT = 2_000;

    /** Our CSV as a {@link RecordsReader}, read in one pass for every service. */
    public static final RecordsReader READER = RecordsCsv::records;

    /**
     * @param warnings local times that were read one way of two (a time the clocks skipped, or one they passed twice),
     *                 each naming its line and the instant used
     */
    public record Rows(List<Outage> outages, List<IntervalSample> samples, List<RequestCount> requests, List<String> errors,
                       List<String> warnings) {
    }

    /** What the rows of a file are, after the service's measurement method. */
    public enum Kind {
        OUTAGES("\"start,end,reported_at,planned\"", List.of("start", "end"), "by time"),
        INTERVALS("\"start,error_rate_percent\"", List.of("start", "errorratepercent"), "by intervals"),
        REQUESTS("\"start,total,successful\"", List.of("start", "total", "successful"), "by request counts");

        final String header;
        final List<String> required;
        /** As in "object-storage is measured by intervals". */
        public final String measuredBy;

        Kind(String header, List<String> required, String measuredBy) {
            this.header = header;
            this.required = required;
            this.measuredBy = measuredBy;
        }

        public static Kind of(MeasurementMethod method) {
            return method == MeasurementMethod.REQUEST_COUNTS ? REQUESTS
                    : method != null && method.byIntervals() ? INTERVALS : OUTAGES;
        }

        static Kind of(Service service) {
            MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
            return of(rule.method());
        }
    }

    /** One service's rows as read, and what the header lacks for its kind (then no rows are read for it). */
    private record Read(Map<String, Rows> byService, Map<Kind, List<String>> missing, List<String> errors,
                        List<String> warnings) {
    }

    private RecordsCsv() {
    }

    /** The rows for one service (or, with {@code serviceId} null, every row), as its measurement method needs them. */
    public static Rows read(Path file, Kind kind, String serviceId, Collection<String> serviceIds, ZoneId zone)
            throws IOException {
        Map<String, Kind> wanted = new LinkedHashMap<>();
        wanted.put(serviceId, kind);
        Read read = read(file, wanted, serviceIds, zone, RecordsReader.Progress.NONE);
        List<String> errors = new ArrayList<>(read.errors());
        errors.addAll(0, read.missing().getOrDefault(kind, List.of()));
        Rows rows = read.byService().get(serviceId);
        return rows == null ? new Rows(List.of(), List.of(), List.of(), errors, read.warnings())
                : new Rows(rows.outages(), rows.samples(), rows.requests(), errors, read.warnings());
    }

    /** Every service's records in one pass over the file; see {@link RecordsReader}. */
    public static ServiceRecords records(Path file, Agreement agreement, List<Service> services,
                                         RecordsReader.Progress progress) throws IOException {
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        List<String> serviceIds = agreement.services().stream().filter(s -> s != null && s.id() != null)
                .map(Service::id).toList();
        Map<String, Kind> wanted = new LinkedHashMap<>();
        services.forEach(s -> wanted.put(s.id(), Kind.of(s)));
        Read read = read(file, wanted, serviceIds, zone, progress);
        Map<String, TermHistory.Records> records = new LinkedHashMap<>();
        List<ServiceRecords.LeftOut> leftOut = new ArrayList<>();
        wanted.forEach((id, kind) -> {
            List<String> missing = read.missing().get(kind);
            if (missing != null) {
                leftOut.add(new ServiceRecords.LeftOut(id, kind.measuredBy, missing));
            } else {
                Rows rows = read.byService().get(id);
                records.put(id, new TermHistory.Records(rows.outages(), rows.samples(), rows.requests()));
            }
        });
        return new ServiceRecords(records, leftOut, read.errors(), read.warnings());
    }

    /**
     * @param wanted the kind of each service to read (a null id: every row, whatever its service)
     */
    private static Read read(Path file, Map<String, Kind> wanted, Collection<String> serviceIds, ZoneId zone,
                             RecordsReader.Progress progress) throws IOException {
        long size = Math.max(1, Files.size(file));
        Kind first = wanted.values().iterator().next();
        List<String> errors = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        Map<String, Rows> byService = new LinkedHashMap<>();
        wanted.keySet().forEach(id -> byService.put(id, new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                List.of(), List.of())));
        Map<Kind, List<String>> missing = new LinkedHashMap<>();
        try (Counting counted = new Counting(Files.newInputStream(file));
             BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()))) {
            String headerLine = in.readLine();
            if (headerLine == null || CsvCells.stripBom(headerLine).isBlank()) {
                errors.add(file + ": the file is empty; the first line must name the columns, e.g. " + header(first));
                return new Read(byService, missing, errors, List.copyOf(warnings));
            }
            headerLine = CsvCells.stripBom(headerLine);
            if (!headerLine.contains(",") && (headerLine.contains(";") || headerLine.contains("\t"))) {
                errors.add(file + " line 1: the columns must be separated by commas, but this file uses "
                        + (headerLine.contains(";") ? "semicolons" : "tabs") + " (as some spreadsheets save); save it as"
                        + " comma-separated values, e.g. " + header(first));
                return new Read(byService, missing, errors, List.copyOf(warnings));
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = CsvCells.split(headerLine);
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].toLowerCase(Locale.ROOT).replace("_", "").replace(" ", ""), i);
            }
            for (Kind kind : new LinkedHashSet<>(wanted.values())) {
                for (String column : kind.required) {
                    if (!columns.containsKey(column)) {
                        missing.computeIfAbsent(kind, k -> new ArrayList<>()).add(file + " line 1: no column \""
                                + (column.equals("errorratepercent") ? "error_rate_percent" : column)
                                + "\"; the header must name the columns, e.g. " + header(kind));
                    }
                }
            }
            if (wanted.values().stream().allMatch(missing::containsKey)) {
                return new Read(byService, missing, errors, List.copyOf(warnings));
            }
            Map<Kind, List<String>> readers = new LinkedHashMap<>();
            wanted.forEach((id, kind) -> {
                if (!missing.containsKey(kind)) {
                    readers.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
                }
            });
            int n = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (n % ROWS_PER_REPORT == 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("Reading " + file.getFileName() + " was cancelled");
                    }
                    progress.read(Math.min(1, counted.count / (double) size));
                }
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + n + ": ";
                String[] cells = CsvCells.split(line);
                if (cells.length != names.length) {
                    errors.add(where + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s")
                            + " but the header names " + names.length + " columns (" + String.join(",", names) + ")");
                    continue;
                }
                String service = CsvCells.cell(cells, columns.get("service"));
                if (service != null && !serviceIds.contains(service)) {
                    // A misspelt id would silently drop an outage and shrink the credit.
                    errors.add(where + "service \"" + service + "\" is not a service of the draft; its services are: "
                            + String.join(", ", serviceIds));
                    continue;
                }
                for (Map.Entry<Kind, List<String>> reader : readers.entrySet()) {
                    List<String> ids = reader.getValue().stream()
                            .filter(id -> id == null || service == null || id.equals(service)).toList();
                    if (ids.isEmpty()) {
                        continue;
                    }
                    try {
                        Object record = record(reader.getKey(), cells, columns, zone, w -> warnings.add(where + w));
                        for (String id : ids) {
                            Rows rows = byService.get(id);
                            if (record instanceof Outage o) {
                                rows.outages().add(o);
                            } else if (record instanceof IntervalSample sample) {
                                rows.samples().add(sample);
                            } else {
                                rows.requests().add((RequestCount) record);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        errors.add(where + e.getMessage());
                    }
                }
            }
            progress.read(1);
        }
        return new Read(byService, missing, errors, List.copyOf(warnings));
    }

    /** One row as the kind reads it: an outage, an interval's error rate or a count of requests. */
    private static Object record(Kind kind, String[] cells, Map<String, Integer> columns, ZoneId zone, Consumer<String> warn) {
        Instant start = CsvCells.instant(CsvCells.cell(cells, columns.get("start")), "start", zone, warn);
        if (kind == Kind.REQUESTS) {
            return new RequestCount(start, CsvCells.count(CsvCells.cell(cells, columns.get("total")), "total"),
                    CsvCells.count(CsvCells.cell(cells, columns.get("successful")), "successful"));
        }
        if (kind == Kind.INTERVALS) {
            return new IntervalSample(start, CsvCells.rate(CsvCells.cell(cells, columns.get("errorratepercent"))));
        }
        Instant end = CsvCells.instant(CsvCells.cell(cells, columns.get("end")), "end", zone, warn);
        String reported = CsvCells.cell(cells, columns.get("reportedat"));
        Instant reportedAt = reported == null ? null : CsvCells.instant(reported, "reported_at", zone, warn);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + CsvCells.cell(cells, columns.get("end")) + " is before start "
                    + CsvCells.cell(cells, columns.get("start")));
        }
        String announcedText = CsvCells.cell(cells, columns.get("announced"));
        Instant announced = announcedText == null ? null : CsvCells.instant(announcedText, "announced", zone, warn);
        boolean planned = CsvCells.planned(CsvCells.cell(cells, columns.get("planned")));
        if (announced != null && !planned) {
            // An announcement makes the record planned work only when the file says so.
            throw new IllegalArgumentException("announced " + announcedText + " is given for a record that is not"
                    + " planned work; set planned to true or leave announced empty");
        }
        return new Outage(start, end, reportedAt, planned, announced);
    }

    /** Counts the bytes read, for progress through a file too large to read at once without a wait. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(0, read);
            return read;
        }
    }

    private static String header(Kind kind) {
        return kind.header;
    }

    /**
     * A time as the file gives it: ISO-8601 with an offset, or without one in {@code zone}; {@code warn} hears of a
     * local time the clocks skipped or passed twice.
     */
    public static Instant instant(String text, String column, ZoneId zone, Consumer<String> warn) {
        return CsvCells.instant(text, column, zone, warn);
    }
}
