package org.slastudio.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement of the example's Kubernetes platform (99.95% around the clock, outages under 5 minutes left out),
 * changed by control id: more than the minimum, a run of intervals, then request counts; each time the draft holds
 * what was chosen and the words beside the fields say what it means.
 */
@ExtendWith(ApplicationExtension.class)
class MeasurementWalkTest {
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, new ScriptedDialogs());
    }

    @Test
    void theMinimumsBoundAndRequestCountsAreChosenInTheServicesStep(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        robot.clickOn("#wizard-step-services");
        assertThat(rule().minimumOutageBound()).isNull();
        assertThat(text(robot, "#services-minimum-outage-meaning")).isEqualTo("Outages of 5 min or longer count; shorter ones do not.");

        choose(robot, "#services-minimum-outage-bound", MinimumOutageBound.MORE_THAN);
        type(robot, "#services-minimum-outage", "15");

        assertThat(rule().minimumOutageBound()).isEqualTo(MinimumOutageBound.MORE_THAN);
        assertThat(rule().minimumOutageMinutes()).isEqualTo(15);
        assertThat(text(robot, "#services-minimum-outage-meaning"))
                .isEqualTo("Outages longer than 15 min count; one of exactly 15 min does not.");

        choose(robot, "#services-method", MeasurementMethod.INTERVAL_SHARE);
        type(robot, "#services-interval-minutes", "5");
        type(robot, "#services-error-threshold", "5");

        assertThat(rule()).isEqualTo(new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new java.math.BigDecimal("5"), 15,
                MinimumOutageBound.MORE_THAN, rule().clockStart(), false));
        assertThat(text(robot, "#services-minimum-outage-meaning"))
                .isEqualTo("A run of 4 or more consecutive intervals down (20 min) counts; shorter runs do not.");

        choose(robot, "#services-method", MeasurementMethod.REQUEST_COUNTS);

        assertThat(rule().method()).isEqualTo(MeasurementMethod.REQUEST_COUNTS);
        assertThat(text(robot, "#services-level-0-allowance"))
                .isEqualTo("Measured by request counts: 0.05% of requests may fail in each measurement period, however many requests it has.");
        assertThat(text(robot, "#services-minimum-outage-meaning")).isEqualTo("No effect: this method has no outages to leave out.");
        assertThat(robot.lookup("#services-minimum-outage-bound").<ComboBox<?>>query().getAccessibleText())
                .contains("exactly the minimum");
    }

    private MeasurementRule rule() {
        return app.draft().agreement().services().get(0).measurement();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String text) {
        // Focused rather than clicked: the measurement fields sit below the fold of the step.
        var field = robot.lookup(id).queryTextInputControl();
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
