package org.slastudio.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
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
    }

    private OutageCsv() {
    }

    /** Rows for other services than the one asked for are skipped once their service id is known to be the draft's. */
    static void read(Path file, RecordRequest request, Reading into) throws IOException {
        Set<String> serviceIds = new HashSet<>(request.serviceIds());
        try (CsvLines lines = CsvLines.open(file)) {
            String headerLine = lines.next();
            Columns kind = kind(request.kind(), headerLine);
            if (headerLine == null || headerLine.isBlank()) {
                into.error(file + ": the file is empty; the first line must name the columns, e.g. " + kind.header);
                return;
            }
            String separator = CsvLines.otherSeparator(headerLine);
            if (separator != null) {
                into.error(file + " line 1: the columns must be separated by commas, but this file uses " + separator
                        + " (as some spreadsheets save); save it as comma-separated values, e.g. " + kind.header);
                return;
            }
            String[] names = CsvLines.split(headerLine);
            Map<String, Integer> columns = CsvLines.columns(names);
            for (String column : kind.required) {
                if (!columns.containsKey(column)) {
                    into.error(file + " line 1: no column \"" + (column.equals("errorratepercent") ? "error_rate_percent" : column)
                            + "\"; the header must name the columns, e.g. " + kind.header);
                }
            }
            Integer serviceColumn = columns.get("service");
            if (serviceColumn == null && request.serviceId() == null) {
                into.error(file + " line 1: no column \"service\"; read for every service, each row must say which it is"
                        + " for, e.g. \"service,start,end\"");
            }
            if (into.hasErrors()) {
                return;
            }
            RowReader rows = new RowReader(file, kind, columns, request.zone(), into);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = CsvLines.split(line);
                if (cells.length != names.length) {
                    into.error(rows.where(lines.number()) + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s")
                            + " but the header names " + names.length + " columns (" + String.join(",", names) + ")");
                    continue;
                }
                String service = CsvLines.cell(cells, serviceColumn);
                if (service != null && !serviceIds.contains(service)) {
                    // A misspelt id would silently drop an outage and shrink the credit.
                    into.error(rows.where(lines.number()) + "service \"" + service + "\" is not a service of the draft; its"
                            + " services are: " + String.join(", ", request.serviceIds()));
                    continue;
                }
                String owner = service != null ? service : request.serviceId();
                if (request.wants(owner)) {
                    rows.read(cells, lines.number(), owner);
                }
            }
            if (request.serviceId() != null) {
                into.touch(request.serviceId());
            }
        }
    }

    /** What the service needs; where any will do, what the header names. */
    private static Columns kind(RecordKind wanted, String header) {
        if (wanted != null) {
            return Columns.valueOf(wanted.name());
        }
        Map<String, Integer> columns = CsvLines.columns(CsvLines.split(header == null ? "" : header));
        return columns.containsKey("errorratepercent") ? Columns.INTERVALS
                : columns.containsKey("total") && !columns.containsKey("end") ? Columns.REQUESTS : Columns.OUTAGES;
    }

    /** One row at a time into records of its service. */
    private static final class RowReader {
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
            Consumer<String> warn = warning -> into.warn(List.of(service), where(line) + warning);
            try {
                Instant from = Times.instant(CsvLines.cell(cells, start), "start", zone, warn);
                if (kind == Columns.REQUESTS) {
                    into.request(service, new RequestCount(from, count(CsvLines.cell(cells, total), "total"),
                            count(CsvLines.cell(cells, successful), "successful")));
                } else if (kind == Columns.INTERVALS) {
                    into.sample(service, new IntervalSample(from, rate(CsvLines.cell(cells, errorRate))));
                } else {
                    into.outage(service, outage(cells, from, warn));
                }
            } catch (IllegalArgumentException e) {
                into.error(where(line) + e.getMessage());
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
