package org.slastudio.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slastudio.model.Agreement;

/**
 * Where a term sits in an agreement, by ids rather than list positions, so that it names the same term in two
 * drafts whose lists are ordered differently: {@code services[hosting].levels[business].targetPercent}.
 * The field names are the draft file's (the model's record components). Credit tiers, which have no ids, go by
 * index; levels by window id, priority targets by priority, clauses by section and heading; an entry without an id
 * (or an empty entry) by its place, {@code parties[@2]}.
 */
public record TermKey(List<Step> steps) {

    /** A field, or with a key the element of a list field that has that key. */
    public record Step(String field, String key) {
        @Override
        public String toString() {
            return key == null ? field : field + "[" + key + "]";
        }
    }

    public TermKey {
        steps = List.copyOf(steps);
    }

    public static TermKey of(String field) {
        return new TermKey(List.of(new Step(field, null)));
    }

    public static TermKey element(String listField, String key) {
        return new TermKey(List.of(new Step(listField, key)));
    }

    public TermKey field(String name) {
        return then(new Step(name, null));
    }

    /** The element with {@code key} of the list field {@code listField} under this term. */
    public TermKey in(String listField, String key) {
        return then(new Step(listField, key));
    }

    /**
     * The term's value in {@code agreement}: the element or field this key names, e.g. the old or the new value of a
     * {@link Change}; null where the agreement has none, or where the key names a term read through a rule rather
     * than stored (such as {@code minimumOutageBound}, which a draft may leave to its default).
     */
    public Object valueIn(Agreement agreement) {
        try {
            return Terms.get(agreement, steps);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A term's value as a number, to say which way it moved: money by its amount, durations in minutes. */
    public static java.math.BigDecimal number(Object value) {
        return Terms.number(value);
    }

    /** The key of the first {@code depth} steps: the element or record this term sits in. */
    public TermKey prefix(int depth) {
        return new TermKey(steps.subList(0, Math.min(depth, steps.size())));
    }

    private TermKey then(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new TermKey(longer);
    }

    @Override
    public String toString() {
        return steps.stream().map(Step::toString).collect(Collectors.joining("."));
    }
}
