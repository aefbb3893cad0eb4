package org.slastudio.ui.wizard;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slastudio.review.Finding;

import java.util.List;

/**
 * The wizard: steps on the left ({@code wizard-step-<key>}), the current step in the middle, and
 * {@code wizard-back} / {@code wizard-next} at the bottom. It focuses the control a finding points to.
 */
public final class WizardView {
    private WizardView() {
    }

    public static BorderPane of(WizardModel wizard, List<Node> pages) {
        VBox stepList = new VBox(4);
        stepList.setId("wizard-steps");
        stepList.setPadding(new Insets(20, 12, 20, 12));
        stepList.setPrefWidth(256);
        stepList.setMinWidth(256);
        stepList.getStyleClass().add("wizard-steps");
        for (int i = 0; i < wizard.steps().size(); i++) {
            stepList.getChildren().add(stepButton(wizard, i));
        }

        StackPane content = new StackPane();
        content.setId("wizard-content");
        Runnable showCurrent = () -> content.getChildren().setAll(pages.get(wizard.current().get()));
        wizard.current().addListener((o, was, is) -> showCurrent.run());
        showCurrent.run();
        Runnable mark = () -> {
            FindingMarks.apply(content, wizard);
            // Once more after the pulse, for controls a step builds while it is being shown.
            Platform.runLater(() -> FindingMarks.apply(content, wizard));
        };
        wizard.findings().addListener((ListChangeListener<Finding>) c -> mark.run());
        wizard.current().addListener((o, was, is) -> mark.run());
        wizard.steps().forEach(s -> s.screenChanges().addListener((o, was, is) -> mark.run()));
        mark.run();

        Button back = new Button("Back");
        back.setId("wizard-back");
        back.setAccessibleText("Previous step");
        back.disableProperty().bind(wizard.canGoBack().not());
        back.setOnAction(e -> wizard.back());
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.setAccessibleText("Next step");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(false);
        next.disableProperty().bind(wizard.canGoNext().not());
        next.setOnAction(e -> wizard.next());
        Label position = new Label();
        position.getStyleClass().add(Styles.TEXT_MUTED);
        position.textProperty().bind(Bindings.createStringBinding(
                () -> "Step " + (wizard.current().get() + 1) + " of " + wizard.steps().size(), wizard.current()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, position, gap, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 28, 10, 28));
        buttons.getStyleClass().add("wizard-buttons");

        wizard.focusRequest().addListener((o, was, id) -> {
            if (id != null) {
                focus(content, id);
                // Removing the previous page can make the scene pick a focus owner on the next pulse.
                Platform.runLater(() -> focus(content, id));
            }
        });

        BorderPane root = new BorderPane(content);
        root.setId("wizard");
        root.setLeft(stepList);
        root.setBottom(buttons);
        return root;
    }

    private static void focus(StackPane content, String id) {
        content.applyCss();
        content.layout();
        Node target = content.lookup("#" + id);
        if (target != null) {
            target.requestFocus();
            scrollIntoView(target);
        }
    }

    /** A focused field further down a long step is scrolled to, so the user sees what a finding is about. */
    private static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                if (contentHeight > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
                }
                return;
            }
        }
    }

    private static Button stepButton(WizardModel wizard, int index) {
        StepModel step = wizard.steps().get(index);
        Label number = new Label(String.valueOf(index + 1));
        number.getStyleClass().add("step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(step.title());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.getStyleClass().add("step-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox graphic = new HBox(10, number, name, gap, status);
        graphic.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button(null, graphic);
        button.setId("wizard-step-" + step.key());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().addAll(Styles.FLAT, "wizard-step");
        graphic.prefWidthProperty().bind(button.widthProperty().subtract(28));
        button.setOnAction(e -> wizard.goTo(index));
        Runnable update = () -> {
            StepStatus s = wizard.status(index).get();
            boolean current = wizard.current().get() == index;
            status.setText(switch (s) {
                case COMPLETE -> "✓";
                case PROBLEM -> "!";
                case NOT_STARTED -> "";
            });
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            status.getStyleClass().add(s == StepStatus.PROBLEM ? Styles.DANGER : Styles.SUCCESS);
            button.pseudoClassStateChanged(PseudoClass.getPseudoClass("current"), current);
            button.setAccessibleText("Step " + (index + 1) + ": " + step.title() + (current ? ", current" : "")
                    + (s == StepStatus.PROBLEM ? ", has problems" : s == StepStatus.COMPLETE ? ", complete" : ""));
        };
        wizard.status(index).addListener((o, was, is) -> update.run());
        wizard.current().addListener((o, was, is) -> update.run());
        update.run();
        return button;
    }
}
