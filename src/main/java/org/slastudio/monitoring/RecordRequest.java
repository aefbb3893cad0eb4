package org.slastudio.monitoring;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;

/**
 * What a monitoring file is read for.
 *
 * @param serviceId       the service whose records are wanted; null for every service of the draft
 * @param services        the draft's services, id to name, in the draft's order: a name in a file maps to one of these
 * @param zone            where a time written without an offset is read (the agreement's zone); null if none
 * @param kind            the records the service's measurement needs; null to take what the file holds, as when every
 *                        service is read at once and each is measured its own way
 * @param intervalMinutes the service's interval length, for a service measured by intervals; else null
 * @param measured        for every service at once, the services wanted and the records each one's measurement
 *                        needs: our CSV then reads each row as its service is measured, so one file may mix kinds;
 *                        empty to take every service, each record as the file gives it
 */
public record RecordRequest(String serviceId, Map<String, String> services, ZoneId zone, RecordKind kind,
                            Integer intervalMinutes, Map<String, RecordKind> measured) {

    public RecordRequest {
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        measured = measured == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    public RecordRequest(String serviceId, Map<String, String> services, ZoneId zone, RecordKind kind,
                         Integer intervalMinutes) {
        this(serviceId, services, zone, kind, intervalMinutes, Map.of());
    }

    /** For one service of the agreement, as it is measured. */
    public static RecordRequest of(Agreement agreement, Service service) {
        MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
        RecordKind kind = RecordKind.of(rule.method());
        return new RecordRequest(service.id(), services(agreement), zone(agreement), kind,
                kind == RecordKind.INTERVALS ? rule.intervalMinutes() : null);
    }

    /** For {@code wanted}, services of the agreement, at once: each as it is measured. */
    public static RecordRequest each(Agreement agreement, List<Service> wanted) {
        Map<String, RecordKind> measured = new LinkedHashMap<>();
        for (Service s : wanted) {
            measured.put(s.id(), RecordKind.of((s.measurement() == null ? MeasurementRule.timeBased() : s.measurement()).method()));
        }
        return new RecordRequest(null, services(agreement), zone(agreement), null, null, measured);
    }

    public List<String> serviceIds() {
        return List.copyOf(services.keySet());
    }

    /** "service kubernetes", or "the services" when every service is asked for. */
    String who() {
        return serviceId == null ? "the services" : "service " + serviceId;
    }

    /** "intervals", "request counts" or "time", as the service is measured. */
    String measuredBy() {
        return kind == RecordKind.INTERVALS ? "intervals" : kind == RecordKind.REQUESTS ? "request counts" : "time";
    }

    /** Whether records for this service are wanted. */
    boolean wants(String id) {
        return serviceId == null || serviceId.equals(id);
    }

    private static Map<String, String> services(Agreement agreement) {
        Map<String, String> services = new LinkedHashMap<>();
        for (Service s : agreement.services()) {
            if (s != null && s.id() != null) {
                services.putIfAbsent(s.id(), s.name());
            }
        }
        return services;
    }

    private static ZoneId zone(Agreement agreement) {
        return agreement.overview() == null ? null : agreement.overview().timeZone();
    }
}
