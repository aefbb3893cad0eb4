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
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** A time target for one priority, e.g. P1 within 15m in 95% of cases, or P4 by the end of the next business day. */
final class PriorityRow {
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    final ObjectProperty<TargetForm> form = new SimpleObjectProperty<>(TargetForm.WITHIN_A_TIME);
    final Input<Duration> within;
    final Input<BigDecimal> compliance = new Input<>("Compliance", Parsers::percent, BigDecimal::toPlainString);
    /** When a ticket raised on a Friday afternoon would be due, from the engine; empty while unknown. */
    final StringProperty due = new SimpleStringProperty("");
    private final PriorityTarget loaded;
    private final Function<PriorityTarget, String> dueOf;

    /** @param businessClock whether the metric's clock runs in business hours, where a day is not 24 hours */
    PriorityRow(PriorityTarget target, Function<PriorityTarget, String> dueOf, BooleanSupplier businessClock) {
        within = new Input<>("Within", typed -> Parsers.clockDuration(typed, businessClock.getAsBoolean()), Parsers::formatDuration);
        loaded = target;
        this.dueOf = dueOf;
        priority.set(target.priority());
        form.set(TargetForm.of(target.dueBy()));
        within.show(target.within());
        compliance.show(target.compliancePercent());
        within.text().addListener((o, was, is) -> refreshDue());
        priority.addListener((o, was, is) -> refreshDue());
        form.addListener((o, was, is) -> refreshDue());
        refreshDue();
    }

    boolean byBusinessDay() {
        return form.get() != null && form.get().dueBy != null;
    }

    void refreshDue() {
        String text = "";
        try {
            if (byBusinessDay()) {
                text = dueOf.apply(new PriorityTarget(priority.get(), null, null, form.get().dueBy));
            } else {
                String typed = within.text().get();
                text = typed == null || typed.isBlank() ? ""
                        : dueOf.apply(new PriorityTarget(priority.get(), Parsers.duration(typed), null));
            }
        } catch (IllegalArgumentException e) {
            // The field's own message says what to type once the edit is committed.
        }
        due.set(text);
    }

    List<Input<?>> inputs() {
        return byBusinessDay() ? List.of(compliance) : List.of(within, compliance);
    }

    /**
     * Switching to a business day drops the time, which would have no effect beside it (the typed time stays on
     * screen for switching back); a target loaded with both keeps both, so opening the step changes nothing.
     */
    PriorityTarget build() {
        BigDecimal share = compliance.valueOr(loaded.compliancePercent());
        if (byBusinessDay()) {
            return new PriorityTarget(priority.get(), loaded.dueBy() != null ? loaded.within() : null, share, form.get().dueBy);
        }
        return new PriorityTarget(priority.get(), within.valueOr(loaded.within()), share);
    }
}
