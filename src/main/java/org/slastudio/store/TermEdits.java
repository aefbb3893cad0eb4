package org.slastudio.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slastudio.model.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * New values for a draft's terms, each at its place in the draft file ({@code services[0].levels[1].targetPercent}),
 * put in as an edit of the file would put them, and the draft read again: so the draft that results is checked and
 * migrated exactly as a file the user had edited.
 */
public final class TermEdits {
    private TermEdits() {
    }

    /**
     * The draft with the values set; a value is a {@link BigDecimal}, a {@link String}, a {@link LocalDate}, a
     * {@link Duration} or a {@link Money} (whose currency, if null, stays as the draft has it).
     */
    public static LoadResult apply(Draft draft, Map<String, Object> values) {
        ObjectNode file = DraftWriter.write(draft, DraftStore.SCHEMA_VERSION);
        List<LoadProblem> problems = new ArrayList<>();
        values.forEach((path, value) -> {
            String problem = set(file, path, value);
            if (problem != null) {
                problems.add(LoadProblem.fatal(path, problem));
            }
        });
        if (!problems.isEmpty()) {
            return new LoadResult(null, problems);
        }
        return DraftStore.read(DraftStore.writeTree(file));
    }

    /** Sets the value at the path; the problem, or null. */
    private static String set(ObjectNode file, String path, Object value) {
        String[] steps = path.split("\\.");
        JsonNode node = file;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            boolean last = i == steps.length - 1;
            if (!(node instanceof ObjectNode object)) {
                return "the draft has nothing at " + path;
            }
            if (bracket < 0 && last) {
                JsonNode now = object.get(field);
                object.set(field, node(value, now));
                return null;
            }
            JsonNode next = object.get(field);
            if (next == null && bracket < 0) {
                next = object.putObject(field);
            }
            if (bracket >= 0) {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                if (!(next instanceof ArrayNode array) || index >= array.size()) {
                    return "the draft has no entry " + step + " at " + path;
                }
                if (last) {
                    array.set(index, node(value, array.get(index)));
                    return null;
                }
                next = array.get(index);
            }
            node = next;
        }
        return "the draft has nothing at " + path;
    }

    private static JsonNode node(Object value, JsonNode now) {
        if (value instanceof BigDecimal number) {
            return Json.number(number);
        } else if (value instanceof Money money) {
            ObjectNode amount = Json.NODES.objectNode();
            amount.set("amount", Json.number(money.amount()));
            String currency = money.currency() != null ? money.currency().getCurrencyCode()
                    : now != null && now.has("currency") ? now.get("currency").asString() : null;
            if (currency != null) {
                amount.put("currency", currency);
            }
            return amount;
        } else if (value instanceof LocalDate || value instanceof Duration) {
            return Json.NODES.stringNode(value.toString());
        }
        return Json.NODES.stringNode(String.valueOf(value));
    }
}
