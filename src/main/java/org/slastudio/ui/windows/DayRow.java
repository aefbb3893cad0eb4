package org.slastudio.ui.windows;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.fields.Parsers.TimeRange;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One day of the weekly schedule: whether the window is open, and its hours; blank hours are the whole day. */
final class DayRow {
    final DayOfWeek day;
    final BooleanProperty open = new SimpleBooleanProperty();
    final Input<List<TimeRange>> hours;
    private final List<TimeRange> loaded = new ArrayList<>();

    DayRow(DayOfWeek day) {
        this.day = day;
        hours = new Input<>(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " hours", Parsers::timeRanges,
                Parsers::formatTimeRanges);
    }

    void show(List<TimeRange> ranges) {
        loaded.clear();
        loaded.addAll(ranges);
        open.set(!ranges.isEmpty());
        boolean wholeDay = ranges.size() == 1 && ranges.get(0).from().equals(ranges.get(0).until())
                && ranges.get(0).from().equals(LocalTime.MIDNIGHT);
        hours.show(wholeDay ? List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)) : ranges);
    }

    /** The ranges on screen; text that cannot be read keeps what was loaded. */
    List<TimeRange> ranges() {
        if (!open.get()) {
            return List.of();
        }
        List<TimeRange> ranges = hours.valueOr(List.copyOf(loaded));
        return ranges == null || ranges.isEmpty()
                ? List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)) : ranges;
    }
}
