package org.slastudio.ui.metrics;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** A time target for one priority, e.g. P1 within 15m in 95% of cases. */
final class PriorityRow {
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    final Input<Duration> within = new Input<>("Within", Parsers::duration, Parsers::formatDuration);
    final Input<BigDecimal> compliance = new Input<>("Compliance", Parsers::percent, BigDecimal::toPlainString);
    private final PriorityTarget loaded;

    PriorityRow(PriorityTarget target) {
        loaded = target;
        priority.set(target.priority());
        within.show(target.within());
        compliance.show(target.compliancePercent());
    }

    List<Input<?>> inputs() {
        return List.of(within, compliance);
    }

    PriorityTarget build() {
        return new PriorityTarget(priority.get(), within.valueOr(loaded.within()), compliance.valueOr(loaded.compliancePercent()));
    }
}
