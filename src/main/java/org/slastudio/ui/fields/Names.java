package org.slastudio.ui.fields;

import java.util.Optional;

/**
 * How a party, service or window that another step refers to by id reads on screen: by its name, the id being the
 * draft's bookkeeping; by the id only where it has no name.
 */
public final class Names {
    private Names() {
    }

    public static String of(String id, Optional<String> name) {
        return name.filter(n -> !n.isBlank()).map(String::strip).orElse(id == null ? "" : id);
    }
}
