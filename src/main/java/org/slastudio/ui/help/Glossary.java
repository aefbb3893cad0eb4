package org.slastudio.ui.help;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The terms the wizard uses, each with what it means in the contract, from {@code glossary.json}. */
public final class Glossary {
    private static final String RESOURCE = "glossary.json";
    private static Glossary standard;

    /** A term, what it means in the agreement, and where in the app a user meets it. */
    public record Term(String name, String meaning, String where) {
        boolean mentions(String needle) {
            return name.toLowerCase(Locale.ROOT).contains(needle) || meaning.toLowerCase(Locale.ROOT).contains(needle)
                    || where.toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    private final List<Term> terms;

    Glossary(List<Term> terms) {
        this.terms = terms.stream().sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT))).toList();
    }

    public static synchronized Glossary standard() {
        if (standard == null) {
            List<Term> terms = new ArrayList<>();
            for (JsonNode t : HelpTexts.json(RESOURCE).get("terms")) {
                terms.add(new Term(HelpTexts.required(t, "term", RESOURCE), HelpTexts.required(t, "meaning", RESOURCE),
                        HelpTexts.required(t, "where", RESOURCE)));
            }
            standard = new Glossary(terms);
        }
        return standard;
    }

    /** Alphabetical. */
    public List<Term> terms() {
        return terms;
    }

    public Optional<Term> term(String name) {
        return terms.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The terms that mention every word of the query in their name, meaning or place; those whose name matches come
     * first. A blank query gives every term.
     */
    public List<Term> matching(String query) {
        List<String> words = query == null ? List.of()
                : List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return terms;
        }
        String whole = String.join(" ", words);
        return terms.stream().filter(t -> words.stream().allMatch(t::mentions))
                .sorted(Comparator.comparing((Term t) -> !t.name().toLowerCase(Locale.ROOT).contains(whole)))
                .toList();
    }
}
