package org.slastudio.clauses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reusable clause texts by section, shipped in the jar as {@code templates/clauses/library.json} (see
 * docs/adr/0004-clause-library.md), in the order the file lists them.
 */
public final class ClauseLibrary {
    private static final String RESOURCE = "/org/slastudio/templates/clauses/library.json";

    private final List<LibraryClause> clauses;

    private ClauseLibrary(List<LibraryClause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /** The library shipped with SLA Studio; it is checked by the tests, so a broken one is a bug, not a user error. */
    public static ClauseLibrary builtIn() {
        try (InputStream in = ClauseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the clause library is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A library from its JSON text: {@code {"clauses": [{"id", "section", "heading", "favours", "note", "text", "figures"}]}},
     * figures optional.
     */
    static ClauseLibrary parse(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<LibraryClause> clauses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode c : root.path("clauses")) {
            String id = required(c, "id", "?");
            if (!ids.add(id)) {
                throw new IllegalStateException("clause library: the id " + id + " is used twice");
            }
            clauses.add(new LibraryClause(id, section(required(c, "section", id)), required(c, "heading", id), required(c, "text", id),
                    required(c, "note", id), favours(required(c, "favours", id), id), figures(c, id)));
        }
        return new ClauseLibrary(clauses);
    }

    public List<LibraryClause> clauses() {
        return clauses;
    }

    public List<LibraryClause> clauses(Section section) {
        return clauses.stream().filter(c -> c.section() == section).toList();
    }

    public Optional<LibraryClause> find(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static String required(JsonNode clause, String field, String id) {
        JsonNode value = clause.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException("clause library: clause " + id + " has no " + field);
        }
        return value.asString();
    }

    /** {@code "figures": [{"id", "name", "value": "20 business days"}]}, the value as a drafter writes it. */
    private static List<AgreedFigure> figures(JsonNode clause, String id) {
        List<AgreedFigure> figures = new ArrayList<>();
        for (JsonNode f : clause.path("figures")) {
            String figure = required(f, "id", id + " figure");
            try {
                figures.add(new AgreedFigure(figure, required(f, "name", id + " figure " + figure),
                        Quantities.parse(required(f, "value", id + " figure " + figure))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("clause library: clause " + id + ", figure " + figure + ": " + e.getMessage(), e);
            }
        }
        return figures;
    }

    private static Section section(String kebab) {
        return Section.valueOf(kebab.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Favours favours(String label, String id) {
        for (Favours f : Favours.values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalStateException("clause library: clause " + id + " favours '" + label + "'; use provider-friendly, balanced or customer-friendly");
    }
}
