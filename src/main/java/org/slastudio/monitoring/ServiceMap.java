package org.slastudio.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Which service of the draft each status-page component, uptime check and Prometheus series is about. Read from a
 * small JSON file:
 * <pre>
 * { "components": { "Kubernetes API": "kubernetes" },
 *   "checks":     { "k8s-api.example.com": "kubernetes" },
 *   "series":     { "job=\"k8s-api\"": "kubernetes",
 *                   "job=\"storage\"": { "service": "object-storage", "kind": "errorRatio" } },
 *   "timeZone":   "Europe/London",
 *   "impacts":    ["minor", "major", "critical"] }
 * </pre>
 * Without a file, a component or check whose name is a service's id or name (in any case) is that service, and a
 * series whose {@code service} or {@code job} label is a service's id is that service.
 */
final class ServiceMap {

    enum SeriesKind {
        UP, ERROR_RATIO;

        String written() {
            return this == UP ? "up" : "errorRatio";
        }
    }

    /** The series a selector such as {@code job="api",instance="a"} picks: every label it names, equal. */
    record SeriesRule(String selector, Map<String, String> labels, String service, SeriesKind kind) {
        boolean matches(Map<String, String> series) {
            return labels.entrySet().stream().allMatch(e -> e.getValue().equals(series.get(e.getKey())));
        }
    }

    /** Statuspage's impacts of an incident, least first. */
    static final List<String> IMPACTS = List.of("none", "minor", "major", "critical");
    private static final Set<String> COUNTED = Set.of("minor", "major", "critical");
    private static final Set<String> FIELDS = Set.of("components", "checks", "series", "timeZone", "impacts");

    private final Map<String, List<String>> components;
    private final Map<String, List<String>> checks;
    private final List<SeriesRule> series;
    private final ZoneId timeZone;
    private final Set<String> impacts;
    /** Null for a map read from a file; else the draft's services, id to name, matched by name. */
    private final Map<String, String> byName;

    private ServiceMap(Map<String, List<String>> components, Map<String, List<String>> checks, List<SeriesRule> series,
                       ZoneId timeZone, Set<String> impacts, Map<String, String> byName) {
        this.components = components;
        this.checks = checks;
        this.series = series;
        this.timeZone = timeZone;
        this.impacts = impacts;
        this.byName = byName;
    }

    /** The map used when no file is given: names that are a service's id or name. */
    static ServiceMap byName(Map<String, String> services) {
        return new ServiceMap(Map.of(), Map.of(), List.of(), null, COUNTED, services);
    }

    /** The services a status-page component is about: by its name, or else by its id. */
    List<String> component(String id, String name) {
        if (byName != null) {
            return named(name != null ? name : id);
        }
        List<String> found = name == null ? null : components.get(name);
        return found != null ? found : id == null ? List.of() : components.getOrDefault(id, List.of());
    }

    List<String> check(String name) {
        return byName != null ? named(name) : checks.getOrDefault(name, List.of());
    }

    /** The rules that pick a series; more than one is a mistake the caller names. */
    List<SeriesRule> series(Map<String, String> labels) {
        if (byName == null) {
            return series.stream().filter(rule -> rule.matches(labels)).toList();
        }
        for (String label : List.of("service", "job")) {
            String value = labels.get(label);
            if (value != null) {
                for (String id : byName.keySet()) {
                    if (id.equalsIgnoreCase(value)) {
                        return List.of(new SeriesRule(label + "=\"" + value + "\"", Map.of(label, value), id, null));
                    }
                }
            }
        }
        return List.of();
    }

    /** Where local times in the export are read: the map's zone, else the agreement's. */
    ZoneId zone(ZoneId agreementZone) {
        return timeZone != null ? timeZone : agreementZone;
    }

    /** Whether a status-page incident of this impact counts as an outage. */
    boolean counts(String impact) {
        return impacts.contains(impact);
    }

    /** The impacts counted, least first. */
    List<String> impacts() {
        return IMPACTS.stream().filter(impacts::contains).toList();
    }

    /** Under which heading of the map file a name would go, for the message that it maps to nothing. */
    boolean fromFile() {
        return byName == null;
    }

    private List<String> named(String name) {
        if (name == null) {
            return List.of();
        }
        for (Map.Entry<String, String> service : byName.entrySet()) {
            if (service.getKey().equalsIgnoreCase(name.trim())
                    || service.getValue() != null && service.getValue().equalsIgnoreCase(name.trim())) {
                return List.of(service.getKey());
            }
        }
        return List.of();
    }

