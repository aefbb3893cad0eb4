package org.slastudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.TierBound;
import org.slastudio.store.DraftStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A level's own credit terms, set in the Service credits step: own tiers, a bound at the target, a cap, the trigger. */
@ExtendWith(ApplicationExtension.class)
class CreditTermsWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, dialogs);
    }

    @Test
    void objectStorageGetsItsOwnTableWhileTheAgreementKeepsItsTerms(FxRobot robot) throws Exception {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        Agreement opened = app.draft().agreement();
        robot.clickOn("#wizard-step-credits");
        choose(robot, "#credits-scope", 2);
        assertThat(robot.lookup("#credits-follows").queryLabeled().getText()).startsWith("Terms left blank follow the agreement's");

        robot.clickOn("#credits-own-tiers");
        type(robot, "#credits-tier-0-upper", "target");
        type(robot, "#credits-tier-0-lower", "99.5");
        type(robot, "#credits-tier-0-credit", "15");
        type(robot, "#credits-monthly-cap", "30");
        robot.interact(() -> robot.lookup("#credits-trigger").<ComboBox<CreditTrigger>>query().setValue(CreditTrigger.TARGET_MISSED));
        choose(robot, "#credits-scope", 0);
        WaitForAsyncUtils.waitForFxEvents();

        Agreement edited = app.draft().agreement();
        assertThat(edited.creditRegime()).isEqualTo(opened.creditRegime());
        LevelCredits own = edited.service("object-storage").orElseThrow().levels().get(0).credits();
        assertThat(own.tiers()).hasSize(opened.creditRegime().tiers().size());
        assertThat(own.tiers().get(0).upper()).isEqualTo(TierBound.target(false));
        assertThat(own.tiers().get(0).lower()).isEqualTo(TierBound.inclusive("99.5"));
        assertThat(own.tiers().get(0).creditPercent()).isEqualByComparingTo("15");
        assertThat(own.tiers().subList(1, own.tiers().size())).isEqualTo(opened.creditRegime().tiers().subList(1, own.tiers().size()));
        assertThat(own.monthlyCapPercent()).isEqualByComparingTo("30");
        assertThat(own.trigger()).isEqualTo(CreditTrigger.TARGET_MISSED);
        assertThat(own.minimumCredit()).as("left blank: follows the agreement").isNull();
        assertThat(edited.service("kubernetes").orElseThrow().levels().get(0).credits()).isNull();
        // the agreement's fields show the agreement's terms again
        assertThat(robot.lookup("#credits-monthly-cap").queryTextInputControl().getText())
                .isEqualTo(opened.creditRegime().monthlyCapPercent().toPlainString());

        Path file = Files.createTempDirectory("credit-terms").resolve("own.sla.json");
        dialogs.fileToSaveTo = file;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DraftStore.load(file).draft().agreement().service("object-storage").orElseThrow().levels().get(0).credits())
                .isEqualTo(own);

        choose(robot, "#credits-scope", 2);
        robot.clickOn("#credits-follow-tiers");
        assertThat(app.draft().agreement().service("object-storage").orElseThrow().levels().get(0).credits().tiers()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement().service("object-storage").orElseThrow().levels().get(0).credits().tiers())
                .first().extracting(t -> t.creditPercent()).isEqualTo(new BigDecimal("15"));
    }

    @Test
    void textThatCannotBeUsedKeepsTheLevelOnScreen(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        robot.clickOn("#wizard-step-credits");
        choose(robot, "#credits-scope", 1);
        type(robot, "#credits-monthly-cap", "thirty");
        choose(robot, "#credits-scope", 0);
        assertThat(robot.lookup("#credits-scope").<ComboBox<?>>query().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#credits-monthly-cap").queryTextInputControl().getText()).isEqualTo("thirty");
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.lookup(id).queryTextInputControl().selectAll();
        robot.write(text).type(KeyCode.ENTER);
    }

    private static void choose(FxRobot robot, String id, int index) {
        robot.interact(() -> robot.lookup(id).<ComboBox<?>>query().getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
