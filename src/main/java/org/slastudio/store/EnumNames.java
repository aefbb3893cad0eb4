package org.slastudio.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slastudio.model.Priority;

/** How enum values are spelled in draft files: lower-case kebab ({@code service-based}), priorities as P1..P4. */
final class EnumNames {
    private EnumNames() {
    }

    static String of(Enum<?> value) {
        return value instanceof Priority ? value.name() : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value spelled exactly so, or null. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(text)) {
                return value;
            }
        }
        return null;
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(of(value));
        }
        return names;
    }
}
