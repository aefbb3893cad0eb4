package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.Metric;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.DraftStore;
import picocli.CommandLine;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example draft with a few of its numbers, dates and durations set to extremes (the seed is in the test name):
 * whatever {@code validate} passes, every command works on without an exception escaping, within a minute. For a
 * longer hunt: {@code -DargLine="-Dslastudio.extremeFrom=1000 -Dslastudio.extremeSeeds=2000 -Dslastudio.extremeChanges=6"}.
 */
class ExtremeDraftsTest {

    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();

    private static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "12", "100", "1000", "2147483647",
            "-2147483648", "999999999999999999", "-999999999999999999", "0.000000000000000001", "99.999999999999999999",
            "1E+17", "50.5", "86400");
    private static final List<String> DATES = List.of("1900-01-01", "2200-12-31", "+999999999-12-31", "-999999999-01-01",
            "0001-01-01", "2024-02-29", "1899-12-31", "2201-01-01", "2026-03-29", "2026-10-25");
    private static final List<String> DURATIONS = List.of("PT0S", "PT-1H", "PT1S", "PT0.001S", "PT2562047788015215H",
            "P36500D", "PT8760H", "PT100H");

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(Long.getLong("slastudio.extremeFrom", 0), Long.getLong("slastudio.extremeSeeds", 40));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCommandThrowsOnADraftThatValidatePasses(long seed) throws IOException {
        Random random = new Random(seed);
        ObjectNode tree = example();
        List<Leaf> leaves = new ArrayList<>();
        collect(tree, leaves);
        List<String> changes = new ArrayList<>();
        for (int i = 1 + random.nextInt(Integer.getInteger("slastudio.extremeChanges", 3)); i > 0; i--) {
            changes.add(leaves.get(random.nextInt(leaves.size())).mutate(random));
        }
        assertNoCommandThrows(tree, "seed " + seed + ", " + changes);
    }

    /** The values the fuzzing of issue 12 found, kept so that they stay fixed whatever the seeds above reach. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "/windows/1/holidays/0, +999999999-04-03",
            "/overview/effectiveDate, +999999999-01-01",
            "/overview/effectiveDate, -999999999-01-01",
            "/metrics/1/priorityTargets/0/within, PT2562047788015215H",
            "/metrics/3/priorityTargets/0/within, P3660D"})
    void noCommandThrowsOnADraftWithAValueFuzzingFound(String pointer, String value) throws IOException {
        ObjectNode tree = example();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        assertThat(parent.isMissingNode()).as(pointer).isFalse();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), NODES.stringNode(value));
        } else {
            ((ObjectNode) parent).put(at.last().getMatchingProperty(), value);
        }
        assertNoCommandThrows(tree, pointer + " = " + value);
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
    }

    private void assertNoCommandThrows(ObjectNode tree, String what) throws IOException {
        Path draft = dir.resolve("extreme.sla.json");
        Files.writeString(draft, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree), StandardCharsets.UTF_8);
        List<String> unforeseen = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            if (run(unforeseen, "validate", draft.toString()) != Cli.OK) {
                return;
            }
            run(unforeseen, "validate", "--format", "json", draft.toString());
            for (List<String> command : commands(draft)) {
                run(unforeseen, command.toArray(String[]::new));
            }
        }, () -> what);

        assertThat(unforeseen).as(what).isEmpty();
    }

    /** Every command, on the draft's own services, metrics, zone and dates. */
    private List<List<String>> commands(Path draft) throws IOException {
        Agreement a = DraftStore.load(draft).draft().agreement();
        LocalDate start = a.overview().effectiveDate() == null ? LocalDate.of(2026, 3, 1) : a.overview().effectiveDate();
        String month = start.toString().substring(0, start.toString().lastIndexOf('-'));
        List<List<String>> commands = new ArrayList<>();
        for (Service s : a.services()) {
            boolean intervals = s.measurement() != null && s.measurement().method() != null
                    && s.measurement().method() != MeasurementMethod.TIME_BASED;
            Path csv = dir.resolve(s.id() + ".csv");
            String day = start.plusDays(1).toString();
            Files.writeString(csv, intervals ? "start,error_rate_percent\n" + day + "T09:00,50\n"
                    : "start,end,reported_at,planned\n" + day + "T09:00," + day + "T10:30," + day + "T09:10,false\n");
            for (String format : List.of("text", "json")) {
                commands.add(List.of("credit", draft.toString(), "--service", s.id(), "--period", month, "--outages",
                        csv.toString(), "--format", format));
            }
            for (ServiceLevel l : s.levels()) {
                AvailabilityWindow w = a.window(l.windowId()).orElseThrow();
                List<String> downtime = new ArrayList<>(List.of("downtime", "--target", l.targetPercent().toPlainString(),
                        "--tz", w.zone().getId(), "--period", month));
                w.holidays().forEach(h -> downtime.addAll(List.of("--holiday", h.toString())));
                commands.add(downtime);
            }
        }
        for (Metric m : a.metrics()) {
            if (!m.priorityTargets().isEmpty()) {
                commands.add(List.of("deadline", draft.toString(), "--metric", m.id(), "--raised", start + "T09:00",
                        "--format", "json"));
                commands.add(List.of("deadline", draft.toString(), "--metric", m.id(), "--raised", start + "T23:59Z"));
            }
        }
        commands.add(List.of("simulate", draft.toString(), "--trials", "24"));
        commands.add(List.of("simulate", draft.toString(), "--trials", "12", "--format", "json"));
        commands.add(List.of("composite", draft.toString(), "--force"));
        commands.add(List.of("composite", draft.toString(), "--force", "--format", "json"));
        commands.add(List.of("export", draft.toString(), "-o", dir.resolve("agreement.pdf").toString()));
        commands.add(List.of("export", draft.toString(), "-o", dir.resolve("slos.yaml").toString()));
        commands.add(List.of("diff", EXAMPLE.toString(), draft.toString(), "--redline", dir.resolve("redline.pdf").toString()));
        commands.add(List.of("diff", draft.toString(), EXAMPLE.toString(), "--format", "json"));
        commands.add(List.of("memo", EXAMPLE.toString(), draft.toString(), "--trials", "12", "-o",
                dir.resolve("memo.pdf").toString()));
        return commands;
    }

    private static int run(List<String> unforeseen, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine(new PrintWriter(out), new PrintWriter(err));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            unforeseen.add(String.join(" ", args) + ": " + trace.toString().lines().limit(12).toList());
            return Cli.UNREADABLE;
        });
        return commandLine.execute(args);
    }

    /** A number, date or duration in the tree, and how to set it to an extreme of its kind. */
    private record Leaf(ContainerNode<?> parent, String name, int index, String kind) {
        String mutate(Random random) {
            List<String> values = kind.equals("number") ? NUMBERS : kind.equals("date") ? DATES : DURATIONS;
            String value = values.get(random.nextInt(values.size()));
            JsonNode node = !kind.equals("number") ? NODES.stringNode(value)
                    : value.matches("-?\\d+") ? NODES.numberNode(new BigInteger(value)) : NODES.numberNode(new BigDecimal(value));
            if (parent instanceof ObjectNode object) {
                object.set(name, node);
            } else {
                ((ArrayNode) parent).set(index, node);
            }
            return (name == null ? "[" + index + "]" : name) + "=" + value;
        }
    }

    private static void collect(JsonNode node, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                String kind = kind(field.getValue());
                if (kind != null) {
                    leaves.add(new Leaf(object, field.getKey(), -1, kind));
                }
                collect(field.getValue(), leaves);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String kind = kind(array.get(i));
                if (kind != null) {
                    leaves.add(new Leaf(array, null, i, kind));
                }
                collect(array.get(i), leaves);
            }
        }
    }

    private static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "number";
        }
        if (!value.isString()) {
            return null;
        }
        try {
            LocalDate.parse(value.asString());
            return "date";
        } catch (DateTimeParseException notADate) {
            try {
                Duration.parse(value.asString());
                return "duration";
            } catch (DateTimeException notADuration) {
                return null;
            }
        }
    }
}
