package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Whatever a file contains, loading it gives a result with messages, never an exception. */
class DraftStoreFuzzProperties {

    private static final String FULL = DraftStore.write(Draft.of(Fixtures.full()));
    private static final String TEMPLATE = template();
    private static final String MARK = "\"@@mutation@@\"";

    /** Values that are wrong for most fields: wrong types, extremes, nesting past the limit. */
    private static final List<String> WRONG_VALUES = List.of("\"two thousand\"", "\"\"", "12", "-1", "0.1", "1e400", "-1e400",
            "1e-400", "99999999999999999999999", "1" + "0".repeat(99), "true", "false", "null", "[]", "{}", "[null]",
            "[\"monday\", 3]", "{\"amount\": {\"amount\": []}}", "\"P1\"", "\"2026-02-30\"", "\"24:00\"", "\"PT-5H\"",
            "\"\\ud800\"", "[".repeat(63) + "]".repeat(63), "[".repeat(65) + "]".repeat(65), "[".repeat(5000) + "]".repeat(5000));

    @Property(tries = 300)
    void anyMutationOfAValidDraftGivesAResultAndNeverAnException(@ForAll("mutatedDrafts") String json) {
        LoadResult result = DraftStore.read(json);
        Statistics.collect(result.readable() ? "readable" : "unreadable", result.problems().isEmpty() ? "clean" : "problems");
        check(result);
    }

    @Property(tries = 100)
    void anyBytesGiveAResultAndNeverAnException(@ForAll("bytes") byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".sla.json");
        try {
            Files.write(file, bytes);
            check(DraftStore.load(file));
        } finally {
            Files.delete(file);
        }
        check(DraftStore.read(new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    /**
     * A result is consistent, says what is wrong in words, and what could be read survives a save: writing it and
     * reading it back gives the same agreement, and writing that again the same text.
     */
    private static void check(LoadResult result) {
        assertThat(result).isNotNull();
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.message()).isNotBlank().doesNotContain("error in SLA Studio itself");
        });
        assertThat(result.readable()).isEqualTo(result.problems().stream().noneMatch(LoadProblem::fatal));
        if (result.readable()) {
            String written = DraftStore.write(result.draft());
            LoadResult again = DraftStore.read(written);
            assertThat(again.readable()).as(written).isTrue();
            assertThat(again.draft().agreement()).isEqualTo(result.draft().agreement());
            assertThat(DraftStore.write(again.draft())).isEqualTo(written);
        }
    }

    @Provide
    Arbitrary<String> mutatedDrafts() {
        Arbitrary<String> base = Arbitraries.of(FULL, TEMPLATE);
        return Arbitraries.oneOf(
                base.flatMap(json -> Arbitraries.integers().between(0, json.length()).map(i -> json.substring(0, i))),
                base.flatMap(json -> Combinators.combine(Arbitraries.of(places(json)), Arbitraries.of(WRONG_VALUES))
                        .as((place, value) -> replace(json, place, value))),
                base.flatMap(json -> Arbitraries.of(places(json)).map(place -> remove(json, place))),
                base.flatMap(json -> Combinators.combine(Arbitraries.of(objects(json)), Arbitraries.of(WRONG_VALUES))
                        .as((place, value) -> addField(json, place, value))),
                base.flatMap(json -> Combinators.combine(Arbitraries.integers().between(0, json.length()),
                                Arbitraries.strings().withChars("{}[]\",:\\-.0123456789eE truefalsn\u00e9\u0000").ofMaxLength(4),
                                Arbitraries.integers().between(0, 4))
                        .as((at, insert, cut) -> json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + cut)))),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.integers().between(0, FULL.length()).map(i -> {
                    byte[] b = FULL.getBytes(StandardCharsets.UTF_8);
                    b[Math.min(i, b.length - 1)] = (byte) 0xC3; // a broken UTF-8 sequence somewhere
                    return b;
                }));
    }

    /** Every value in the tree, as the path of keys and indexes leading to it. */
    private static List<List<Object>> places(String json) {
        List<List<Object>> places = new ArrayList<>();
        collect(parse(json), new ArrayList<>(), places);
        return places;
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> places) {
        if (!at.isEmpty()) {
            places.add(List.copyOf(at));
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                at.add(name);
                collect(node.get(name), at, places);
                at.remove(at.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collect(node.get(i), at, places);
                at.remove(at.size() - 1);
            }
        }
    }

    /** The objects in the tree, the whole draft included, by the path leading to each. */
    private static List<List<Object>> objects(String json) {
        JsonNode root = parse(json);
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        for (List<Object> place : places(json)) {
            JsonNode node = root;
            for (Object step : place) {
                node = step instanceof String name ? node.get(name) : node.get((Integer) step);
            }
            if (node.isObject()) {
                objects.add(place);
            }
        }
        return objects;
    }

    /** A field this version does not know, as a newer version might add it. */
    private static String addField(String json, List<Object> place, String raw) {
        JsonNode root = parse(json);
        JsonNode node = root;
        for (Object step : place) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        ((ObjectNode) node).put("addedLater", "@@mutation@@");
        return Json.WRITER.writeValueAsString(root).replace(MARK, raw);
    }

    private static String replace(String json, List<Object> place, String raw) {
        JsonNode root = parse(json);
        JsonNode parent = parentOf(root, place);
        Object last = place.get(place.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.put((String) last, "@@mutation@@");
        } else {
            ((ArrayNode) parent).set((Integer) last, "@@mutation@@");
        }
        return Json.WRITER.writeValueAsString(root).replace(MARK, raw);
    }

    private static String remove(String json, List<Object> place) {
        JsonNode root = parse(json);
        JsonNode parent = parentOf(root, place);
        Object last = place.get(place.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove((String) last);
        } else {
            ((ArrayNode) parent).remove((Integer) last);
        }
        return Json.WRITER.writeValueAsString(root);
    }

    private static JsonNode parentOf(JsonNode root, List<Object> place) {
        JsonNode node = root;
        for (Object step : place.subList(0, place.size() - 1)) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private static JsonNode parse(String json) {
        return Json.MAPPER.readTree(json);
    }

    private static String template() {
        try (InputStream in = DraftStoreFuzzProperties.class.getResourceAsStream(
                "/org/slastudio/templates/example-cloud-hosting.sla.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
