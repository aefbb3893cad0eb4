package org.slastudio.store;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.model.Decimals;
import org.slastudio.model.Money;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one object in the file, read one by one into values; remembers which were asked for, so the rest
 * are the unknown ones.
 */
final class Fields {
    static final String LEFT_OUT = "; it was left out.";
    static final String KEPT = "; it was left out, and stays in the file as written until you enter a new value.";

    private final DraftReader reader;
    final JsonNode node;
    final String path;
    final String slot;
    final Set<String> known = new HashSet<>();
    /** Fields whose value could not be used; kept as they are, in case the file is newer or the user fixes it. */
    final Set<String> rejected = new HashSet<>();

    Fields(DraftReader reader, JsonNode node, String path, String slot) {
        this.reader = reader;
        this.node = node;
        this.path = path;
        this.slot = slot;
    }

    /** The value, or null when absent or JSON null (a missing value and null mean the same). */
    JsonNode get(String name) {
        known.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String at(String name) {
        return DraftReader.child(path, name);
    }

    <T> T object(String name, Function<Fields, T> read) {
        JsonNode value = get(name);
        if (value != null && !value.isObject()) {
            return expected(name, "an object { ... }", value);
        }
        return value == null ? null : reader.object(value, at(name), slot + "." + name, read);
    }

    /** @param byId elements carry an id, and their unknown fields follow the id rather than the position */
    <T> List<T> list(String name, boolean byId, Function<Fields, T> read) {
        return reader.list(get(name), at(name), slot + "." + name, byId,
                (element, at, elementSlot) -> reader.object(element, at, elementSlot, read));
    }

    List<BigDecimal> decimals(String name) {
        return reader.list(get(name), at(name), slot + "." + name, false, reader::decimal);
    }

    List<LocalDate> dates(String name) {
        return reader.list(get(name), at(name), slot + "." + name, false,
                (element, at, elementSlot) -> reader.date(element, at, LEFT_OUT));
    }

    Money money(String name) {
        return object(name, m -> new Money(m.decimal("amount", "2000.00"), m.currency("currency")));
    }

    String text(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            return expected(name, "text in double quotes", value);
        }
        return value.asString();
    }

    Integer whole(String name, String example) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isIntegralNumber()) {
            return reject(name, "the number " + value.decimalValue() + " is too large; use a whole number such as " + example
                    + KEPT);
        }
        return expected(name, "a whole number such as " + example, value);
    }

    Long wholeLong(String name, String example) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isIntegralNumber()) {
            return reject(name, "the number " + value.decimalValue() + " is too large; use a whole number such as " + example
                    + KEPT);
        }
        return expected(name, "a whole number such as " + example, value);
    }

    BigDecimal decimal(String name, String example) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() && !Json.isBeyondAnyDecimal(value)) {
            String hint = value.isString() && looksLikeNumber(value.asString()) ? " (remove the quotes)" : "";
            return expected(name, "a number such as " + example + hint, value);
        }
        if (!inRange(value)) {
            return reject(name, outOfRange(value, example) + KEPT);
        }
        return plain(value.decimalValue());
    }

    /** Also keeps 1e400 from becoming a 400-digit number on the next save. */
    static boolean inRange(JsonNode number) {
        return !Json.isBeyondAnyDecimal(number) && Decimals.fits(number.decimalValue());
    }

    static String outOfRange(JsonNode number, String example) {
        return Json.describe(number) + " is out of range; " + Decimals.limit(example);
    }

    /** 1e2 means 100: keep the plain form, which is how it will be written. */
    static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static boolean looksLikeNumber(String text) {
        if (text.length() > Json.MAX_NUMBER_LENGTH) {
            return false; // and parsing a million digits would take a while
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    boolean flag(String name) {
        JsonNode value = get(name);
        if (value == null) {
            reader.notice(at(name), "missing; taken as false. Write true or false.");
            return false;
        }
        if (!value.isBoolean()) {
            reader.problem(at(name), "expected true or false (without quotes), found " + Json.describe(value)
                    + "; taken as false.");
            return false;
        }
        return value.booleanValue();
    }

    /** A flag that is false unless the file says otherwise, so most files leave it out. */
    boolean optionalFlag(String name) {
        return get(name) != null && flag(name);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        JsonNode value = get(name);
        E choice = value == null ? null : reader.choice(value, at(name), type, KEPT);
        if (value != null && choice == null) {
            rejected.add(name);
        }
        return choice;
    }

    /** A value that is not a field of its own, such as a day in a list of days, reported at its own path. */
    <E extends Enum<E>> E choice(JsonNode value, String path, Class<E> type) {
        return reader.choice(value, path, type, LEFT_OUT);
    }

    LocalDate date(String name) {
        JsonNode value = get(name);
        LocalDate date = value == null ? null : reader.date(value, at(name), KEPT);
        if (value != null && date == null) {
            rejected.add(name);
        }
        return date;
    }

    /** One of the locales an agreement can be written in, by its language tag: "en-GB", "en-US". */
    java.util.Locale locale(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        String example = "one of " + org.slastudio.model.Overview.LOCALES.stream().map(l -> "\"" + l.toLanguageTag() + "\"")
                .collect(java.util.stream.Collectors.joining(", ")) + " (UK or US English)";
        if (!value.isString()) {
            return expected(name, example, value);
        }
        return org.slastudio.model.Overview.LOCALES.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(value.asString()))
                .findFirst().orElseGet(() -> notValid(name, value, example));
    }

    ZoneId zone(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        String example = "a time zone name such as \"Europe/London\", \"America/New_York\" or \"UTC\"";
        if (!value.isString()) {
            return expected(name, example, value);
        }
        try {
            return ZoneId.of(value.asString());
        } catch (DateTimeException e) {
            return notValid(name, value, example);
        }
    }

    Currency currency(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        String example = "a three-letter ISO 4217 currency code such as \"EUR\", \"GBP\" or \"USD\"";
        if (!value.isString()) {
            return expected(name, example, value);
        }
        try {
            return Currency.getInstance(value.asString());
        } catch (IllegalArgumentException e) {
            return notValid(name, value, example);
        }
    }

    void problem(String path, String message) {
        reader.problem(path, message);
    }

    <T> T expected(String name, String what, JsonNode found) {
        return reject(name, "expected " + what + ", found " + Json.describe(found) + KEPT);
    }

    <T> T notValid(String name, JsonNode found, String what) {
        return reject(name, Json.describe(found) + " is not valid here; expected " + what + KEPT);
    }

    /** Leaves the value out of the agreement but keeps it for the file, so saving does not lose what was there. */
    <T> T reject(String name, String message) {
        rejected.add(name);
        reader.problem(at(name), message);
        return null;
    }
}
