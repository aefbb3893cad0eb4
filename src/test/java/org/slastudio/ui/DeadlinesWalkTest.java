package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.store.Autosave;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example agreement (Berlin, from Friday 1 January 2027, a holiday; business hours Mon-Fri 08:00-18:00) given a
 * claim deadline in business days and a P4 response by the end of the next business day, by control ids.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlinesWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("drafts");
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of());
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    @Test
    void aClaimDeadlineInBusinessDaysAndATargetByTheNextBusinessDayReachTheDraftWithTheDaysTheyImply(FxRobot robot) {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-credits");

        choose(robot, "#credits-claim-rule", ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END);
        type(robot, "#credits-claim-count", "10");
        assertThat(robot.lookup("#credits-claim-example").queryAs(Label.class).getText())
                .isEqualTo("Choose the window whose business days count.");
        choose(robot, "#credits-claim-calendar", "business-hours");

        // January 2027 ends on a Sunday: 1 to 5 and 8 to 12 February
        assertThat(robot.lookup("#credits-claim-example").queryAs(Label.class).getText())
                .isEqualTo("A credit for January 2027 must be claimed by Fri 12 Feb 2027.");
        assertThat(robot.lookup("#credits-claim-calendar").queryAs(ComboBox.class).getAccessibleText())
                .isEqualTo("Window whose business days the claim deadline counts");

        robot.clickOn("#wizard-step-metrics");
        ComboBox<?> form = robot.lookup("#metrics-priority-3-form").queryAs(ComboBox.class);
        assertThat(form.getAccessibleText()).isEqualTo("How priority target 4 is due");
        robot.interact(() -> form.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#metrics-priority-3-within").queryAs(TextField.class).isDisabled()).isTrue();
        // raised on the New Year holiday: received on Monday's opening, due at Tuesday's close
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("A P4 ticket raised Fri 1 Jan 16:30 is due Tue 5 Jan 18:00, in business hours (Europe/Berlin).");

        Agreement a = app.draft().agreement();
        assertThat(a.creditRegime().claimDeadline())
                .isEqualTo(new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "business-hours"));
        assertThat(a.metric("incident-response").orElseThrow().priorityTargets()).containsExactly(
                new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")),
                new PriorityTarget(Priority.P2, Duration.ofHours(1), new BigDecimal("95")),
                new PriorityTarget(Priority.P3, Duration.ofHours(4), new BigDecimal("90")),
                new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY));

        robot.interact(() -> form.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement().metric("incident-response").orElseThrow().priorityTargets().get(3))
                .isEqualTo(new PriorityTarget(Priority.P4, Duration.ofDays(2), null));
    }

    /** Set and committed as Enter commits it: the claim fields sit below the fold, where a robot click misses them. */
    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(value));
    }
}
