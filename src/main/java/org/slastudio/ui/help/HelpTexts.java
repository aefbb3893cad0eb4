package org.slastudio.ui.help;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the help's resources, shipped beside these classes. A missing one is a build error, not a user's. */
final class HelpTexts {
    private HelpTexts() {
    }

    static String text(String resource) {
        try (InputStream in = HelpTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The help resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String resource) {
        return JsonMapper.builder().build().readTree(text(resource));
    }

    /** A field the resource must give, named in the message when it does not. */
    static String required(JsonNode node, String field, String resource) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException(resource + ": an entry has no \"" + field + "\": " + node);
        }
        return value.asString().strip();
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
