package org.slastudio.ui.windows;

import org.slastudio.model.MaintenanceWindow;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A recurring maintenance window being edited. */
final class MaintenanceRow {
    final Input<String> name = Input.text("Maintenance name");
    final Input<Set<DayOfWeek>> days = new Input<>("Maintenance days", Parsers::days, Parsers::formatDays);
    final Input<LocalTime> from = new Input<>("Maintenance from", Parsers::time, Parsers::formatTime);
    final Input<LocalTime> until = new Input<>("Maintenance until", Parsers::time, Parsers::formatTime);
    final Input<Integer> noticeHours = new Input<>("Notice (hours)", Parsers::wholeNumber, String::valueOf);
    private final MaintenanceWindow loaded;

    MaintenanceRow(MaintenanceWindow window) {
        loaded = window;
        name.show(window.name());
        days.show(window.days());
        from.show(window.from());
        until.show(window.until());
        noticeHours.show(window.noticeHours());
    }

    MaintenanceWindow build() {
        String text = name.valueOr(null);
        return new MaintenanceWindow(text == null ? "" : text, days.valueOr(loaded.days()), from.valueOr(loaded.from()),
                until.valueOr(loaded.until()), noticeHours.valueOr(loaded.noticeHours()));
    }
}
