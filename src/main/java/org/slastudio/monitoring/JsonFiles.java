package org.slastudio.monitoring;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/** Jackson set up for monitoring exports, and the wording of what is wrong in one, by JSON path. */
final class JsonFiles {

    /** Exports run to hundreds of megabytes; only nesting and single values are held to limits. */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(10_000_000)
                            .maxNumberLength(1000)
                            .build())
                    // Two values for one field: which one the export meant is a guess we should not make.
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private JsonFiles() {
    }

    static JsonParser open(Path file) {
        return MAPPER.createParser(file.toFile());
    }

    /** A value that is wrong where it is: {@code $.incidents[3].resolved_at} and what is wrong with it. */
    static final class Wrong extends RuntimeException {
        final String path;

        Wrong(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    /** "$.incidents[3]" and "name" make "$.incidents[3].name"; a name that is not a plain word is quoted. */
    static String field(String path, String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name
                : path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * The instant a JSON text holds, ISO-8601 (local times read in {@code zone}, with a warning where the clocks
     * skipped or repeated them).
     *
     * @throws Wrong naming the path, with an example of what is expected
     */
    static Instant time(JsonNode node, String path, ZoneId zone, Consumer<String> warn) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new Wrong(path, "is missing; expected a time such as \"2026-02-03T09:00:00Z\"");
        }
        if (!node.isString()) {
            throw new Wrong(path, "expected a time such as \"2026-02-03T09:00:00Z\", found " + describe(node));
        }
        try {
            return Times.instant(node.asString(), null, zone, warning -> warn.accept(path + ": " + warning));
        } catch (IllegalArgumentException e) {
            throw new Wrong(path, e.getMessage());
        }
    }

    /** The text at a path, or null where the field is absent or null; anything else is wrong. */
    static String text(JsonNode node, String path, String example) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isString()) {
            throw new Wrong(path, "expected a text such as " + example + ", found " + describe(node));
        }
        return node.asString();
    }

    /** A short description of a value for messages: {@code the text "two thousand"}, {@code a list}, ... */
    static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case STRING -> "the text \"" + shorten(node.asString()) + "\"";
            case NUMBER -> "the number " + shorten(node.asString());
            case BOOLEAN -> String.valueOf(node.booleanValue());
            case NULL -> "null";
            case ARRAY -> "a list [ ... ]";
            case OBJECT -> "an object { ... }";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** What is wrong with a file that is not JSON at all, where. */
    static String broken(Path file, JacksonException e, JsonParser parser) {
        TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String at = where == null || where.getLineNr() < 1 ? "" : " line " + where.getLineNr() + ", column " + where.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnexpectedEndOfInputException) {
            return file + at + ": the file ends too early, so it may have been cut off; export it again";
        }
        if (original.startsWith("Duplicate Object property")) {
            return file + at + ": a field appears twice in the same object ("
                    + original.substring("Duplicate Object property".length()).trim() + "); keep only the one meant";
        }
        String plain = original.replaceAll("\\s*\\(start marker at .*", "").replaceAll(":? ?enable `[^`]*` to allow", "");
        return file + at + ": the file is not valid JSON here (" + plain.strip() + "); look for a missing comma, quote or"
                + " bracket just before this point";
    }
}
