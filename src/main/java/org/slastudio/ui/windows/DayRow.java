package org.slastudio.ui.windows;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** One day of the weekly schedule: whether the window is open, and from when until when. */
final class DayRow {
    final DayOfWeek day;
    final BooleanProperty open = new SimpleBooleanProperty();
    final Input<LocalTime> from;
    final Input<LocalTime> until;
    LocalTime loadedFrom;
    LocalTime loadedUntil;

    DayRow(DayOfWeek day) {
        this.day = day;
        String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        from = new Input<>(name + " from", Parsers::time, Parsers::formatTime);
        // Midnight at the end of the day reads better as 24:00.
        until = new Input<>(name + " until", Parsers::time, t -> t.equals(LocalTime.MIDNIGHT) ? "24:00" : Parsers.formatTime(t));
    }

    void show(boolean isOpen, LocalTime start, LocalTime end) {
        open.set(isOpen);
        loadedFrom = start;
        loadedUntil = end;
        from.show(start);
        until.show(end);
    }
}
