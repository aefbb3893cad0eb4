package org.slastudio.clauses;

import java.util.function.Function;

/** Either the text a placeholder stands for in a draft, or why the draft has none. */
record FilledValue(String text, String reason) {
    static FilledValue of(String text) {
        return new FilledValue(text, null);
    }

    static FilledValue missing(String reason) {
        return new FilledValue(null, reason);
    }

    static <T> FilledValue of(T value, String reasonIfNull, Function<T, String> show) {
        return value == null || (value instanceof String s && s.isBlank()) ? missing(reasonIfNull) : of(show.apply(value));
    }
}
