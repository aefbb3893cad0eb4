package org.slastudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The period convention on the overview step and the maintenance rules on the windows step, set by control id on the
 * example (effective 1 January 2026, Europe/London; its 24x7 window has Sunday maintenance 02:00-04:00, four Sundays
 * in January 2026, 480 min).
 */
@ExtendWith(ApplicationExtension.class)
class PeriodsWalkTest {
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, new ScriptedDialogs());
    }

    @Test
    void thePeriodConventionAndTheMaintenanceRulesAreChosenWithTheirNumbersBesideThem(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        ComboBox<MeasurementPeriod> period = robot.lookup("#overview-measurement-period").query();
        assertThat(period.getConverter().toString(MeasurementPeriod.FIXED_30_DAY_MONTH))
                .isEqualTo("Consecutive 30-day periods from the effective date");
        choose(robot, "#overview-measurement-period", MeasurementPeriod.FIXED_30_DAY_MONTH);
        assertThat(label(robot, "#overview-period-meaning")).contains("period 1 runs 2026-01-01 to 2026-01-30, period 2"
                + " 2026-01-31 to 2026-03-01");
        choose(robot, "#overview-measurement-period", MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS);
        assertThat(label(robot, "#overview-period-meaning")).contains("every month is measured as 43,200 minutes")
                .contains("99.9% allows 43 min 12 s");
        assertThat(app.draft().agreement().overview().measurementPeriod()).isEqualTo(MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS);

        robot.clickOn("#wizard-step-windows");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#windows-maintenance-meaning")).isEqualTo("In January 2026: 480 min of maintenance in the"
                + " window's hours, left out of the measured time, so 42,720 min are measured and 99.9% allows 42 min 43.2 s.");
        choose(robot, "#windows-maintenance-convention", MaintenanceConvention.COUNTED_AS_AVAILABLE);
        type(robot, "#windows-planned-work-notice", "5");
        choose(robot, "#windows-business-days-window", "business-hours");
        ComboBox<String> calendar = robot.lookup("#windows-business-days-window").query();
        assertThat(calendar.getConverter().toString(calendar.getValue())).as("picked by name").isEqualTo("Business hours");
        WaitForAsyncUtils.waitForFxEvents();

        AvailabilityWindow window = app.draft().agreement().windows().get(0);
        assertThat(window.id()).isEqualTo("24x7");
        assertThat(window.maintenanceRules()).isEqualTo(new MaintenanceRules(MaintenanceConvention.COUNTED_AS_AVAILABLE, 5, "business-hours"));
        assertThat(label(robot, "#windows-maintenance-meaning")).startsWith("In January 2026: 480 min of maintenance in the"
                        + " window's hours, counted as available time, so 43,200 min are measured and 99.9% allows 43 min 12 s.")
                .endsWith("Planned work outside the maintenance windows announced at least 5 Business Days ahead (the days"
                        + " of Business hours) is treated the same way; with less notice it is downtime.");
        assertThat(app.draft().agreement().windows().get(1).maintenanceRules()).isEqualTo(MaintenanceRules.standard());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** As typed and confirmed with Enter; set directly, as the field may lie below the fold of the step's scroll pane. */
    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(value));
    }
}
