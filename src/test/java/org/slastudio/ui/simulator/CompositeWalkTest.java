package org.slastudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.store.Autosave;
import org.slastudio.ui.AppModel;
import org.slastudio.ui.AppWindow;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.RecentDrafts;
import org.slastudio.ui.ScriptedDialogs;
import org.slastudio.ui.Settings;
import org.slastudio.ui.StoreFiles;
import org.slastudio.ui.StoreRecovery;
import org.slastudio.ui.TestStarters;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The simulator's dependencies section in the whole window, headless: the example's web shop behind a 99.99% load
 * balancer on two zones at 99.95% (99.9899750025%), its 99.95% target carried; raised to 99.99% in the simulator, not.
 */
@ExtendWith(ApplicationExtension.class)
class CompositeWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("drafts");
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of());
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    private void openSimulator(FxRobot robot, boolean withDependencies) throws Exception {
        robot.clickOn("#start-example");
        if (withDependencies) {
            robot.interact(() -> app.draft().commit(CompositeModelTest.depending(app.draft().agreement(), "web-shop",
                    CompositeModelTest.WEB_SHOP)));
        }
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-simulate");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#simulator-status")
                .queryLabeled().getText().contains(" trials in ")).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<CompositeRow> composite(FxRobot robot) {
        return robot.lookup("#simulator-composite-table").queryTableView();
    }

    @Test
    void eachTargetIsShownBesideWhatItsDependenciesComposeToAndFollowsALevelApplied(FxRobot robot) throws Exception {
        openSimulator(robot, true);

        TabPane tabs = robot.lookup("#simulator-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Upstream dependencies: 1 service");
        robot.clickOn("#simulator-tab-composite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("simulator-tab-composite");
        assertThat(robot.lookup("#simulator-composite-table").queryTableView().isVisible()).isTrue();
        assertThat(composite(robot).getItems()).extracting(CompositeRow::window, CompositeRow::target, CompositeRow::compositeText,
                        CompositeRow::verdict, CompositeRow::margin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Around the clock", "99.95%", "99.9899750025%", "Feasible",
                                "17 min 36.299 s to spare"),
                        org.assertj.core.groups.Tuple.tuple("Business hours", "99.9% (reported)", "99.9899750025%", "Feasible",
                                "10 min 47.82 s to spare"));
        assertThat(robot.lookup("#simulator-composite-summary").queryLabeled().getText())
                .isEqualTo("Every credit-bearing target is within what its service's dependencies compose to.");
        assertThat(robot.lookup("#simulator-composite-basis").queryLabeled().getText()).startsWith("Minutes in January 2027");

        // The simulator's own table: the web shop at 99.99%, applied as its target; the tab says one target is short.
        TableView<LevelRow> levels = robot.lookup("#simulator-table").queryTableView();
        LevelRow at9999 = levels.getItems().stream().filter(r -> r.service().serviceId().equals("web-shop")
                && r.level().compareTo(new BigDecimal("99.99")) == 0).findFirst().orElseThrow();
        robot.interact(() -> levels.scrollTo(at9999));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == at9999).<TableRow<?>>query());
        robot.clickOn("#simulator-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.draft().agreement().services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.99");
        CompositeRow raised = composite(robot).getItems().get(0);
        assertThat(raised.verdict()).isEqualTo("Not feasible: credits in an average month");
        assertThat(raised.margin()).isEqualTo("0.661 s short");
        assertThat(robot.lookup("#simulator-composite-summary").queryLabeled().getText()).startsWith("1 credit-bearing target is above");
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Upstream dependencies: 1 service, 1 target short");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(composite(robot).getItems().get(0).verdict()).isEqualTo("Feasible");
        assertThat(dialogs.errorsShown()).isEmpty();
    }

    @Test
    void aDraftWithoutDependenciesSaysWhereTheyAreKept(FxRobot robot) throws Exception {
        openSimulator(robot, false);

        TabPane tabs = robot.lookup("#simulator-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("simulator-tab-charts");
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Upstream dependencies: none");
        robot.clickOn("#simulator-tab-composite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#simulator-composite-summary").queryLabeled().getText()).isEqualTo(CompositeModel.NONE);
        assertThat(robot.lookup("#simulator-composite-table").queryTableView().isVisible()).isFalse();
    }

    @Test
    void everyControlOfTheSectionHasAnIdAndAccessibleText(FxRobot robot) throws Exception {
        openSimulator(robot, true);

        robot.clickOn("#simulator-tab-composite");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node section = robot.lookup("#simulator-composite").query();
        List<Control> controls = new java.util.ArrayList<>(List.of(robot.lookup("#simulator-tabs").queryAs(TabPane.class)));
        List.of(".table-view", ".label").stream().flatMap(selector -> section.lookupAll(selector).stream()).distinct()
                .filter(Control.class::isInstance).map(Control.class::cast)
                .filter(c -> c.getId() != null || !(c instanceof Labeled)).forEach(controls::add);
        assertThat(controls).extracting(Control::getId).contains("simulator-tabs", "simulator-composite-table",
                "simulator-composite-summary", "simulator-composite-basis");
        assertThat(controls.stream().filter(c -> c.getAccessibleText() == null && !(c instanceof Labeled))).isEmpty();
        List<TableRow<?>> rows = section.lookupAll(".table-row-cell").stream().<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() != null).toList();
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.getAccessibleText()).contains("dependencies compose to 99.9899750025%"));
    }
}
