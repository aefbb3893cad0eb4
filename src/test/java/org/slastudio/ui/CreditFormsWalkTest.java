package org.slastudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MinimumCreditRule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The credit forms of published SLAs set in the Service credits step, for the agreement and for one level. */
@ExtendWith(ApplicationExtension.class)
class CreditFormsWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, dialogs);
    }

    @Test
    void theMinimumRuleTheDaysCapAndTheMultipleReachTheDraftInBothScopes(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        robot.clickOn("#wizard-step-credits");
        type(robot, "#credits-minimum", "1.00");
        rule(robot, MinimumCreditRule.MORE_THAN);
        type(robot, "#credits-cap-days", "30");
        type(robot, "#credits-tier-0-credit", "");
        type(robot, "#credits-tier-0-multiple", "10");
        assertThat(robot.lookup("#credits-cap-days-implies").queryLabeled().getText())
                .isEqualTo("30/28 to 30/31 of the month's fees, by the month's days");
        assertThat(robot.lookup("#credits-minimum-rule").query().getAccessibleText()).contains("exactly the minimum");

        choose(robot, "#credits-scope", 2);
        rule(robot, MinimumCreditRule.AT_LEAST);
        type(robot, "#credits-cap-days", "15");
        choose(robot, "#credits-scope", 0);
        WaitForAsyncUtils.waitForFxEvents();

        Agreement edited = app.draft().agreement();
        CreditRegime r = edited.creditRegime();
        assertThat(r.minimumCreditRule()).isEqualTo(MinimumCreditRule.MORE_THAN);
        assertThat(r.minimumCredit().amount()).isEqualByComparingTo("1.00");
        assertThat(r.monthlyCapDays()).isEqualByComparingTo("30");
        assertThat(r.tiers().get(0).downtimeMultiple()).isEqualByComparingTo("10");
        assertThat(r.tiers().get(0).creditPercent()).isNull();
        LevelCredits own = edited.service("object-storage").orElseThrow().levels().get(0).credits();
        assertThat(own.minimumCreditRule()).isEqualTo(MinimumCreditRule.AT_LEAST);
        assertThat(own.monthlyCapDays()).isEqualByComparingTo("15");
        assertThat(own.tiers()).as("the level follows the agreement's tiers").isEmpty();
        // back on the agreement, its own choices show again
        assertThat(robot.lookup("#credits-minimum-rule").<ComboBox<MinimumCreditRule>>query().getValue())
                .isEqualTo(MinimumCreditRule.MORE_THAN);
        assertThat(robot.lookup("#credits-cap-days").queryTextInputControl().getText()).isEqualTo("30");
        assertThat(robot.lookup("#credits-tier-0-multiple").queryTextInputControl().getText()).isEqualTo("10");
    }

    private static void rule(FxRobot robot, MinimumCreditRule rule) {
        robot.interact(() -> robot.lookup("#credits-minimum-rule").<ComboBox<MinimumCreditRule>>query().setValue(rule));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field that may lie below the fold, then presses Enter in it, as the user would. */
    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            TextField field = robot.lookup(id).query();
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String id, int index) {
        robot.interact(() -> robot.lookup(id).<ComboBox<?>>query().getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
