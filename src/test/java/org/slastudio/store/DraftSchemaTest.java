package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Quantity;
import tools.jackson.databind.JsonNode;

/** Keeps docs/schema/sla-draft.schema.json honest against the writer and the model. */
class DraftSchemaTest {

    private static final JsonNode SCHEMA = readSchema();
    private static final String FULL = Fixtures.fullJson();

    @Test
    void aFullyPopulatedDraftIsValid() {
        assertThat(new Validator().validate(FULL)).isEmpty();
    }

    @Test
    void theShippedTemplateIsValid() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        for (Template template : catalogue.templates()) {
            String json = DraftStore.write(catalogue.load(template).draft());
            assertThat(new Validator().validate(json)).as(template.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"type\": \"customer-based\"|\"type\": \"customer_based\"|$.overview.type",
            "\"title\": \"Managed Platform SLA\"|\"title\": 12|$.overview.title",
            "\"schemaVersion\": 2|\"schemaVersion\": 3|$.schemaVersion",
            "\"inclusive\": true|\"inklusive\": true|$.services[0].levels[1].credits.tiers[0].lower",
            "\"within\": \"PT15M\"|\"within\": \"15 minutes\"|$.metrics[0].priorityTargets[0].within",
            "\"from\": \"08:00\"|\"from\": \"8:00\"|$.windows[0].hours[0].from",
            "\"noticeDays\": 90|\"noticeDays\": 90.5|$.overview.term.noticeDays",
            "\"durations\": \"lognormal\"|\"durations\": \"normal\"|$.simulationAssumptions.outages.durations",
            "\"trials\": 50000|\"trials\": \"many\"|$.simulationAssumptions.trials",
            "\"candidateLevels\": [|\"candidateLevels\": [ \"99.9\",|$.simulationAssumptions.candidateLevels[0]",
            "\"percent\": 99.5,|\"percent\": 100.5,|$.simulationAssumptions.services[0].dependencies.series[1].parallel[0].percent",
            "\"percent\": 99.99,|\"percent\": \"99.99\",|$.simulationAssumptions.services[0].dependencies.series[0].percent",
            "\"name\": \"Worker zones\",|\"name\": \"Worker zones\", \"series\": [],|$.simulationAssumptions.services[0].dependencies.series[1]"})
    void theSchemaRejectsWhatTheReaderComplainsAbout(String from, String to, String path) {
        String json = FULL.replaceFirst(Pattern.quote(from), to);

        assertThat(new Validator().validate(json)).anyMatch(e -> e.startsWith(path + ":"));
        assertThat(DraftStore.read(json).problems()).isNotEmpty();
    }

    @Test
    void everyFieldTheSchemaDeclaresIsWrittenForAFullyPopulatedAgreement() {
        Validator validator = new Validator();
        validator.validate(FULL);

        Set<String> declared = new TreeSet<>();
        SCHEMA.path("properties").propertyNames().forEach(p -> declared.add("$." + p));
        for (String def : SCHEMA.get("$defs").propertyNames()) {
            SCHEMA.get("$defs").get(def).path("properties").propertyNames().forEach(p -> declared.add(def + "." + p));
        }
        assertThat(validator.seen).containsAll(declared);
    }

    @Test
    void theSchemaDeclaresEachRecordsComponentsInTheirOrder() throws ClassNotFoundException {
        List<String> root = new ArrayList<>(List.of("schemaVersion"));
        root.addAll(components(Agreement.class));
        assertThat(SCHEMA.get("properties").propertyNames()).containsExactlyElementsOf(root);

        for (String def : SCHEMA.get("$defs").propertyNames()) {
            JsonNode properties = SCHEMA.get("$defs").get(def).get("properties");
            if (properties != null) {
                Class<?> record = Class.forName("org.slastudio.model." + def);
                assertThat(properties.propertyNames()).as(def).containsExactlyElementsOf(components(record));
            }
        }
    }

    @Test
    void theSchemasEnumsAreTheModelsEnumsAsTheFileSpellsThem() throws ClassNotFoundException {
        int enums = 0;
        for (String def : SCHEMA.get("$defs").propertyNames()) {
            JsonNode values = SCHEMA.get("$defs").get(def).get("enum");
            if (values != null) {
                Class<?> type = def.equals("DayOfWeek") ? DayOfWeek.class : def.equals("Unit") ? Quantity.Unit.class
                        : Class.forName("org.slastudio.model." + def);
                List<String> schemaValues = new ArrayList<>();
                values.forEach(v -> schemaValues.add(v.asString()));
                assertThat(schemaValues).as(def).containsExactlyElementsOf(kebabNames(type));
                enums++;
            }
        }
        assertThat(enums).isEqualTo(23); // 23rd: MinimumCreditRule (issue 13 item 8)
    }

