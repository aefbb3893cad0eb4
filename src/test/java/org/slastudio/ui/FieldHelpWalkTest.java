package org.slastudio.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.ui.help.FieldHelp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every step of the example agreement, in every row of its tables and every scope of the credit
 * terms, says what it means in the contract: a tooltip from the field help, and accessible text. The pick lists
 * and tables name parties, services and windows by name, not by id.
 */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked")
class FieldHelpWalkTest {
    private static final List<String> STEPS = List.of("overview", "parties", "services", "windows", "credits", "metrics", "review");
    private static final List<String> INPUTS = List.of(".text-field", ".combo-box-base", ".check-box", ".choice-box",
            ".spinner", ".toggle-button", ".radio-button", ".text-area", ".button");

    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, new ScriptedDialogs());
    }

    @Test
    void everyInputOfEveryStepHasHelpSayingWhatItMeansAndAccessibleText(FxRobot robot) {
        robot.clickOn("#start-example");
        Set<String> problems = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (String step : STEPS) {
            robot.clickOn("#wizard-step-" + step);
            WaitForAsyncUtils.waitForFxEvents();
            for (Runnable state : states(robot, step)) {
                robot.interact(state);
                WaitForAsyncUtils.waitForFxEvents();
                for (Control c : inputs(robot)) {
                    seen.add(FieldHelp.pattern(c.getId()));
                    String tooltip = c.getTooltip() == null ? null : c.getTooltip().getText();
                    if (tooltip == null || tooltip.isBlank() || c.getAccessibleText() == null || c.getAccessibleText().isBlank()
                            || FieldHelp.standard().text(c.getId()).isEmpty() && !c.getId().endsWith("-inclusive")) {
                        problems.add(step + ": " + c.getId() + " (" + c.getClass().getSimpleName() + ") accessible text \""
                                + c.getAccessibleText() + "\", tooltip \"" + tooltip + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("inputs without help or accessible text").isEmpty();
        assertThat(FieldHelp.standard().patterns()).as("help for fields no step shows").isSubsetOf(seen);
    }

    @Test
    void pickListsAndTablesNameWhatTheyReferToByItsNameNotItsId(FxRobot robot) {
        robot.clickOn("#start-example");
        Agreement a = app.draft().agreement();
        Map<String, String> names = new HashMap<>();
        a.parties().forEach(p -> names.put(p.id(), p.legalName()));
        a.services().forEach(x -> names.put(x.id(), x.name()));
        a.windows().forEach(w -> names.put(w.id(), w.name()));
        List<String> wrong = new ArrayList<>();
        int picks = 0;
        for (String step : STEPS) {
            robot.clickOn("#wizard-step-" + step);
            for (Runnable state : states(robot, step)) {
                robot.interact(state);
                WaitForAsyncUtils.waitForFxEvents();
                Node content = robot.lookup("#wizard-content").query();
                for (Node n : content.lookupAll(".combo-box")) {
                    ComboBox<Object> box = (ComboBox<Object>) n;
                    for (Object item : box.getItems()) {
                        if (item instanceof String id && names.containsKey(id)) {
                            picks++;
                            String shown = box.getConverter().toString(item);
                            if (!shown.equals(names.get(id))) {
                                wrong.add(box.getId() + " shows " + id + " as \"" + shown + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(picks).as("pick lists of parties, services and windows walked").isGreaterThan(20);
        assertThat(wrong).as("ids shown where a name exists").isEmpty();

        robot.clickOn("#wizard-step-services");
        TableView<?> services = robot.lookup("#services-table").queryAs(TableView.class);
        String levels = String.valueOf(services.getColumns().get(3).getCellData(0));
        assertThat(levels).as("the Levels column names the windows").contains("% " + names.get(a.services().get(0).levels().get(0).windowId()));
        a.windows().stream().filter(w -> !w.id().equals(w.name()))
                .forEach(w -> assertThat(levels).doesNotContain("% " + w.id()));
    }

    /** Buttons that only act (add, remove, move) say what they do in their text; the fields and toggles need help. */
    private static List<Control> inputs(FxRobot robot) {
        Node content = robot.lookup("#wizard-content").query();
        return INPUTS.stream().flatMap(selector -> content.lookupAll(selector).stream()).distinct()
                .filter(Control.class::isInstance).map(Control.class::cast)
                .filter(c -> !(c.getParent() != null && c.getParent().getStyleClass().contains("date-picker")))
                .filter(c -> !c.getStyleClass().contains("button") || c.getId() != null && c.getId().endsWith("-inclusive"))
                .toList();
    }

    /** The states of a step in which other fields show: each row of its table, each scope of the credit terms. */
    private static List<Runnable> states(FxRobot robot, String step) {
        List<Runnable> states = new ArrayList<>();
        states.add(() -> { });
        robot.lookup("#" + step + "-table").tryQueryAs(TableView.class).ifPresent(table -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                int row = i;
                states.add(() -> table.getSelectionModel().select(row));
            }
        });
        if (step.equals("credits")) {
            ComboBox<?> scope = robot.lookup("#credits-scope").queryAs(ComboBox.class);
            for (int i = 0; i < scope.getItems().size(); i++) {
                int index = i;
                states.add(() -> scope.getSelectionModel().select(index));
            }
        }
        return states;
    }

}
