package org.slastudio.ui;

import org.slastudio.model.Agreement;

import java.util.function.Supplier;

/** A way to begin a new draft, as offered on the start screen. */
public record Starter(String name, String title, String description, Supplier<Agreement> draft) {
}
