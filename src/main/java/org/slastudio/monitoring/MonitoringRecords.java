package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
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
        return read(file, format, mapFile, request, RecordsReader.Progress.NONE);
    }

    /**
     * As {@link #read(Path, SourceFormat, Path, RecordRequest)}, saying how far a CSV has been read; a CSV's reading
     * stops with a {@link CancellationException} once its thread is interrupted.
     */
    public static Reading read(Path file, SourceFormat format, Path mapFile, RecordRequest request,
                               RecordsReader.Progress progress) throws IOException {
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
                OutageCsv.read(file, request, into, progress);
            }
            case STATUSPAGE -> StatusPageJson.read(file, request, map, into);
            case UPTIME -> UptimeCsv.read(file, request, map, into, progress);
            case PROMETHEUS -> PrometheusJson.read(file, request, map, into);
        }
        return into;
    }

    /** Reads SLA Studio's own CSV, or any format it can tell from the file, naming services by their ids and names. */
    public static final RecordsReader READER = reader(null, null);

    /**
     * A reader of a file in {@code format} (null: told from the file) with {@code mapFile} (null: names are services'
     * ids or names) for every service at once, each as it is measured. A service measured in a way the file holds no
     * records of (error rates for an interval-based one, where our CSV's header has no error_rate_percent, or a status
     * page that gives only outages) is left out, saying so.
     */
    public static RecordsReader reader(SourceFormat format, Path mapFile) {
        return (file, agreement, services, progress) -> {
            progress.read(0);
            Reading reading = read(file, format, mapFile, RecordRequest.each(agreement, services), progress);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Reading " + file.getFileName() + " was cancelled");
            }
            Set<RecordKind> held = EnumSet.noneOf(RecordKind.class);
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
            Map<String, ServiceRecords.LeftOut> said = new LinkedHashMap<>();
            reading.leftOut().forEach(l -> said.put(l.serviceId(), l));
            Map<String, TermHistory.Records> records = new LinkedHashMap<>();
            List<ServiceRecords.LeftOut> leftOut = new ArrayList<>();
            for (Service service : services) {
                MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
                RecordKind kind = RecordKind.of(rule.method());
                if (said.containsKey(service.id())) {
                    leftOut.add(said.get(service.id()));
                    continue;
                }
                // Our CSV says by its header what it holds; the other formats by what they yield.
                if (!reading.asMeasured() && !held.isEmpty() && !held.contains(kind)) {
                    leftOut.add(new ServiceRecords.LeftOut(service.id(), kind.measuredBy(), List.of(file + " holds no "
                            + kind.noun())));
                    continue;
                }
                Records r = reading.forService(service.id());
                records.put(service.id(), new TermHistory.Records(r.outages(), r.samples(), r.requests()));
            }
            progress.read(1);
            // A row that names no service is read once for each kind, and its warnings with it.
            return new ServiceRecords(records, leftOut, reading.errors(), reading.warnings().stream().distinct().toList());
        };
    }

    /** The records of the one service asked for. */
    public static Records forService(Path file, SourceFormat format, Path mapFile, RecordRequest request) throws IOException {
        return read(file, format, mapFile, request).forService(request.serviceId());
    }
}
