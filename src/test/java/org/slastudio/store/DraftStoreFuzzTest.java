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
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever a file contains, loading it gives a result with messages, never an exception. Cases come from a seeded
 * random generator (docs/adr/0001-no-jqwik.md); the seed in a case's name reproduces it.
 */
class DraftStoreFuzzTest {

    private static final String FULL = Fixtures.fullJson();
    private static final String TEMPLATE = template();
    private static final String MARK = "\"@@mutation@@\"";

    /** Values that are wrong for most fields: wrong types, extremes, nesting past the limit. */
    private static final List<String> WRONG_VALUES = List.of("\"two thousand\"", "\"\"", "12", "-1", "0.1", "1e400", "-1e400",
            "1e-400", "99999999999999999999999", "1" + "0".repeat(99), "true", "false", "null", "[]", "{}", "[null]",
            "[\"monday\", 3]", "{\"amount\": {\"amount\": []}}", "\"P1\"", "\"2026-02-30\"", "\"24:00\"", "\"PT-5H\"",
            "\"\\ud800\"", "[".repeat(63) + "]".repeat(63), "[".repeat(65) + "]".repeat(65), "[".repeat(5000) + "]".repeat(5000));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void anyMutationOfAValidDraftGivesAResultAndNeverAnException(long seed) {
        check(DraftStore.read(mutatedDraft(new Random(seed))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds100")
    void anyBytesGiveAResultAndNeverAnException(long seed) throws IOException {
        byte[] bytes = bytes(new Random(seed));
        Path file = Files.createTempFile("fuzz", ".sla.json");
        try {
            Files.write(file, bytes);
            check(DraftStore.load(file));
        } finally {
            Files.delete(file);
        }
        check(DraftStore.read(new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    static Stream<Long> seeds300() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
    }

    /**
     * A few thousand mutations of a full draft and a template, each loaded, reviewed, its clauses filled and every
     * hundredth exported: no exception escapes, and every problem and finding names the path of what it is about.
     */
    @org.junit.jupiter.api.Test
    void thousandsOfMutatedDraftsAreReviewedAndExportedWithoutAnExceptionAndEveryFindingHasAPath() throws IOException {
        for (long seed = 20_000; seed < 23_000; seed++) {
            LoadResult result = DraftStore.read(mutatedDraft(new Random(seed)));
            assertThat(result.problems()).as("seed " + seed).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
            if (!result.readable()) {
                continue;
            }
            org.slastudio.model.Agreement a = result.draft().agreement();
            assertThat(org.slastudio.review.Review.of(a)).as("seed " + seed).allSatisfy(f -> {
                assertThat(f.path()).startsWith("$");
                assertThat(f.message()).isNotBlank().doesNotContain("could not finish one of its checks");
            });
            for (org.slastudio.model.Clause c : a.clauses()) {
                if (c != null) {
                    org.slastudio.clauses.Placeholders.fill(c.text(), a);
                }
            }
            if (seed % 100 == 0) {
                org.slastudio.export.AgreementPdf.write(result.draft(), org.slastudio.export.ExportOptions.draft(),
                        java.io.OutputStream.nullOutputStream());
            }
        }
    }

    static Stream<Long> seeds100() {
        return IntStream.range(0, 100).mapToObj(i -> 5000L + i);
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

    private static final String NASTY_CHARS = "{}[]\",:\\-.0123456789eE truefalsn\u00e9\u0000";

    /** One of: a truncation, a wrong value, a deleted field, an unknown field, a few stray characters, or noise. */
    static String mutatedDraft(Random random) {
        String json = random.nextBoolean() ? FULL : TEMPLATE;
        switch (random.nextInt(6)) {
            case 0:
                return json.substring(0, random.nextInt(json.length() + 1));
            case 1:
                return replace(json, pick(random, places(json)), pick(random, WRONG_VALUES));
            case 2:
                return remove(json, pick(random, places(json)));
            case 3:
                return addField(json, pick(random, objects(json)), pick(random, WRONG_VALUES));
            case 4: {
                int at = random.nextInt(json.length() + 1);
                int cut = random.nextInt(5);
                return json.substring(0, at) + randomText(random, NASTY_CHARS, random.nextInt(5))
                        + json.substring(Math.min(json.length(), at + cut));
            }
            default:
                StringBuilder noise = new StringBuilder();
                int length = random.nextInt(201);
                for (int i = 0; i < length; i++) {
                    noise.append((char) random.nextInt(0x3000));
                }
                return noise.toString();
        }
    }

    static byte[] bytes(Random random) {
        if (random.nextBoolean()) {
            byte[] b = new byte[random.nextInt(301)];
            random.nextBytes(b);
            return b;
        }
        byte[] b = FULL.getBytes(StandardCharsets.UTF_8);
        b[random.nextInt(b.length)] = (byte) 0xC3; // a broken UTF-8 sequence somewhere
        return b;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String randomText(Random random, String chars, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
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
        try (InputStream in = DraftStoreFuzzTest.class.getResourceAsStream(
                "/org/slastudio/templates/example-cloud-hosting.sla.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
