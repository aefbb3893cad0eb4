package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.store.Autosave;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Export PDF…, Options memo… and Print… and the Review step's buttons for them, in the whole window, headless. */
@ExtendWith(ApplicationExtension.class)
class FileMenuWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path folder;
    private ScriptedPrinter printer;
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("file-menu");
        printer = new ScriptedPrinter(folder.resolve("printed"));
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of(),
                Jobs.background(), printer);
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String outcomeOnceDone(FxRobot robot, String startsWith) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Label outcome = robot.lookup("#review-export-outcome").queryAs(Label.class);
            return outcome.isVisible() && outcome.getText().startsWith(startsWith);
        }).get());
        return robot.lookup("#review-export-outcome").queryAs(Label.class).getText();
    }

    @Test
    void theFileMenusDocumentsAreThereOnlyWithADraftOpenAndCarryTheirShortcuts(FxRobot robot) {
        List<String> ids = List.of("menu-export-pdf", "menu-options-memo", "menu-print");
        assertThat(ids).allSatisfy(id -> assertThat(menuItem(robot, id).isDisable()).as(id).isTrue());
        assertThat(menuItem(robot, "menu-export-pdf").getAccelerator().getDisplayText()).isEqualTo("Ctrl+E");
        assertThat(menuItem(robot, "menu-print").getAccelerator().getDisplayText()).isEqualTo("Ctrl+P");
        assertThat(ids).extracting(id -> menuItem(robot, id).getText())
                .containsExactly("_Export PDF…", "Options _memo…", "_Print…");

        press(robot, KeyCode.E);
        press(robot, KeyCode.P);
        assertThat(dialogs.asked).isEmpty();
        assertThat(printer.names).isEmpty();

        robot.clickOn("#start-example");
        assertThat(ids).allSatisfy(id -> assertThat(menuItem(robot, id).isDisable()).as(id).isFalse());
    }

    @Test
    void ctrlEExportsThePdfFromAnyStep(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-services");
        dialogs.pdfToSaveTo = folder.resolve("hosting.pdf");

        press(robot, KeyCode.E);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("hosting.pdf")));

        assertThat(dialogs.asked).containsExactly("pdf managed-hosting-service-level-agreement.pdf");
        robot.clickOn("#wizard-step-review");
        assertThat(outcomeOnceDone(robot, "Wrote")).startsWith("Wrote hosting.pdf: ").contains("marked DRAFT");
        assertThat(ExportPdfTest.text(folder.resolve("hosting.pdf"))).contains("Nimbus Hosting GmbH");
    }

    @Test
    void ctrlPPrintsThroughThePdfAndTheReviewStepsPrintButtonDoesTheSame(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-final-copy");

        press(robot, KeyCode.P);
        assertThat(outcomeOnceDone(robot, "Sent")).startsWith("Sent managed-hosting-service-level-agreement.pdf to the printer: ")
                .contains("final copy");
        robot.clickOn("#review-print");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.copies.size() == 2);

        assertThat(printer.names).containsExactly("managed-hosting-service-level-agreement.pdf",
                "managed-hosting-service-level-agreement.pdf");
        assertThat(ExportPdfTest.text(printer.copies.get(0))).contains("Nimbus Hosting GmbH", "Acme Retail Ltd");
        assertThat(ExportPdfTest.markedDraft(printer.copies.get(1))).isFalse();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void whereNothingCanPrintTheUserIsToldSoWithoutAStackTrace(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        printer.unavailable = "Printing is not possible on this machine: it offers no printing to programs.";

        robot.clickOn("#review-print");

        assertThat(outcomeOnceDone(robot, "Not printed")).isEqualTo("Not printed: printing is not possible on this machine.");
        assertThat(dialogs.errorsShown()).containsExactly("error Cannot print: " + printer.unavailable);
    }

    @Test
    void theOptionsMemoIsWrittenFromItsButtonOnTheReviewStep(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        robot.interact(() -> app.draft().commit(app.draft().agreement().withSimulationAssumptions(
                new SimulationAssumptions(List.of(), null, null, List.of(), 1200, 7L))));
        robot.clickOn("#wizard-step-review");
        dialogs.memoToSaveTo = folder.resolve("memo.pdf");
        dialogs.memoDetails = new Dialogs.MemoRequest("99.9, 99.99", "Which level for Acme", "", "", "");

        robot.clickOn("#review-options-memo");

        assertThat(outcomeOnceDone(robot, "Wrote")).startsWith("Wrote memo.pdf: options 99.9%, 99.99% on ");
        assertThat(ExportPdfTest.text(folder.resolve("memo.pdf")).replaceAll("\\s+", " "))
                .contains("Which level for Acme", "1 99.9%", "2 99.99%");
        Button memo = robot.lookup("#review-options-memo").queryButton();
        assertThat(memo.getAccessibleText()).isNotBlank();
        assertThat(robot.lookup("#review-print").queryButton().getAccessibleText()).isNotBlank();
    }
}
