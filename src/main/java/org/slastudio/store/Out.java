package org.slastudio.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slastudio.model.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object being written, field by field with nulls left out, with the unknown fields of its slot slotted in
 * after the fields they followed.
 */
final class Out {
    private final UnknownFields unknown;
    private final String slot;
    private final ObjectNode node = Json.NODES.objectNode();
    private final Set<String> anchorsDone = new HashSet<>();

    Out(UnknownFields unknown, String slot) {
        this.unknown = unknown;
        this.slot = slot;
        unknownAfter("");
    }

    void put(String name, JsonNode value) {
        if (value != null) {
            node.remove(name); // a value kept from the file gives way to the agreement's, in the agreement's place
            node.set(name, value);
        }
        unknownAfter(name);
    }

    <T> void object(String name, T value, BiConsumer<Out, T> writer) {
        put(name, value == null ? null : written(slot(name), value, writer));
    }

    /** @param id the id of an element, for keeping unknown fields with it; null for lists without ids */
    <T> void list(String name, List<T> values, Function<T, String> id, BiConsumer<Out, T> writer) {
        put(name, array(slot(name), values, id, (value, elementSlot) -> written(elementSlot, value, writer)));
    }

    void decimals(String name, List<BigDecimal> values) {
        put(name, array(slot(name), values, null, (value, elementSlot) -> Json.number(value)));
    }

    void dates(String name, List<LocalDate> values) {
        put(name, array(slot(name), values, null, (value, elementSlot) -> Json.NODES.stringNode(value.toString())));
    }

    void money(String name, Money value) {
        object(name, value, (o, v) -> {
            o.decimal("amount", v.amount());
            o.currency("currency", v.currency());
        });
    }

    void text(String name, String value) {
        put(name, value == null ? null : Json.NODES.stringNode(value));
    }

    void whole(String name, Integer value) {
        put(name, value == null ? null : Json.NODES.numberNode(value));
    }

    void wholeLong(String name, Long value) {
        put(name, value == null ? null : Json.NODES.numberNode(value));
    }

    void decimal(String name, BigDecimal value) {
        put(name, value == null ? null : Json.number(value));
    }

    void flag(String name, boolean value) {
        put(name, Json.NODES.booleanNode(value));
    }

    void choice(String name, Enum<?> value) {
        put(name, value == null ? null : Json.NODES.stringNode(EnumNames.of(value)));
    }

    /** Dates and times as ISO text: 2026-01-01, 08:00. */
    void time(String name, TemporalAccessor value) {
        put(name, value == null ? null : Json.NODES.stringNode(value.toString()));
    }

    void locale(String name, java.util.Locale value) {
        text(name, value == null ? null : value.toLanguageTag());
    }

    void zone(String name, ZoneId value) {
        text(name, value == null ? null : value.getId());
    }

    void currency(String name, Currency value) {
        text(name, value == null ? null : value.getCurrencyCode());
    }

    ObjectNode done() {
        for (UnknownFields.Field f : unknown.at(slot)) {
            if (!anchorsDone.contains(f.anchor()) && !node.has(f.name())) {
                node.set(f.name(), f.value().deepCopy());
            }
        }
        return node;
    }

    private String slot(String name) {
        return slot + "." + name;
    }

    private void unknownAfter(String anchor) {
        anchorsDone.add(anchor);
        for (UnknownFields.Field f : unknown.at(slot)) {
            if (f.anchor().equals(anchor) && !node.has(f.name())) {
                node.set(f.name(), f.value().deepCopy());
            }
        }
    }

    private <T> ObjectNode written(String slot, T value, BiConsumer<Out, T> writer) {
        Out o = new Out(unknown, slot);
        writer.accept(o, value);
        return o.done();
    }

    private <T> ArrayNode array(String slot, List<T> values, Function<T, String> id, BiFunction<T, String, JsonNode> writer) {
        List<String> ids = new ArrayList<>();
        for (T value : values) {
            ids.add(id == null || value == null ? null : id.apply(value));
        }
        List<String> slots = UnknownFields.elementSlots(slot, ids);
        ArrayNode array = Json.NODES.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            array.add(value == null ? Json.NODES.nullNode() : writer.apply(value, slots.get(i)));
        }
        return array;
    }
}
