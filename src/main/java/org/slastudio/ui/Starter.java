package org.slastudio.ui;

import org.slastudio.model.Agreement;

import java.util.List;
import java.util.function.Supplier;

/** A way to begin a new draft, as offered on the start screen: blank, or from a template. */
public record Starter(String name, String title, String description, Supplier<DraftFiles.Opened> draft) {

    /** A starter whose agreement is made in code and cannot fail to load. */
    public static Starter of(String name, String title, String description, Supplier<Agreement> agreement) {
        return new Starter(name, title, description, () -> new DraftFiles.Opened(agreement.get(), List.of(), null));
    }
}
