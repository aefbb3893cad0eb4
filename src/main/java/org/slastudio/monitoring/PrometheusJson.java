package org.slastudio.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A Prometheus range query response, {@code /api/v1/query_range}:
 * {@code {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {...}, "values": [[t, "v"]]}]}}}.
 * The values are streamed into arrays, a series at a time; what they mean (an up series or an error ratio, and the
 * step between them) is settled once the whole file is read, in {@link PrometheusSeries}.
 */
final class PrometheusJson {

    private static final String EXAMPLE = "{\"status\": \"success\", \"data\": {\"resultType\": \"matrix\", \"result\":"
            + " [{\"metric\": {\"job\": \"api\"}, \"values\": [[1770109200, \"1\"]]}]}}";

    private final Path file;
    private final Reading into;
    private final List<PrometheusSeries> series = new ArrayList<>();
    private String resultType;

    private PrometheusJson(Path file, Reading into) {
        this.file = file;
        this.into = into;
    }

    static void read(Path file, RecordRequest request, ServiceMap map, Reading into) {
        PrometheusJson response = new PrometheusJson(file, into);
        if (response.parse()) {
            PrometheusSeries.settle(file, response.series, request, map, into);
        }
    }

    /** Whether the file is a range query result whose values could all be read. */
    private boolean parse() {
        int before = into.errorCount();
        try (JsonParser parser = JsonFiles.open(file)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    into.error(file + " $: expected a Prometheus response such as " + EXAMPLE + ", found "
                            + (parser.currentToken() == null ? "an empty file" : "another value"));
                    return false;
                }
                String status = null;
                String error = null;
                boolean data = false;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (name.equals("data") && value == JsonToken.START_OBJECT) {
                        data(parser);
                        data = true;
                    } else if (name.equals("status") || name.equals("error") || name.equals("errorType")) {
                        JsonNode node = parser.readValueAsTree();
                        String text = node.isString() ? node.asString() : JsonFiles.describe(node);
                        if (name.equals("status")) {
                            status = text;
                        } else {
                            error = error == null ? text : error + ": " + text;
                        }
                    } else if (name.equals("warnings") && value == JsonToken.START_ARRAY) {
                        JsonNode warnings = parser.readValueAsTree();
                        warnings.forEach(w -> into.warn(List.of(), file + ": Prometheus warned: " + w.asString()));
                    } else {
                        parser.skipChildren();
                    }
                }
                if (status != null && !status.equals("success")) {
                    into.error(file + " $.status: the query failed (" + status + (error == null ? "" : ", " + error)
                            + "); run it again and save the response whose status is \"success\"");
                    return false;
                }
                if (!data) {
                    into.error(file + " $.data: there is no data object; expected " + EXAMPLE);
                    return false;
                }
            } catch (JacksonException e) {
                into.error(JsonFiles.broken(file, e, parser));
                return false;
            }
        }
        if (resultType != null && !resultType.equals("matrix")) {
            into.error(file + " $.data.resultType: \"" + resultType + "\" is not a range of values per series"
                    + (resultType.equals("vector") ? " but one value each, as an instant query (/api/v1/query) returns" : "")
                    + "; export the query with /api/v1/query_range, whose result is a \"matrix\"");
            return false;
        }
        return into.errorCount() == before;
    }

    private void data(JsonParser parser) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("resultType")) {
                JsonNode node = parser.readValueAsTree();
                resultType = node.isString() ? node.asString() : JsonFiles.describe(node);
            } else if (name.equals("result") && value == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    series(parser, "$.data.result[" + index++ + "]");
                }
            } else if (name.equals("result")) {
                into.error(file + " $.data.result: expected a list of series such as [{\"metric\": {...}, \"values\":"
                        + " [...]}], found " + JsonFiles.describe(parser.readValueAsTree()));
            } else {
                parser.skipChildren();
            }
        }
    }

    private void series(JsonParser parser, String path) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            into.error(file + " " + path + ": expected a series such as {\"metric\": {\"job\": \"api\"}, \"values\":"
                    + " [[1770109200, \"1\"]]}, found " + JsonFiles.describe(parser.readValueAsTree()));
            return;
        }
        Map<String, String> labels = null;
        Values values = null;
        boolean named = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (name.equals("metric")) {
                labels = labels(parser.readValueAsTree(), path + ".metric");
            } else if (name.equals("values") && token == JsonToken.START_ARRAY) {
                values = values(parser, path + ".values");
            } else if (name.equals("values") || name.equals("value")) {
                named = true;
                JsonNode node = parser.readValueAsTree();
                into.error(file + " " + path + "." + name + ": expected a list of [time, \"value\"] pairs such as"
                        + " [[1770109200, \"1\"], [1770109500, \"0\"]], found " + JsonFiles.describe(node)
                        + (name.equals("value") ? " (one value, as an instant query returns; export with /api/v1/query_range)" : ""));
            } else {
                parser.skipChildren();
            }
        }
        if (values == null && labels != null && !named) {
            into.error(file + " " + path + ": the series has no \"values\"; expected e.g. \"values\": [[1770109200, \"1\"]]");
        }
        if (labels != null && values != null) {
            series.add(new PrometheusSeries(path, labels, Arrays.copyOf(values.millis, values.size),
                    Arrays.copyOf(values.numbers, values.size)));
        }
    }

    private Map<String, String> labels(JsonNode metric, String path) {
        if (!metric.isObject()) {
            into.error(file + " " + path + ": expected the series' labels such as {\"__name__\": \"up\", \"job\": \"api\"},"
                    + " found " + JsonFiles.describe(metric));
            return null;
        }
        Map<String, String> labels = new TreeMap<>();
        for (Map.Entry<String, JsonNode> label : metric.properties()) {
            if (!label.getValue().isString()) {
                into.error(file + " " + JsonFiles.field(path, label.getKey()) + ": expected a label value as a text such as"
                        + " \"api\", found " + JsonFiles.describe(label.getValue()));
                return null;
            }
            labels.put(label.getKey(), label.getValue().asString());
        }
        return new LinkedHashMap<>(labels);
    }

    /** The times (epoch milliseconds) and values of one series, growing as they are read. */
    private static final class Values {
        long[] millis = new long[256];
        double[] numbers = new double[256];
        int size;

        void add(long time, double value) {
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            millis[size] = time;
            numbers[size++] = value;
        }
    }

    private Values values(JsonParser parser, String path) {
        Values values = new Values();
        int index = 0;
        boolean good = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + index++ + "]";
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                into.error(file + " " + at + ": expected a [time, \"value\"] pair such as [1770109200, \"1\"], found "
                        + JsonFiles.describe(parser.readValueAsTree()));
                good = false;
                continue;
            }
            JsonToken time = parser.nextToken();
            long millis = 0;
            if (time == JsonToken.VALUE_NUMBER_INT) {
                millis = parser.getLongValue() * 1000;
            } else if (time == JsonToken.VALUE_NUMBER_FLOAT) {
                millis = Math.round(parser.getDoubleValue() * 1000);
            } else {
                into.error(file + " " + at + "[0]: expected the time in Unix seconds, such as 1770109200, found "
                        + (time == JsonToken.END_ARRAY ? "nothing" : JsonFiles.describe(parser.readValueAsTree())));
                good = false;
            }
            JsonToken value = time == JsonToken.END_ARRAY ? JsonToken.END_ARRAY : parser.nextToken();
            double number = Double.NaN;
            if (value == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                try {
                    number = number(text);
                } catch (NumberFormatException e) {
                    into.error(file + " " + at + "[1]: \"" + JsonFiles.shorten(text) + "\" is not a number; expected a value"
                            + " such as \"0.0125\" or \"1\"");
                    good = false;
                }
            } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                number = parser.getDoubleValue();
            } else if (time != JsonToken.END_ARRAY) {
                into.error(file + " " + at + "[1]: expected the value as a text such as \"0.0125\", found "
                        + (value == JsonToken.END_ARRAY ? "nothing" : JsonFiles.describe(parser.readValueAsTree())));
                good = false;
            }
            if (value != JsonToken.END_ARRAY && parser.nextToken() != JsonToken.END_ARRAY) {
                into.error(file + " " + at + ": expected a [time, \"value\"] pair such as [1770109200, \"1\"], found more"
                        + " than two values");
                do {
                    parser.skipChildren();
                } while (parser.nextToken() != JsonToken.END_ARRAY);
                good = false;
            }
            if (good) {
                values.add(millis, number);
            }
        }
        return values;
    }

    /** Prometheus writes values as Go formats floats: "0.0125", "1e-05", "NaN", "+Inf", "-Inf". */
    private static double number(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-' || text.charAt(0) == '.')) {
                    throw new NumberFormatException(text);
                }
                return Double.parseDouble(text);
        }
    }
}