    /** The map in a file, or null after naming in {@code into} everything wrong with it. */
    static ServiceMap read(Path file, RecordRequest request, Reading into) {
        if (!Files.isRegularFile(file)) {
            into.error("there is no map file " + file + "; give the file that maps components, checks and series to"
                    + " services with --map (see docs/monitoring.md)");
            return null;
        }
        JsonNode root;
        try (JsonParser parser = JsonFiles.open(file)) {
            try {
                root = parser.readValueAsTree();
            } catch (JacksonException e) {
                into.error(JsonFiles.broken(file, e, parser));
                return null;
            }
        } catch (JacksonException e) {
            into.error("cannot read the map file " + file + " (" + e.getOriginalMessage() + ")");
            return null;
        }
        if (root == null || !root.isObject()) {
            into.error(file + " $: expected an object such as {\"components\": {\"Kubernetes API\": \"kubernetes\"}}, found "
                    + (root == null ? "nothing" : JsonFiles.describe(root)));
            return null;
        }
        int before = into.errorCount();
        Parse parse = new Parse(file, request, into);
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                into.error(file + " " + JsonFiles.field("$", name) + ": the map has no field \"" + name + "\"; its fields"
                        + " are components, checks, series, timeZone and impacts");
            }
        }
        Map<String, List<String>> components = parse.names(root.get("components"), "$.components", "Kubernetes API");
        Map<String, List<String>> checks = parse.names(root.get("checks"), "$.checks", "k8s-api.example.com");
        List<SeriesRule> series = parse.series(root.get("series"));
        ZoneId zone = parse.zone(root.get("timeZone"));
        Set<String> impacts = parse.impacts(root.get("impacts"));
        return into.errorCount() > before ? null : new ServiceMap(components, checks, series, zone, impacts, null);
    }

    /** The reading of one map file, naming what is wrong by path. */
    private record Parse(Path file, RecordRequest request, Reading into) {

        void wrong(String path, String message) {
            into.error(file + " " + path + ": " + message);
        }

        Map<String, List<String>> names(JsonNode node, String path, String example) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            if (node == null) {
                return names;
            }
            if (!node.isObject()) {
                wrong(path, "expected an object of names and service ids such as {\"" + example + "\": \""
                        + firstService() + "\"}, found " + JsonFiles.describe(node));
                return names;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String at = JsonFiles.field(path, entry.getKey());
                List<String> services = new ArrayList<>();
                JsonNode value = entry.getValue();
                if (value.isString()) {
                    service(value.asString(), at, services);
                } else if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode element = value.get(i);
                        if (element.isString()) {
                            service(element.asString(), JsonFiles.element(at, i), services);
                        } else {
                            wrong(JsonFiles.element(at, i), "expected a service id such as \"" + firstService() + "\", found "
                                    + JsonFiles.describe(element));
                        }
                    }
                } else {
                    wrong(at, "expected a service id such as \"" + firstService() + "\" (or a list of them), found "
                            + JsonFiles.describe(value));
                }
                names.put(entry.getKey(), List.copyOf(services));
            }
            return names;
        }

        List<SeriesRule> series(JsonNode node) {
            List<SeriesRule> rules = new ArrayList<>();
            if (node == null) {
                return rules;
            }
            String example = "{\"job=\\\"api\\\"\": \"" + firstService() + "\"}";
            if (!node.isObject()) {
                wrong("$.series", "expected an object of label selectors and service ids such as " + example + ", found "
                        + JsonFiles.describe(node));
                return rules;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String at = JsonFiles.field("$.series", entry.getKey());
                Map<String, String> labels;
                try {
                    labels = SeriesSelector.parse(entry.getKey());
                } catch (IllegalArgumentException e) {
                    wrong(at, e.getMessage());
                    continue;
                }
                JsonNode value = entry.getValue();
                List<String> services = new ArrayList<>();
                SeriesKind kind = null;
                if (value.isString()) {
                    service(value.asString(), at, services);
                } else if (value.isObject()) {
                    JsonNode id = value.get("service");
                    if (id == null || !id.isString()) {
                        wrong(at + ".service", "expected a service id such as \"" + firstService() + "\", found "
                                + (id == null ? "nothing" : JsonFiles.describe(id)));
                    } else {
                        service(id.asString(), at + ".service", services);
                    }
                    kind = kind(value.get("kind"), at + ".kind");
                    for (String name : value.propertyNames()) {
                        if (!name.equals("service") && !name.equals("kind")) {
                            wrong(JsonFiles.field(at, name), "a series has only \"service\" and \"kind\"");
                        }
                    }
                } else {
                    wrong(at, "expected a service id such as \"" + firstService() + "\" or {\"service\": \"" + firstService()
                            + "\", \"kind\": \"errorRatio\"}, found " + JsonFiles.describe(value));
                }
                if (services.size() == 1) {
                    rules.add(new SeriesRule(entry.getKey(), labels, services.get(0), kind));
                }
            }
            return rules;
        }

        private SeriesKind kind(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            String text = node.isString() ? node.asString() : null;
            if ("up".equals(text)) {
                return SeriesKind.UP;
            }
            if ("errorRatio".equals(text)) {
                return SeriesKind.ERROR_RATIO;
            }
            wrong(path, "expected \"up\" (1 up, 0 down per step) or \"errorRatio\" (failed share of requests, 0 to 1), found "
                    + JsonFiles.describe(node));
            return null;
        }

        ZoneId zone(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isString()) {
                try {
                    return ZoneId.of(node.asString());
                } catch (DateTimeException e) {
                    // falls through to the message
                }
            }
            wrong("$.timeZone", "expected a time zone such as \"Europe/London\" or \"UTC\", found " + JsonFiles.describe(node));
            return null;
        }

        Set<String> impacts(JsonNode node) {
            if (node == null) {
                return COUNTED;
            }
            Set<String> impacts = new LinkedHashSet<>();
            if (!node.isArray()) {
                wrong("$.impacts", "expected a list such as [\"major\", \"critical\"], found " + JsonFiles.describe(node));
                return impacts;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String text = element.isString() ? element.asString().toLowerCase(Locale.ROOT) : null;
                if (text == null || !IMPACTS.contains(text)) {
                    wrong(JsonFiles.element("$.impacts", i), "expected one of the status page's impacts none, minor,"
                            + " major, critical; found " + JsonFiles.describe(element));
                } else {
                    impacts.add(text);
                }
            }
            return impacts;
        }

        private void service(String id, String path, List<String> into) {
            if (request.services().containsKey(id)) {
                into.add(id);
            } else {
                wrong(path, "\"" + id + "\" is not a service of the draft; its services are: "
                        + String.join(", ", request.serviceIds()));
            }
        }

        private String firstService() {
            return request.services().isEmpty() ? "kubernetes" : request.serviceIds().get(0);
        }
    }
}
