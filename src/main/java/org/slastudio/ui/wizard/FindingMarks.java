package org.slastudio.ui.wizard;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.ui.fields.Fields;

import java.util.List;

/**
 * Marks the fields the review has something to say about, in the theme's danger or warning state, with the message
 * as tooltip. A field's own input error wins over a finding.
 */
final class FindingMarks {
    private static final String MARKED = "finding-mark";
    /** Set by the fields while they hold text that cannot be read. */
    static final String INPUT_ERROR = "input-error";

    private FindingMarks() {
    }

    static void apply(Pane content, WizardModel wizard) {
        // A scroll pane's content is reachable by lookup only once its skin exists, i.e. after CSS.
        content.applyCss();
        for (Node node : List.copyOf(content.lookupAll("." + MARKED))) {
            node.getStyleClass().remove(MARKED);
            node.pseudoClassStateChanged(Styles.STATE_WARNING, false);
            boolean inputError = Boolean.TRUE.equals(node.getProperties().get(INPUT_ERROR));
            node.pseudoClassStateChanged(Styles.STATE_DANGER, inputError);
            if (!inputError && node instanceof Control c && c.getTooltip() != null) {
                c.getTooltip().setText(Fields.help(c));
            }
        }
        StepModel step = wizard.currentStep();
        for (Finding f : wizard.findingsOnScreen()) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            Node node = step.controlFor(f.path()).map(id -> content.lookup("#" + id)).orElse(null);
            if (node == null || Boolean.TRUE.equals(node.getProperties().get(INPUT_ERROR))) {
                continue;
            }
            if (!node.getStyleClass().contains(MARKED)) {
                node.getStyleClass().add(MARKED);
            }
            node.pseudoClassStateChanged(f.severity() == Severity.ERROR ? Styles.STATE_DANGER : Styles.STATE_WARNING, true);
            if (node instanceof Control c) {
                String text = f.message() + (f.suggestedFix() == null ? "" : "\n" + f.suggestedFix());
                if (c.getTooltip() == null) {
                    c.setTooltip(new Tooltip(text));
                } else {
                    c.getTooltip().setText(text);
                }
            }
        }
    }
}
