package org.slastudio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The rows of several services read from one CSV of {@link OutageCsv} at once, as {@link OutageCsv#read} gives each of
 * them: under a service's id the rows naming it and the rows naming no service. A row of a service not wanted is not
 * read further than its service, as {@link OutageCsv#read} skips it. A year of records for fifty services is half a
 * million rows, so the file is read once, in batches worked on side by side, and put back in the file's order.
 */
final class RecordsByService {
    /** Lines read at a time: enough to be worth handing to another thread. */
    private static final int LINES_PER_BATCH = 20_000;

    /**
     * @param rows     by service id, in the order of {@code wanted}: each service's own rows in the file's order, then
     *                 those naming no service
     * @param errors   the file's, for all the services together, in the order of its lines
     * @param warnings likewise
     */
    record ByService(Map<String, OutageCsv.Rows> rows, List<String> errors, List<String> warnings) {
    }

    private RecordsByService() {
    }

    static ByService read(Path file, OutageCsv.Kind kind, Collection<String> wanted, Collection<String> serviceIds, ZoneId zone)
            throws IOException {
        List<CompletableFuture<Part>> parts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> headerErrors = new ArrayList<>();
            Map<String, Integer> columns = OutageCsv.header(file, kind, first, headerErrors);
            if (columns == null) {
                return new ByService(Map.of(), headerErrors, List.of());
            }
            Reader reader = new Reader(file, kind, columns, OutageCsv.split(OutageCsv.stripBom(first)), Set.copyOf(wanted),
                    new HashSet<>(serviceIds), List.copyOf(serviceIds), zone);
            // Batches of lines, every other one read on another thread while this one reads on; only the batches in
            // hand are held, not the whole file.
            int lineNumber = 1;
            for (int batch = 0; ; batch++) {
                List<String> lines = new ArrayList<>(LINES_PER_BATCH);
                for (String line = in.readLine(); line != null; line = lines.size() < LINES_PER_BATCH ? in.readLine() : null) {
                    lines.add(line);
                }
                if (lines.isEmpty()) {
                    break;
                }
                int firstLine = lineNumber + 1;
                lineNumber += lines.size();
                parts.add(batch % 2 == 1 ? CompletableFuture.supplyAsync(() -> reader.part(lines, firstLine))
                        : CompletableFuture.completedFuture(reader.part(lines, firstLine)));
                if (lines.size() < LINES_PER_BATCH) {
                    break;
                }
            }
        }
        List<Part> done = parts.stream().map(CompletableFuture::join).toList();

        Map<String, OutageCsv.Rows> byService = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        done.forEach(p -> errors.addAll(p.errors()));
        done.forEach(p -> warnings.addAll(p.warnings()));
        for (String id : wanted) {
            OutageCsv.Rows all = empty();
            for (Part p : done) {
                add(all, p.own().get(id));
            }
            for (Part p : done) {
                add(all, p.common());
            }
            byService.put(id, all);
        }
        return new ByService(byService, errors, warnings);
    }

    private static OutageCsv.Rows empty() {
        return new OutageCsv.Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), List.of(), List.of());
    }

    private static void add(OutageCsv.Rows into, OutageCsv.Rows from) {
        into.outages().addAll(from.outages());
        into.samples().addAll(from.samples());
        into.requests().addAll(from.requests());
    }

    /** One stretch of lines read: each wanted service's rows, the rows naming no service, and what was wrong. */
    private record Part(Map<String, OutageCsv.Rows> own, OutageCsv.Rows common, List<String> errors, List<String> warnings) {
    }

    /** @param plain whether the columns are start, end and service alone, in any order: the lines most exports have */
    private record Reader(Path file, OutageCsv.Kind kind, Map<String, Integer> columns, String[] names, Set<String> wanted,
                          Set<String> known, List<String> serviceIds, ZoneId zone, boolean plain) {

        Reader(Path file, OutageCsv.Kind kind, Map<String, Integer> columns, String[] names, Set<String> wanted,
               Set<String> known, List<String> serviceIds, ZoneId zone) {
            this(file, kind, columns, names, wanted, known, serviceIds, zone, kind == OutageCsv.Kind.OUTAGES
                    && columns.size() == names.length && Set.of("start", "end", "service").containsAll(columns.keySet()));
        }

        /** A batch of lines, the first of them line {@code firstLine} of the file. */
        Part part(List<String> lines, int firstLine) {
            Map<String, OutageCsv.Rows> own = new HashMap<>();
            wanted.forEach(id -> own.put(id, empty()));
            OutageCsv.Rows common = empty();
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Integer serviceColumn = columns.get("service");
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank()) {
                    continue;
                }
                int lineNumber = firstLine + n;
                if (plain && quick(line, own, common)) {
                    continue;
                }
                String[] cells = OutageCsv.split(line);
                if (cells.length != names.length) {
                    errors.add(where(lineNumber) + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s")
                            + " but the header names " + names.length + " columns (" + String.join(",", names) + ")");
                    continue;
                }
                String service = OutageCsv.cell(cells, serviceColumn);
                if (service != null && !known.contains(service)) {
                    // A misspelt id would silently drop an outage and shrink the credit.
                    errors.add(where(lineNumber) + "service \"" + service + "\" is not a service of the draft; its services"
                            + " are: " + String.join(", ", serviceIds));
                    continue;
                }
                OutageCsv.Rows into = service == null ? common : own.get(service);
                if (into == null) {
                    continue;
                }
                try {
                    OutageCsv.row(cells, columns, kind, zone, warning -> warnings.add(where(lineNumber) + warning),
                            into.outages(), into.samples(), into.requests());
                } catch (IllegalArgumentException e) {
                    errors.add(where(lineNumber) + e.getMessage());
                }
            }
            return new Part(own, common, errors, warnings);
        }

        /**
         * A line of start, end and service with the times in the common shape, read without cutting it into cells;
         * false where the line is anything else, to be read the long way (which also says what is wrong with it).
         */
        private boolean quick(String line, Map<String, OutageCsv.Rows> own, OutageCsv.Rows common) {
            if (line.indexOf('"') >= 0) {
                return false;
            }
            int[] bounds = new int[names.length + 1];
            bounds[0] = -1;
            for (int k = 1; k < names.length; k++) {
                bounds[k] = line.indexOf(',', bounds[k - 1] + 1);
                if (bounds[k] < 0) {
                    return false;
                }
            }
            bounds[names.length] = line.length();
            if (line.indexOf(',', bounds[names.length - 1] + 1) >= 0) {
                return false;
            }
            int s = columns.get("start");
            int e = columns.get("end");
            java.time.Instant start = IsoTimes.withOffset(line, bounds[s] + 1, bounds[s + 1]);
            java.time.Instant end = start == null ? null : IsoTimes.withOffset(line, bounds[e] + 1, bounds[e + 1]);
            if (end == null || end.isBefore(start)) {
                return false;
            }
            OutageCsv.Rows into = common;
            Integer column = columns.get("service");
            if (column != null) {
                int from = bounds[column] + 1;
                int to = bounds[column + 1];
                if (from >= to || Character.isWhitespace(line.charAt(from)) || Character.isWhitespace(line.charAt(to - 1))) {
                    return false;
                }
                String service = line.substring(from, to);
                if (!known.contains(service)) {
                    return false;
                }
                into = own.get(service);
                if (into == null) {
                    return true;
                }
            }
            into.outages().add(new org.slastudio.engine.Outage(start, end, null, false, null));
            return true;
        }

        /** Made only for a line with something to say: building it for every row of a large file took a good while. */
        private String where(int line) {
            return file + " line " + line + ": ";
        }
    }
}
