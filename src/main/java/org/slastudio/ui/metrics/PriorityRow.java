package org.slastudio.ui.metrics;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/** A time target for one priority, e.g. P1 within 15m in 95% of cases. */
final class PriorityRow {
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    final Input<Duration> within;
    final Input<BigDecimal> compliance = new Input<>("Compliance", Parsers::percent, BigDecimal::toPlainString);
    /** When a ticket raised on a Friday afternoon would be due, from the engine; empty while unknown. */
    final StringProperty due = new SimpleStringProperty("");
    private final PriorityTarget loaded;
    private final BiFunction<Priority, Duration, String> dueOf;

    /** @param businessClock whether the metric's clock runs in business hours, where a day is not 24 hours */
    PriorityRow(PriorityTarget target, BiFunction<Priority, Duration, String> dueOf, BooleanSupplier businessClock) {
        within = new Input<>("Within", typed -> Parsers.clockDuration(typed, businessClock.getAsBoolean()), Parsers::formatDuration);
        loaded = target;
        this.dueOf = dueOf;
        priority.set(target.priority());
        within.show(target.within());
        compliance.show(target.compliancePercent());
        within.text().addListener((o, was, is) -> refreshDue());
        priority.addListener((o, was, is) -> refreshDue());
        refreshDue();
    }

    void refreshDue() {
        String text = "";
        try {
            String typed = within.text().get();
            text = typed == null || typed.isBlank() ? "" : dueOf.apply(priority.get(), Parsers.duration(typed));
        } catch (IllegalArgumentException e) {
            // The field's own message says what to type once the edit is committed.
        }
        due.set(text);
    }

    List<Input<?>> inputs() {
        return List.of(within, compliance);
    }

    PriorityTarget build() {
        return new PriorityTarget(priority.get(), within.valueOr(loaded.within()), compliance.valueOr(loaded.compliancePercent()));
    }
}
