package org.slastudio.ui.services;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.math.BigDecimal;

/** The service's availability target in one window; a level exists only where a target is filled in. */
final class LevelRow {
    final String windowId;
    final String windowName;
    final Input<BigDecimal> target;
    final BooleanProperty creditBearing = new SimpleBooleanProperty();

    LevelRow(String windowId, String windowName) {
        this.windowId = windowId;
        this.windowName = windowName;
        this.target = new Input<>("Target in " + windowName, Parsers::percent, BigDecimal::toPlainString);
    }

    boolean filledIn() {
        return target.text().get() != null && !target.text().get().isBlank();
    }
}
