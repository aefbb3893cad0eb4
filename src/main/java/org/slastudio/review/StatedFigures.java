package org.slastudio.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slastudio.clauses.DraftTerms;
import org.slastudio.clauses.DraftTerms.DraftTerm;
import org.slastudio.clauses.FiguresInText;
import org.slastudio.clauses.FiguresInText.Stated;
import org.slastudio.clauses.Quantities;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;

/**
 * A figure typed into a clause (a percentage, an amount, a length of time, a time of day) is checked against the terms
 * of the draft. One that no term has is a warning: the clause states a number the tables contradict, usually one left
 * behind when a term changed, and the finding names the term it probably meant. One that matches a term today is
 * noted, since it will not follow a change; a placeholder will.
 */
final class StatedFigures implements ReviewRule {
    /** Figures no draft needs a term for: all or nothing, and the year of twelve months that rolling caps look back over. */
    static final List<Quantity> CONSTANTS = List.of(Quantity.of("0", Quantity.Unit.PERCENT),
            Quantity.of("100", Quantity.Unit.PERCENT), Quantity.of("12", Quantity.Unit.MONTHS));

    @Override
    public void check(Agreement a, Findings out) {
        List<DraftTerm> terms = null;
        for (int i = 0; i < a.clauses().size(); i++) {
            Clause c = a.clauses().get(i);
            if (c == null) {
                continue;
            }
            for (String field : List.of("heading", "text")) {
                List<Stated> stated = FiguresInText.in(field.equals("heading") ? c.heading() : c.text());
                if (stated.isEmpty()) {
                    continue;
                }
                terms = terms == null ? DraftTerms.of(a) : terms;
                check(stated, terms, Paths.clause(i) + "." + field, Describe.clause(c, i), out);
            }
        }
    }

    private static void check(List<Stated> stated, List<DraftTerm> terms, String path, String clause, Findings out) {
        List<String> typed = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> warned = new ArrayList<>();
        for (Stated s : stated) {
            if (CONSTANTS.stream().anyMatch(s.quantity()::sameAs)) {
                continue;
            }
            List<DraftTerm> same = terms.stream().filter(t -> t.value().sameAs(s.quantity())).toList();
            if (!same.isEmpty()) {
                String as = "\"" + s.text() + "\" (the same as " + same.get(0).name() + (same.size() == 1 ? ""
                        : same.size() == 2 ? ", or " + same.get(1).name() : ", or " + (same.size() - 1) + " other terms") + ")";
                if (!typed.contains(as)) {
                    typed.add(as);
                }
                if (same.get(0).placeholder() != null && !placeholders.contains(same.get(0).placeholder())) {
                    placeholders.add(same.get(0).placeholder());
                }
                continue;
            }
            if (warned.contains(s.text())) {
                continue;
            }
            warned.add(s.text());
            List<DraftTerm> near = nearest(s.quantity(), terms);
            String meant = near.isEmpty() ? "" : " It probably means " + meant(near) + ".";
            out.warning(path, clause + " states \"" + s.text() + "\", which no term of the draft has: the clause may"
                            + " be out of date." + meant,
                    near.stream().filter(t -> t.placeholder() != null).findFirst().map(t -> "Write " + t.placeholder()
                                    + " instead, so the clause follows the draft; or, if it is a term of its own, add it as a"
                                    + " figure and write {{figure.<id>}}.")
                            .orElse("If it is a term of its own, add it as a figure (Clauses, Figures) and write"
                                    + " {{figure.<id>}} in its place."));
        }
        if (!typed.isEmpty()) {
            out.info(path, clause + " types in " + String.join(", ", typed) + ": a typed figure does not follow a change"
                            + " of the term it states, and cannot be told apart from another term of the same value.",
                    placeholders.isEmpty() ? "Write the figures as placeholders." : "Write the placeholder of the term each"
                            + " means, e.g. " + String.join(", ", placeholders) + ".");
        }
    }

    /** "the claim deadline, which is 30 days"; terms equally near from above and below are named with their values. */
    private static String meant(List<DraftTerm> near) {
        boolean oneValue = near.stream().allMatch(t -> t.value().sameAs(near.get(0).value()));
        List<String> named = new ArrayList<>();
        for (DraftTerm t : near.subList(0, Math.min(2, near.size()))) {
            named.add(t.name() + (oneValue ? "" : " (" + Quantities.format(t.value()) + ")"));
        }
        return String.join(" or ", named) + (near.size() > 2 ? " (or " + (near.size() - 2) + " more)" : "")
                + (oneValue ? ", which " + (near.size() > 1 ? "are " : "is ") + Quantities.format(near.get(0).value()) : "");
    }

    /**
     * The terms of the same kind whose value is closest, e.g. 99.95% for a stale 99.9%; none where even the closest is
     * more than half as large again, since "2 months" does not mean a 12-month renewal term.
     */
    private static List<DraftTerm> nearest(Quantity stated, List<DraftTerm> terms) {
        BigDecimal value = stated.normalised();
        List<DraftTerm> kin = terms.stream()
                .filter(t -> t.value().scale() == stated.scale() && Objects.equals(t.value().currency(), stated.currency())).toList();
        Optional<BigDecimal> closest = kin.stream().map(t -> t.value().normalised().subtract(value).abs()).min(BigDecimal::compareTo)
                .filter(d -> d.multiply(BigDecimal.valueOf(2)).compareTo(value.abs().max(value.add(d).abs())) <= 0);
        return closest.map(d -> kin.stream().filter(t -> t.value().normalised().subtract(value).abs().compareTo(d) == 0)
                .filter(distinctNames()).toList()).orElse(List.of());
    }

    /** A term listed twice (a start and an end time of one window) is named once. */
    private static java.util.function.Predicate<DraftTerm> distinctNames() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return t -> seen.add(t.name());
    }
}
