package org.slastudio.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Fields of a draft file that this version of SLA Studio does not know (say, from a newer version), and values it
 * could not use (a date that is not a date), kept verbatim so that saving writes them back where they were instead
 * of dropping them. A value the agreement has again replaces a kept one. Each is remembered by the object it sat
 * in and the field it followed.
 * Objects in lists are identified by their {@code id} where they have a unique one, so an unknown field stays with
 * its service (or party, window, metric) when others are added, removed or reordered.
 */
public final class UnknownFields {

    /** One unknown field: it followed the known field {@code anchor} ("" when it came first) in its object. */
    record Field(String anchor, String name, JsonNode value) {
    }

    private static final UnknownFields NONE = new UnknownFields(Map.of());

    private final Map<String, List<Field>> bySlot;

    private UnknownFields(Map<String, List<Field>> bySlot) {
        this.bySlot = bySlot;
    }

    public static UnknownFields none() {
        return NONE;
    }

    public boolean isEmpty() {
        return bySlot.isEmpty();
    }

    /** Where the unknown fields are, e.g. {@code $.services[id=storage].replication}, for telling the user. */
    public List<String> locations() {
        List<String> all = new ArrayList<>();
        bySlot.forEach((slot, fields) -> fields.forEach(f -> all.add(slot + "." + f.name())));
        return Collections.unmodifiableList(all);
    }

    List<Field> at(String slot) {
        return bySlot.getOrDefault(slot, List.of());
    }

    /** The slot of each element of a list: by id where the id is present and unique in the list, else by index. */
    static List<String> elementSlots(String listSlot, List<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : ids) {
            if (id != null && !id.isEmpty()) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<String> slots = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            boolean unique = id != null && !id.isEmpty() && counts.get(id) == 1;
            slots.add(listSlot + (unique ? "[id=" + id + "]" : "[" + i + "]"));
        }
        return slots;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownFields other && bySlot.equals(other.bySlot);
    }

    @Override
    public int hashCode() {
        return bySlot.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownFields" + locations();
    }

    static final class Builder {
        private final Map<String, List<Field>> bySlot = new LinkedHashMap<>();

        void add(String slot, String anchor, String name, JsonNode value) {
            bySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(new Field(anchor, name, Json.writable(value)));
        }

        UnknownFields build() {
            if (bySlot.isEmpty()) {
                return NONE;
            }
            Map<String, List<Field>> copy = new LinkedHashMap<>();
            bySlot.forEach((slot, fields) -> copy.put(slot, List.copyOf(fields)));
            return new UnknownFields(Collections.unmodifiableMap(copy));
        }
    }
}
