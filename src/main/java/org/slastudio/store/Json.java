package org.slastudio.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.util.RawValue;

/** Jackson set up for draft files: a tree only (no data binding), exact decimals, safety limits, stable layout. */
final class Json {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 1000;
    /** Longer than any real amount or percentage; beyond it a number is written in scientific notation. */
    private static final int MAX_PLAIN_DIGITS = 40;
    static final int MAX_TEXT_LENGTH = 1_000_000;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_TEXT_LENGTH)
                            .maxNameLength(1000)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    // Two values for one field: which one the author meant is a guess we should not make.
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // checked by hand, for a clearer message
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    /** Two-space indents, "name": value, one element per line and "\n" on every platform, so files diff cleanly. */
    static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /**
     * A number that writes back as it reads: in plain digits (2000.00, never 2.00E+3), except that a number such as
     * 1e400 keeps its scientific form rather than becoming 401 digits that no reader would accept.
     */
    static JsonNode number(BigDecimal value) {
        boolean plainIsSane = value.scale() <= MAX_PLAIN_DIGITS && value.precision() - value.scale() <= MAX_PLAIN_DIGITS;
        return plainIsSane ? NODES.numberNode(value) : NODES.rawValueNode(new RawValue(value.toString()));
    }

    /** A copy of a tree that can be written back safely (see {@link #number}). */
    static JsonNode writable(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), writable(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(writable(element)));
            return copy;
        }
        return node.isBigDecimal() ? number(node.decimalValue()) : node.deepCopy();
    }

    /**
     * The tree of a whole file, or null after adding a fatal problem saying why it cannot be read.
     *
     * @param backup the name of the file's backup, to point to when the file is damaged; null if there is none
     */
    static JsonNode parse(byte[] bytes, String backup, List<LoadProblem> problems) {
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            return parse(parser, backup, problems);
        }
    }

    static JsonNode parse(String text, List<LoadProblem> problems) {
        String withoutByteOrderMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = MAPPER.createParser(withoutByteOrderMark)) {
            return parse(parser, null, problems);
        }
    }

    private static JsonNode parse(JsonParser parser, String backup, List<LoadProblem> problems) {
        try {
            if (parser.nextToken() == null) {
                problems.add(LoadProblem.fatal("$", "the file is empty. A draft is a JSON object starting with"
                        + " { \"schemaVersion\": 1, ... }; start from a template instead."));
                return null;
            }
            JsonNode tree = tree(parser);
            if (parser.nextToken() != null) {
                problems.add(LoadProblem.fatal("$", "there is more after the end of the draft, " + at(parser.currentLocation())
                        + ". Delete everything after the final closing brace }."));
                return null;
            }
            if (!tree.isObject()) {
                problems.add(LoadProblem.fatal("$", "expected the whole file to be one JSON object { ... } holding an"
                        + " agreement, found " + describe(tree) + ". This is not an SLA Studio draft."));
                return null;
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.add(LoadProblem.fatal("$", explain(e, at(where), backup)));
            return null;
        } catch (RuntimeException e) {
            // As in DraftStore: a fault of ours must not stop a run over many files, nor cost the user their window.
            problems.add(LoadProblem.fatal("$", "SLA Studio could not read this file because of an error in SLA Studio"
                    + " itself (" + e + "), " + at(parser.currentLocation()) + "; please report it with the file if you can"
                    + " share it."));
            return null;
        }
    }

    /**
     * The value at the parser's current token, as a tree. Unlike Jackson's own tree reader, it keeps a number whose
     * exponent no BigDecimal can hold (1E+2147483648) as written instead of failing on the whole file, so the draft
     * reader can report it at its path like any other bad value, and saving writes it back unchanged.
     */
    private static JsonNode tree(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, tree(parser)); // as deep as MAX_DEPTH at most: the parser refuses deeper
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                try {
                    return NODES.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException e) {
                    return NODES.rawValueNode(new RawValue(parser.getString()));
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected " + token + " in a JSON text");
        }
    }

    /** A number in the file too far out of range for any BigDecimal, such as 1E+2147483648; kept as written. */
    static boolean isBeyondAnyDecimal(JsonNode node) {
        return node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue;
    }

    private static String explain(JacksonException e, String at, String backup) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnexpectedEndOfInputException) {
            return "the file ends too early (" + at + "), so it may have been cut off; "
                    + (backup == null ? "restore it from a backup" : "open its backup " + backup + " instead")
                    + " or close the open brackets.";
        }
        if (e instanceof StreamConstraintsException) {
            String limit = original.contains("nesting depth") ? "values nested more than " + MAX_DEPTH + " levels deep"
                    : original.contains("Number value length") ? "a number longer than " + MAX_NUMBER_LENGTH + " digits"
                    : original.contains("String value length") ? "a text longer than " + MAX_TEXT_LENGTH + " characters"
                    : original.contains("Document length") ? "more than " + MAX_BYTES / (1024 * 1024) + " MB"
                    : "a value too large to read safely";
            return "the file is not a draft SLA Studio can read safely: it has " + limit + " (" + at + ").";
        }
        if (original.startsWith("Duplicate Object property")) {
            return "a field appears twice in the same object (" + original.substring("Duplicate Object property".length()).trim()
                    + ", " + at + "); keep only the one you mean.";
        }
        // Jackson's own wording, without the parts that name its internals.
        String plain = original.replaceAll("\\s*\\(start marker at .*", "").replaceAll(":? ?enable `[^`]*` to allow", "");
        return "the file is not valid JSON " + at + " (" + plain.strip() + "); look for a missing comma, quote or bracket"
                + " just before this point.";
    }

    private static String at(TokenStreamLocation where) {
        if (where == null || where.getLineNr() < 1) {
            return "near the start of the file";
        }
        return "at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** A short description of a value for messages: {@code the text "two thousand"}, {@code a list}, ... */
    static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case STRING -> "the text \"" + shorten(node.asString()) + "\"";
            case NUMBER -> "the number " + shorten(node.isBigDecimal() || node.isBigInteger()
                    ? node.decimalValue().toString() : node.asString());
            case BOOLEAN -> String.valueOf(node.booleanValue());
            case NULL -> "null";
            case POJO -> isBeyondAnyDecimal(node)
                    ? "the number " + shorten(String.valueOf(((RawValue) ((POJONode) node).getPojo()).rawValue())) : "a value";
            case ARRAY -> "a list [ ... ]";
            case OBJECT -> "an object { ... }";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
