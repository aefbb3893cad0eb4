package org.slastudio.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slastudio.engine.IntervalSample;
import org.slastudio.engine.Outage;
import org.slastudio.engine.RequestCount;

/**
 * What one monitoring file holds, service by service. Nothing in it may be used while it has errors: they are
 * collected over the whole file so that every bad row is named at once, and then the records are left empty.
 */
public final class Reading {

    /** A warning, and the services it is about; none for one about the file as a whole (a name mapped to nothing). */
    private record Note(Collection<String> services, String text) {
    }

    private static final class Lists {
        final List<Outage> outages = new ArrayList<>();
        final List<IntervalSample> samples = new ArrayList<>();
        final List<RequestCount> requests = new ArrayList<>();
    }

    private final Map<String, Lists> services = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    /** Services read as they are measured whose records the file has no columns for, by id. */
    private final Map<String, ServiceRecords.LeftOut> leftOut = new LinkedHashMap<>();
    private boolean asMeasured;

    Reading() {
    }

    /** Every problem that stops the file being used, in the order met. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Every warning, about any service or the file. */
    public List<String> warnings() {
        return notes.stream().map(Note::text).toList();
    }

    /** The services the file has records for. */
    public Set<String> services() {
        return errors.isEmpty() ? Set.copyOf(services.keySet()) : Set.of();
    }

    /** The records of one service, with the file's errors and the warnings about that service or the whole file. */
    public Records forService(String id) {
        List<String> warnings = notes.stream().filter(n -> n.services().isEmpty() || n.services().contains(id))
                .map(Note::text).toList();
        Lists lists = services.get(id);
        if (!errors.isEmpty() || lists == null) {
            return new Records(List.of(), List.of(), List.of(), errors, errors.isEmpty() ? warnings : List.of());
        }
        return new Records(lists.outages, lists.samples, lists.requests, List.of(), warnings);
    }

    /**
     * Whether each service was read as it is measured, the file's header saying which it has the columns for (our
     * CSV): every service asked for is then either read, perhaps with no records, or {@linkplain #leftOut() left out}.
     */
    public boolean asMeasured() {
        return asMeasured;
    }

    /** Services the file has no columns for, each with what its header lacks; see {@link #asMeasured()}. */
    public List<ServiceRecords.LeftOut> leftOut() {
        return List.copyOf(leftOut.values());
    }

    void readAsMeasured() {
        asMeasured = true;
    }

    void leaveOut(String service, RecordKind kind, List<String> missing) {
        leftOut.put(service, new ServiceRecords.LeftOut(service, kind.measuredBy(), missing));
    }

    void error(String message) {
        errors.add(message);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    /** @param services the services it is about; empty for the file as a whole */
    void warn(Collection<String> services, String message) {
        notes.add(new Note(List.copyOf(services), message));
    }

    void outage(String service, Outage outage) {
        lists(service).outages.add(outage);
    }

    void sample(String service, IntervalSample sample) {
        lists(service).samples.add(sample);
    }

    void request(String service, RequestCount count) {
        lists(service).requests.add(count);
    }

    /** Makes the service known to have been read, even with no records (a clean month is a result too). */
    void touch(String service) {
        lists(service);
    }

    private Lists lists(String service) {
        return services.computeIfAbsent(service, s -> new Lists());
    }
}