    private static List<String> components(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> kebabNames(Class<?> type) {
        return EnumNames.all((Class) type);
    }

    private static JsonNode readSchema() {
        try {
            return Json.MAPPER.readTree(Files.readString(Path.of("docs/schema/sla-draft.schema.json")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Just the part of JSON Schema 2020-12 the draft schema uses: $ref, oneOf, const, type, enum, pattern, minLength,
     * minimum, maximum, properties, required, additionalProperties, items, uniqueItems. Records which declared
     * fields it met.
     */
    private static final class Validator {
        final Set<String> seen = new HashSet<>();
        final List<String> errors = new ArrayList<>();

        List<String> validate(String json) {
            check(Json.MAPPER.readTree(json), SCHEMA, "$", "$");
            return errors;
        }

        private void check(JsonNode value, JsonNode schema, String path, String def) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asString().substring("#/$defs/".length());
                check(value, SCHEMA.get("$defs").get(name), path, name);
                return;
            }
            if (schema.has("oneOf")) {
                oneOf(value, schema.get("oneOf"), path, def);
                return;
            }
            if (schema.has("const") && !schema.get("const").equals(value)) {
                errors.add(path + ": must be " + schema.get("const"));
            }
            if (schema.has("type") && !hasType(value, schema.get("type").asString())) {
                errors.add(path + ": must be of type " + schema.get("type").asString());
                return;
            }
            if (schema.has("enum")) {
                boolean listed = false;
                for (JsonNode allowed : schema.get("enum")) {
                    listed |= allowed.equals(value);
                }
                if (!listed) {
                    errors.add(path + ": not one of " + schema.get("enum"));
                }
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(value.asString()).find()) {
                errors.add(path + ": does not match " + schema.get("pattern").asString());
            }
            if (schema.has("minLength") && value.asString().length() < schema.get("minLength").asInt()) {
                errors.add(path + ": too short");
            }
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                errors.add(path + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                errors.add(path + ": above " + schema.get("maximum"));
            }
            if (value.isObject()) {
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asString())) {
                        errors.add(path + ": missing " + required.asString());
                    }
                }
                for (String name : value.propertyNames()) {
                    JsonNode declared = schema.path("properties").get(name);
                    if (declared != null) {
                        seen.add(def + "." + name);
                        check(value.get(name), declared, path + "." + name, def + "." + name);
                    } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                        errors.add(path + ": unknown field " + name);
                    }
                }
            }
            if (value.isArray()) {
                Set<JsonNode> distinct = new HashSet<>();
                for (int i = 0; i < value.size(); i++) {
                    if (schema.has("items")) {
                        check(value.get(i), schema.get("items"), path + "[" + i + "]", def);
                    }
                    if (!distinct.add(value.get(i)) && schema.path("uniqueItems").asBoolean()) {
                        errors.add(path + ": repeats " + value.get(i));
                    }
                }
            }
        }

        /**
         * Exactly one of the kinds must fit. Where none does, the errors reported are those of the kind the value
         * has the shape of (no missing or unknown field of its own), so a bad figure deep in a tree is named at its
         * own path.
         */
        private void oneOf(JsonNode value, JsonNode kinds, String path, String def) {
            List<String> before = new ArrayList<>(errors);
            Set<String> seenBefore = new HashSet<>(seen);
            int fitting = 0;
            Set<String> seenFitting = seenBefore;
            List<String> closest = null;
            for (JsonNode kind : kinds) {
                errors.clear();
                seen.clear();
                seen.addAll(seenBefore);
                check(value, kind, path, def);
                if (errors.isEmpty()) {
                    fitting++;
                    seenFitting = new HashSet<>(seen);
                } else if (errors.stream().noneMatch(e -> e.startsWith(path + ":"))) {
                    closest = new ArrayList<>(errors);
                }
            }
            errors.clear();
            errors.addAll(before);
            seen.clear();
            seen.addAll(seenFitting);
            if (fitting == 0 && closest != null) {
                errors.addAll(closest);
            } else if (fitting != 1) {
                errors.add(path + ": fits " + fitting + " of the kinds it may be, not exactly one");
            }
        }

        private static boolean hasType(JsonNode value, String type) {
            return switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isString();
                case "number" -> value.isNumber();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                default -> throw new AssertionError("the validator does not know type " + type);
            };
        }
    }
}
