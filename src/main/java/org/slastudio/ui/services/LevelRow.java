package org.slastudio.ui.services;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.math.BigDecimal;
import java.util.function.Function;

/** The service's availability target in one window; a level exists only where a target is filled in. */
final class LevelRow {
    final String windowId;
    final String windowName;
    final Input<BigDecimal> target;
    final BooleanProperty creditBearing = new SimpleBooleanProperty();

    /** What the target typed so far allows, from the engine; empty while it is not a percentage. */
    final StringProperty allowance = new SimpleStringProperty("");

    private final Function<BigDecimal, String> allowanceOf;

    LevelRow(String windowId, String windowName, Function<BigDecimal, String> allowanceOf) {
        this.windowId = windowId;
        this.windowName = windowName;
        this.allowanceOf = allowanceOf;
        this.target = new Input<>("Target in " + windowName, Parsers::percent, BigDecimal::toPlainString);
        target.text().addListener((o, was, typed) -> refresh());
    }

    /** Works the allowance out again, e.g. when the measurement method changes what a target allows. */
    void refresh() {
        String typed = target.text().get();
        String text = "";
        try {
            text = typed == null || typed.isBlank() ? "" : allowanceOf.apply(Parsers.percent(typed));
        } catch (IllegalArgumentException e) {
            // The field's own message says what is wrong once the edit is committed.
        }
        allowance.set(text);
    }

    boolean filledIn() {
        return target.text().get() != null && !target.text().get().isBlank();
    }
}
