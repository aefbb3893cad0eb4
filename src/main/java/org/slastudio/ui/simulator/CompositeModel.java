package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.CompositeAvailability;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.LevelFeasibility;
import org.slastudio.engine.ServiceFeasibility;
import org.slastudio.model.Agreement;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The simulator's dependencies section without its window: for each service with upstream dependencies, each target
 * beside what they compose to, whether they carry it and the margin in a month. It follows the draft while shown.
 */
public final class CompositeModel {
    static final String NONE = "No service in this draft has upstream dependencies to hold its targets against. They"
            + " are the provider's own analysis, kept in the draft file under simulationAssumptions.services[].dependencies"
            + " and never printed in the agreement; see docs/composite.md.";

    private final DraftModel draft;
    private final Supplier<LocalDate> today;
    final ObservableList<CompositeRow> rows = FXCollections.observableArrayList();
    /** E.g. "Margins in January 2027 (31 days), the first month of the term, ..."; empty without dependencies. */
    final StringProperty basis = new SimpleStringProperty("");
    /** E.g. "1 target of 3 is above what its dependencies compose to: ..."; {@link #NONE} without dependencies. */
    final StringProperty summary = new SimpleStringProperty(NONE);
    private boolean active;

    /** @param today the day whose month stands in while the draft has no effective date */
    public CompositeModel(DraftModel draft, Supplier<LocalDate> today) {
        this.draft = draft;
        this.today = today;
        draft.agreementProperty().addListener((o, was, is) -> {
            if (active) {
                refresh();
            }
        });
    }

    public ObservableList<CompositeRow> rows() {
        return rows;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty basis() {
        return basis;
    }

    public void show() {
        active = true;
        refresh();
    }

    public void hide() {
        active = false;
    }

    void refresh() {
        Agreement a = draft.agreement();
        List<ServiceFeasibility> found = ServiceFeasibility.of(a);
        AllowedDowntime downtime = AllowedDowntime.of(a.overview(), today.get());
        List<CompositeRow> next = new ArrayList<>();
        for (ServiceFeasibility f : found) {
            next.addAll(rows(a, f, downtime));
        }
        rows.setAll(next);
        basis.set(found.isEmpty() ? "" : "Minutes " + downtime.basis() + ". Failures upstream are taken as independent.");
        summary.set(found.isEmpty() ? NONE : summary(next));
    }

    private static List<CompositeRow> rows(Agreement a, ServiceFeasibility f, AllowedDowntime downtime) {
        String name = f.service().name() == null || f.service().name().isBlank() ? f.service().id() : f.service().name();
        String tree = CompositeAvailability.describe(f.dependencies());
        if (f.gap() != null) {
            return List.of(new CompositeRow(f.service().id(), name, "—", tree, null, "—", false, null,
                    "Cannot be composed: " + f.gap().problem(), "—", null));
        }
        if (f.levels().isEmpty()) {
            return List.of(new CompositeRow(f.service().id(), name, "—", tree, f.composite(), "—", false, null,
                    "No target to hold against", "—", null));
        }
        List<CompositeRow> rows = new ArrayList<>();
        for (LevelFeasibility l : f.levels()) {
            String window = l.window() == null || l.window().name() == null || l.window().name().isBlank()
                    ? String.valueOf(l.level().windowId()) : l.window().name();
            String verdict = l.feasible() ? "Feasible" : l.level().creditBearing()
                    ? "Not feasible: credits in an average month" : "Not feasible (reported only, no credits)";
            Optional<BigDecimal> seconds = l.marginSeconds(downtime);
            String margin = seconds.map(CompositeModel::margin).orElse("—");
            rows.add(new CompositeRow(f.service().id(), name, window, tree, f.composite(),
                    l.target().toPlainString() + "%" + (l.level().creditBearing() ? "" : " (reported)"),
                    l.level().creditBearing(), l.feasible(), verdict,
                    margin, l.marginMinutes(downtime).orElse(null)));
        }
        return rows;
    }

    private static String margin(BigDecimal seconds) {
        if (seconds.signum() == 0) {
            return "nothing to spare";
        }
        return DowntimeBudget.describe(seconds.abs()) + (seconds.signum() > 0 ? " to spare" : " short");
    }

    private static String summary(List<CompositeRow> rows) {
        long compared = rows.stream().filter(r -> r.feasible() != null).count();
        long creditsOwed = rows.stream().filter(CompositeRow::owesCredits).count();
        long gaps = rows.stream().filter(r -> r.composite() == null).count();
        List<String> sentences = new ArrayList<>();
        if (creditsOwed > 0) {
            sentences.add(creditsOwed + (creditsOwed == 1 ? " credit-bearing target is" : " credit-bearing targets are")
                    + " above what the service's dependencies compose to: the provider would pay credits in an average month.");
        } else if (compared > 0) {
            sentences.add("Every credit-bearing target is within what its service's dependencies compose to.");
        }
        if (gaps > 0) {
            sentences.add(gaps + (gaps == 1 ? " service's dependencies cannot" : " services' dependencies cannot")
                    + " be composed until every figure is given.");
        }
        return String.join(" ", sentences);
    }
}
