package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;

/**
 * The records a service's measurement needs, read from the monitoring data users have: SLA Studio's own CSV, a
 * status page's incidents, an uptime checker's event log or a Prometheus range query. Each reader names every bad row
 * or element by line or JSON path, and nothing is returned until all are good. See docs/monitoring.md.
 */
public final class MonitoringRecords {

    private MonitoringRecords() {
    }

    /**
     * @param format  the file's format; null to tell it from the file's name and first bytes
     * @param mapFile which service each component, check or series is; null to match names to the services' ids and
     *                names
     * @throws IOException where the file cannot be read at all (it is gone, or not UTF-8 text)
     */
    public static Reading read(Path file, SourceFormat format, Path mapFile, RecordRequest request) throws IOException {
        Reading into = new Reading();
        ServiceMap map = mapFile == null ? ServiceMap.byName(request.services()) : ServiceMap.read(mapFile, request, into);
        SourceFormat read = format != null ? format : SourceFormat.detect(file);
        if (read == null) {
            into.error(file + ": this JSON file could be a status page export or a Prometheus response; say which with"
                    + " --records-format statuspage or --records-format prometheus");
            return into;
        }
        if (map == null) {
            return into;
        }
        switch (read) {
            case CSV -> {
                if (mapFile != null) {
                    into.warn(List.of(), mapFile + ": not used, as SLA Studio's own CSV names each row's service in its"
                            + " service column");
                }
                OutageCsv.read(file, request, into);
            }
            case STATUSPAGE -> StatusPageJson.read(file, request, map, into);
            case UPTIME -> UptimeCsv.read(file, request, map, into);
            case PROMETHEUS -> PrometheusJson.read(file, request, map, into);
        }
        return into;
    }

    /** Reads SLA Studio's own CSV, or any format it can tell from the file, naming services by their ids and names. */
    public static final RecordsReader READER = reader(null, null);

    /**
     * A reader of a file in {@code format} (null: told from the file) with {@code mapFile} (null: names are services'
     * ids or names) for every service at once. A service measured in a way the file holds no records of at all (error
     * rates for an interval-based one, where the file has only outages) is left out, saying so.
     */
    public static RecordsReader reader(SourceFormat format, Path mapFile) {
        return (file, agreement, services, progress) -> {
            progress.read(0);
            Reading reading = read(file, format, mapFile, RecordRequest.everyService(agreement));
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("reading " + file + " was cancelled");
            }
            java.util.Set<RecordKind> held = java.util.EnumSet.noneOf(RecordKind.class);
            for (String id : reading.services()) {
                Records r = reading.forService(id);
                if (!r.outages().isEmpty()) {
                    held.add(RecordKind.OUTAGES);
                }
                if (!r.samples().isEmpty()) {
                    held.add(RecordKind.INTERVALS);
                }
                if (!r.requests().isEmpty()) {
                    held.add(RecordKind.REQUESTS);
                }
            }
            java.util.Map<String, TermHistory.Records> records = new java.util.LinkedHashMap<>();
            List<ServiceRecords.LeftOut> leftOut = new java.util.ArrayList<>();
            for (Service service : services) {
                MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
                RecordKind kind = RecordKind.of(rule.method());
                if (!held.isEmpty() && !held.contains(kind)) {
                    leftOut.add(new ServiceRecords.LeftOut(service.id(), "by " + (kind == RecordKind.INTERVALS ? "intervals"
                            : kind == RecordKind.REQUESTS ? "request counts" : "time"), List.of(file + " holds no " + kind.noun())));
                    continue;
                }
                Records r = reading.forService(service.id());
                records.put(service.id(), new TermHistory.Records(r.outages(), r.samples(), r.requests()));
            }
            progress.read(1);
            return new ServiceRecords(records, leftOut, reading.errors(), reading.warnings());
        };
    }

    /** The records of the one service asked for. */
    public static Records forService(Path file, SourceFormat format, Path mapFile, RecordRequest request) throws IOException {
        return read(file, format, mapFile, request).forService(request.serviceId());
    }
}
