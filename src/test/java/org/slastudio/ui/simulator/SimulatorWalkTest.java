package org.slastudio.ui.simulator;

import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator in the whole window, headless: reached from the Review step, a level applied and undone. */
@ExtendWith(ApplicationExtension.class)
class SimulatorWalkTest {
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

    /** Waits for a run to finish after the one that showed {@code before}. */
    private static void waitForFullResults(FxRobot robot, Object before) throws Exception {
        // Looked up on the FX thread: the table is rebuilt while a run finishes, and a lookup from the test thread
        // can meet a half-changed scene graph.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            TableView<?> table = robot.lookup("#simulator-table").queryTableView();
            return robot.lookup("#simulator-status").queryLabeled().getText().contains(" trials in ")
                    && !table.getItems().isEmpty() && table.getItems().get(0) != before;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickRow(FxRobot robot, String serviceId, String level) {
        TableView<LevelRow> table = robot.lookup("#simulator-table").queryTableView();
        LevelRow row = table.getItems().stream().filter(r -> r.service().serviceId().equals(serviceId)
                && r.level().compareTo(new BigDecimal(level)) == 0).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(row));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == row).<TableRow<?>>query());
    }

    @Test
    void aLevelChosenInTheSimulatorBecomesTheTargetAndUndoRestoresIt(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-simulate");
        waitForFullResults(robot, null);

        clickRow(robot, "web-shop", "99.9");
        assertThat(robot.lookup("#simulator-selection").queryLabeled().getText()).isEqualTo("Web shop hosting at 99.9%");
        LineChart<?, ?> curves = robot.lookup("#simulator-curves").queryAs(LineChart.class);
        assertThat(curves.getData()).extracting(s -> s.getName()).startsWith("Provider cost", "Expected credits",
                "Customer loss", "Total (cost + loss)");
        assertThat(curves.getData().get(0).getData()).hasSize(5);
        BarChart<?, ?> histogram = robot.lookup("#simulator-histogram").queryAs(BarChart.class);
        assertThat(histogram.getData().get(0).getData()).hasSize(21);

        Object shown = robot.lookup("#simulator-table").queryTableView().getItems().get(0);
        robot.clickOn("#simulator-apply");
        assertThat(app.draft().agreement().services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.9");
        waitForFullResults(robot, shown);
        assertThat(robot.lookup("#simulator-selection").queryLabeled().getText()).isEqualTo("Web shop hosting at 99.9% (drafted)");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement().services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.95");
        assertThat(robot.lookup("#simulator").tryQuery()).isPresent();
        assertThat(dialogs.errorsShown()).isEmpty();
    }

    @Test
    void aSliderRefreshesTheTableAndIsKeptInTheDraftAsOneUndoableEdit(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#menu-bar");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitForFullResults(robot, null);
        LevelRow before = (LevelRow) robot.lookup("#simulator-table").queryTableView().getItems().get(0);

        Slider mttr = robot.lookup("#simulator-mttr").queryAs(Slider.class);
        robot.interact(() -> mttr.setValue(240));
        waitForFullResults(robot, before);

        assertThat(app.draft().agreement().simulationAssumptions().outages().meanTimeToRepairMinutes()).isEqualByComparingTo("240");
        LevelRow after = (LevelRow) robot.lookup("#simulator-table").queryTableView().getItems().get(0);
        // Longer outages at the same expected downtime are fewer and larger: the same allowance, breached less often.
        assertThat(after.outlook().allowedMinutesPerMonth()).isEqualTo(before.outlook().allowedMinutesPerMonth());
        assertThat(after.outlook().breachProbabilityPerPeriod()).isNotEqualTo(before.outlook().breachProbabilityPerPeriod());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement().simulationAssumptions()).isNull();
        assertThat(mttr.getValue()).isEqualTo(60);

        robot.clickOn("#simulator-back");
        assertThat(robot.lookup("#wizard").tryQuery()).isPresent();
        assertThat(robot.lookup("#simulator").tryQuery()).isEmpty();
    }

    @Test
    void everyControlOfTheSimulatorHasAnIdAndAccessibleText(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-simulate");
        waitForFullResults(robot, null);

        // Node.lookupAll per selector: TestFX's lookup of "#a .b, #a .c" finds nothing and would let this pass unseen.
        javafx.scene.Node simulator = robot.lookup("#simulator").query();
        List<Control> controls = List.of(".slider", ".button", ".table-view").stream()
                .flatMap(selector -> simulator.lookupAll(selector).stream()).distinct()
                .filter(Control.class::isInstance).map(Control.class::cast).toList();
        assertThat(controls).as("the simulator's sliders, buttons and table").hasSizeGreaterThan(3);
        assertThat(controls.stream().filter(c -> c.getId() == null || c.getAccessibleText() == null && !(c instanceof Labeled)))
                .isEmpty();
        assertThat(robot.lookup("#simulator .chart").<javafx.scene.Node>queryAll()).hasSize(2)
                .allSatisfy(c -> assertThat(c.getAccessibleText()).isNotBlank());
    }

    @Test
    void theTableSaysWhatItsFiguresMeanNamesTheCurrencyAndIsExportedAsShown(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-simulate");
        waitForFullResults(robot, null);
        clickRow(robot, "web-shop", "99.9");

        TableView<LevelRow> table = robot.lookup("#simulator-table").queryTableView();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Service", "Level", "Allowed",
                "P(breach)", "Expected credits (EUR)", "Customer loss (EUR)", "Provider (EUR)");
        assertThat(robot.lookup("#simulator-explained").queryLabeled().getText())
                .startsWith("P(breach) per month is the chance that, in any one month, the service is down for longer than its level allows");
        LevelRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(robot.lookup("#simulator-explained-selected").queryLabeled().getText())
                .isEqualTo("Web shop hosting at 99.9%: " + Explanations.monthly(selected.outlook().breachProbabilityPerPeriod())
                        + "; in a year, the chance of at least one such month is "
                        + LevelRow.percent(selected.outlook().breachProbabilityPerYear()) + ".");

        Path csv = Files.createTempDirectory("csv").resolve("levels");
        dialogs.csvToSaveTo = csv;
        robot.clickOn("#simulator-export-csv");

        assertThat(dialogs.asked).containsExactly("csv managed-hosting-service-level-agreement-service-levels.csv");
        byte[] bytes = Files.readAllBytes(csv.resolveSibling("levels.csv"));
        assertThat(new String(bytes, 0, 3, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<String> lines = List.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Service,Level,Allowed per month,P(breach) month,P(breach) year,"
                + "Expected credits (EUR) month,Expected credits (EUR) year,Expected credits (EUR) year 95%,"
                + "Customer loss (EUR) expected,Customer loss (EUR) uncovered,Provider (EUR) cost,Provider (EUR) margin,"
                + "Provider (EUR) break-even");
        assertThat(lines).hasSize(table.getItems().size() + 1);
        for (int r = 0; r < table.getItems().size(); r++) {
            LevelRow row = table.getItems().get(r);
            List<String> shown = new java.util.ArrayList<>();
            for (var column : table.getVisibleLeafColumns()) {
                String cell = String.valueOf(column.getCellData(r));
                shown.add(shown.isEmpty() ? row.serviceName() : cell);
            }
            assertThat(lines.get(r + 1)).as("row %d", r).isEqualTo(shown.stream()
                    .map(c -> c.contains(",") ? "\"" + c + "\"" : c).collect(java.util.stream.Collectors.joining(",")));
        }
        assertThat(robot.lookup("#simulator-csv-outcome").queryLabeled().getText())
                .isEqualTo("Wrote levels.csv: " + table.getItems().size() + " levels.");
    }
}
