package org.slastudio.ui.performance;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.ui.fields.Fields;

/** The range in three figures: credits owed, how much of them may yet be earned back, claims still open. */
final class PerformanceTotals {
    private PerformanceTotals() {
    }

    static HBox of(PerformanceModel m) {
        HBox totals = new HBox(8,
                figure(m, "performance-total-owed", "Credits owed", Totals::owedText),
                figure(m, "performance-total-pending", "May yet be earned back", Totals::pendingText),
                figure(m, "performance-total-claims", "Claims still open", Totals::claimsText));
        totals.setId("performance-totals");
        totals.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return totals;
    }

    private static VBox figure(PerformanceModel m, String id, String title, Function<Totals, String> value) {
        Label name = Fields.muted(title);
        name.setStyle("-fx-font-size: 0.85em;");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = new Label();
        shown.setId(id);
        shown.getStyleClass().add(Styles.TEXT_BOLD);
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.textProperty().bind(m.totals().map(t -> t == Totals.NONE ? "—" : value.apply(t)));
        shown.accessibleTextProperty().bind(shown.textProperty().map(t -> title + ": " + t));
        VBox figure = new VBox(2, name, shown);
        figure.getStyleClass().add("performance-total");
        figure.setMaxWidth(Double.MAX_VALUE);
        return figure;
    }
}
