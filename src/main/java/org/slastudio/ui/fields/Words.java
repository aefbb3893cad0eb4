package org.slastudio.ui.fields;

import java.util.Locale;

/** Enum constants as people write them: SERVICE_BASED is "Service based", P1 stays "P1". */
public final class Words {
    private Words() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String name = value.name();
        if (name.length() <= 2) {
            return name;
        }
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
