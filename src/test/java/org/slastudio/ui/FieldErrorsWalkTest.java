package org.slastudio.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a field cannot use is rejected where it was typed, with the red border and a message, and stays as typed until
 * the user corrects it or undoes it: leaving the step or the row does not quietly put the stored value back.
 */
@ExtendWith(ApplicationExtension.class)
class FieldErrorsWalkTest {
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, new ScriptedDialogs());
    }

    @Test
    void wordsInTheMonthlyCapAreRejectedAndKeptUntilCorrected(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        robot.clickOn("#wizard-step-credits");
        TextField cap = robot.lookup("#credits-monthly-cap").queryAs(TextField.class);

        retype(robot, cap, "twenty");
        robot.type(KeyCode.TAB);

        assertRejected(robot, cap, "twenty", "Monthly cap: enter a percentage");
        assertThat(robot.lookup("#wizard-next").query().isDisabled()).isTrue();
        robot.clickOn("#wizard-step-metrics");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.wizard().currentStep().key()).isEqualTo("credits");
        assertRejected(robot, cap, "twenty", "Monthly cap: enter a percentage");
        assertThat(cap.isFocused()).isTrue();
        assertThat(app.draft().agreement().creditRegime().monthlyCapPercent()).isEqualByComparingTo("50");

        retype(robot, cap, "25");
        robot.clickOn("#wizard-step-metrics");

        assertThat(app.wizard().currentStep().key()).isEqualTo("metrics");
        assertThat(app.draft().agreement().creditRegime().monthlyCapPercent()).isEqualByComparingTo(new BigDecimal("25"));
    }

    @Test
    void aDateThatDoesNotExistIsRejectedLikeAnyFieldAndCtrlZDropsIt(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        LocalDate stored = app.draft().agreement().overview().effectiveDate();
        DatePicker picker = robot.lookup("#overview-effective-date").queryAs(DatePicker.class);

        retype(robot, picker.getEditor(), "31 February 2027");
        robot.type(KeyCode.TAB);

        assertThat(picker.getEditor().getText()).isEqualTo("31 February 2027");
        assertThat(picker.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(visibleMessages(robot)).anyMatch(m -> m.startsWith("Effective date: enter a date"));
        assertThat(robot.lookup("#wizard-next").query().isDisabled()).isTrue();
        assertThat(app.draft().agreement().overview().effectiveDate()).isEqualTo(stored);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(picker.getEditor().getText()).isEqualTo(stored.toString());
        assertThat(picker.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(app.draft().agreement().overview().effectiveDate()).isEqualTo(stored);

        retype(robot, picker.getEditor(), "1 March 2027");
        robot.type(KeyCode.TAB);
        assertThat(app.draft().agreement().overview().effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anotherRowIsNotShownWhileTheSelectedOneHoldsTextThatCannotBeUsed(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        robot.clickOn("#wizard-step-services");
        TextField fee = robot.lookup("#services-monthly-fee").queryAs(TextField.class);
        TableView<?> table = robot.lookup("#services-table").queryAs(TableView.class);
        String first = app.draft().agreement().services().get(0).name();

        retype(robot, fee, "lots");
        robot.clickOn(robot.lookup("#services-table .table-row-cell").nth(1).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.services().rows.selected().get()).isZero();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#services-name").queryAs(TextField.class).getText()).isEqualTo(first);
        assertRejected(robot, fee, "lots", "Monthly fee: enter an amount");
    }

    /** Every field of every step, given text no number, date or code reads: it is taken as typed, or rejected and kept. */
    @Test
    void everyFieldEitherTakesTheTextOrShowsWhyNotAndKeepsIt(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        Agreement opened = app.draft().agreement();
        List<String> rejected = new ArrayList<>();
        for (String step : List.of("overview", "parties", "services", "windows", "credits", "metrics")) {
            robot.clickOn("#wizard-step-" + step);
            WaitForAsyncUtils.waitForFxEvents();
            // By id, looked up afresh each time: an undo rebuilds rows of fields (levels, tiers) with new controls.
            List<String> ids = robot.lookup("#wizard-content .text-input").queryAllAs(TextInputControl.class).stream()
                    .filter(f -> !f.isDisabled() && f.isVisible())
                    .map(f -> f.getId() != null ? f.getId() : f.getParent() instanceof DatePicker p ? p.getId() : null)
                    .filter(id -> id != null).distinct().toList();
            for (String id : ids) {
                Node control = robot.lookup("#" + id).query();
                TextInputControl field = control instanceof DatePicker p ? p.getEditor() : (TextInputControl) control;
                retype(robot, field, "zz?");
                leave(robot, field);
                if (!app.draft().agreement().equals(opened)) {
                    assertThat(field.getText()).as(id).isEqualTo("zz?");
                } else {
                    assertThat(control.getPseudoClassStates()).as(id + " marked").contains(Styles.STATE_DANGER);
                    assertThat(field.getText()).as(id + " kept").isEqualTo("zz?");
                    assertThat(visibleMessages(robot)).as(id + " explained").isNotEmpty();
                    rejected.add(id);
                }
                robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(app.draft().agreement()).as("after undoing " + id).isEqualTo(opened);
                if (!app.wizard().currentStep().key().equals(step)) {
                    robot.clickOn("#wizard-step-" + step);
                }
            }
        }
        assertThat(rejected).contains("credits-monthly-cap", "services-monthly-fee", "overview-effective-date",
                "overview-currency", "overview-time-zone", "credits-tier-0-lower", "windows-maintenance-0-from", "metrics-target");
        assertThat(Set.copyOf(rejected)).hasSizeGreaterThan(15);
    }

    private static void retype(FxRobot robot, TextInputControl field, String text) {
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    /** Tab moves on from a text field; in a text area it is typed, and Ctrl+Tab moves on. */
    private static void leave(FxRobot robot, TextInputControl field) {
        if (field instanceof TextArea) {
            robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        } else {
            robot.type(KeyCode.TAB);
        }
    }

    private static void assertRejected(FxRobot robot, TextInputControl field, String typed, String message) {
        assertThat(field.getText()).isEqualTo(typed);
        assertThat(field.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(visibleMessages(robot)).anyMatch(m -> m.startsWith(message));
    }

    private static List<String> visibleMessages(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getStyleClass().contains(Styles.DANGER) && l.isVisible() && l.getText() != null
                        && !l.getText().isBlank() && l.getScene() != null)
                .flatMap(l -> l.getText().lines()).toList();
    }
}
