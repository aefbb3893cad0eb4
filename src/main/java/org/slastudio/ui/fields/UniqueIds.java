package org.slastudio.ui.fields;

import java.util.Collection;

/** Short keys for new rows ("service-2"), since the rest of the draft refers to rows by id. */
public final class UniqueIds {
    private UniqueIds() {
    }

    public static String next(String prefix, Collection<String> taken) {
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
