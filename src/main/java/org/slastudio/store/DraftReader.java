package org.slastudio.store;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the tree of a draft file into the model by hand, field by field. A bad value is reported and left out
 * (null), never guessed, and kept with the unknown fields so that saving writes it back unless the user replaces
 * it; everything else is still read. Each section of the agreement is read by its own class ({@link
 * ServicesSection} and the like); this one holds what they share: objects, lists, unknown fields and problems.
 */
final class DraftReader {
    private final Migrations migrations;
    private final List<LoadProblem> problems;
    private final UnknownFields.Builder unknown = new UnknownFields.Builder();

    DraftReader(Migrations migrations, List<LoadProblem> problems) {
        this.migrations = migrations;
        this.problems = problems;
    }

    Draft read(ObjectNode root) {
        migrate(root);
        Agreement agreement = object(root, "$", "$", o -> {
            o.get("schemaVersion");
            Overview overview = o.object("overview", OverviewSection::readOverview);
            if (overview == null) {
                if (o.get("overview") == null) {
                    problem(o.at("overview"), "missing; every draft needs an overview with at least a title. An empty one"
                            + " was put in its place.");
                }
                overview = Overview.blank();
            }
            return new Agreement(overview,
                    o.list("parties", true, PartiesSection::readParty),
                    o.list("services", true, ServicesSection::readService),
                    o.list("windows", true, WindowsSection::readWindow),
                    o.object("creditRegime", CreditRegimeSection::readCreditRegime),
                    o.list("metrics", true, MetricsSection::readMetric),
                    o.list("clauses", false, ClausesSection::readClause),
                    o.list("figures", true, ClausesSection::readFigure),
                    o.object("simulationAssumptions", SimulationSection::readSimulationAssumptions),
                    o.object("negotiation", NegotiationSection::readNegotiation));
        });
        return new Draft(agreement, unknown.build());
    }

    private void migrate(ObjectNode root) {
        int current = migrations.current();
        JsonNode field = root.get("schemaVersion");
        String path = "$.schemaVersion";
        if (field == null || field.isNull()) {
            notice(path, "missing; read as schema " + current + ", the version this SLA Studio writes. Add \"schemaVersion\": "
                    + current + " as the first field.");
            return;
        }
        if (!field.isIntegralNumber() || !field.canConvertToInt()) {
            problem(path, "expected a whole number such as " + current + ", found " + Json.describe(field) + "; read as schema "
                    + current + ".");
            return;
        }
        int version = field.intValue();
        if (version > current) {
            notice(path, "written by a newer SLA Studio (schema " + version + "); this version reads up to " + current
                    + ". What it does not know is kept and written back, but saving marks the file as schema " + current
                    + "; open it in the newer version to be sure nothing is misread.");
        } else if (version < current && !migrations.upgrade(root, version)) {
            problem(path, "schema " + version + " is not a version SLA Studio ever wrote; this version reads schemas "
                    + migrations.oldest() + " to " + current + ". It was read as schema " + current + "; set \"schemaVersion\": "
                    + current + " if that is right.");
        }
    }

    /** Reads one object of the file with {@code reader}, then keeps and reports the fields the reader did not ask for. */
    <T> T object(JsonNode node, String path, String slot, Function<Fields, T> reader) {
        if (!node.isObject()) {
            problem(path, "expected an object { ... }, found " + Json.describe(node) + "; it was left out.");
            return null;
        }
        Fields fields = new Fields(this, node, path, slot);
        T value = reader.apply(fields);
        String anchor = "";
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (fields.rejected.contains(name)) {
                unknown.add(slot, anchor, name, field.getValue());
                anchor = name;
            } else if (fields.known.contains(name)) {
                anchor = name;
            } else {
                unknown.add(slot, anchor, name, field.getValue());
                notice(child(path, name), "unknown field; this version of SLA Studio does not use it, but keeps it and"
                        + " writes it back when saving." + didYouMean(name, fields.known));
            }
        }
        return value;
    }

    interface Element<T> {
        T read(JsonNode node, String path, String slot);
    }

    /**
     * A list; a gap or an unreadable element stays in the list as null, so positions match the file.
     *
     * @param node null when the list is absent
     * @param byId elements carry an id, and their unknown fields follow the id rather than the position
     */
    <T> List<T> list(JsonNode node, String path, String slot, boolean byId, Element<T> element) {
        List<T> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            problem(path, "expected a list [ ... ], found " + Json.describe(node) + "; read as an empty list.");
            return values;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode e : node) {
            JsonNode id = byId && e.isObject() ? e.get("id") : null;
            ids.add(id != null && id.isString() ? id.asString() : null);
        }
        List<String> slots = UnknownFields.elementSlots(slot, ids);
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            String at = path + "[" + i + "]";
            if (e.isNull()) {
                problem(at, "an empty entry (null) in the list; remove it or fill it in.");
                values.add(null);
            } else {
                values.add(element.read(e, at, slots.get(i)));
            }
        }
        return values;
    }

    /** A number standing alone in a list, such as a candidate level or a fallback. */
    BigDecimal decimal(JsonNode node, String path, String slot) {
        if (!node.isNumber() && !Json.isBeyondAnyDecimal(node)) {
            problem(path, "expected a number such as 99.9, found " + Json.describe(node) + Fields.LEFT_OUT);
            return null;
        }
        if (!Fields.inRange(node)) {
            problem(path, Fields.outOfRange(node, "99.9") + Fields.LEFT_OUT);
            return null;
        }
        return Fields.plain(node.decimalValue());
    }

    <E extends Enum<E>> E choice(JsonNode node, String path, Class<E> type, String outcome) {
        String allowed = String.join(", ", EnumNames.all(type));
        if (!node.isString()) {
            problem(path, "expected one of " + allowed + " (in double quotes), found " + Json.describe(node) + outcome);
            return null;
        }
        E value = EnumNames.parse(type, node.asString());
        if (value == null) {
            problem(path, "\"" + node.asString() + "\" is not one of the allowed values: " + allowed + outcome);
        }
        return value;
    }

    LocalDate date(JsonNode node, String path, String outcome) {
        String example = "a date written year-month-day such as \"2026-01-01\"";
        if (!node.isString()) {
            problem(path, "expected " + example + ", found " + Json.describe(node) + outcome);
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeException e) {
            problem(path, Json.describe(node) + " is not valid here; expected " + example + outcome);
            return null;
        }
    }

    void problem(String path, String message) {
        problems.add(LoadProblem.problem(path, message));
    }

    void notice(String path, String message) {
        problems.add(LoadProblem.notice(path, message));
    }

    /** {@code $.overview.title}, or {@code $["odd name"]} for names a dotted path cannot show. */
    static String child(String path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return path + "." + name;
        }
        return path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String didYouMean(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            if (distance(lower, candidate.toLowerCase(Locale.ROOT)) <= 2) {
                return " If you meant \"" + candidate + "\", correct the spelling.";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
