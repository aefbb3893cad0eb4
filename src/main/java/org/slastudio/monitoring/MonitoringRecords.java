package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    /** The records of the one service asked for. */
    public static Records forService(Path file, SourceFormat format, Path mapFile, RecordRequest request) throws IOException {
        return read(file, format, mapFile, request).forService(request.serviceId());
    }
}
