package org.slastudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.ui.performance.ExampleRecords;
import org.slastudio.ui.performance.PerformanceRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Performance view in the whole window, headless, on the shipped example: opened from the Go menu and the Review
 * step, records loaded through the file dialog or dropped on it, a period and level selected, a bad file, and a large
 * export (a million rows) read while the window goes on answering.
 */
@ExtendWith(ApplicationExtension.class)
class PerformanceWalkTest {
    /** Rows of the large export: a few seconds' read here, long enough to watch it under way. */
    private static final int LARGE = 1_000_000;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppModel app;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("performance-walk");
        app = TemplateWindow.show(stage, dialogs);
    }

    private static MenuItem goMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals("_Go")).flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The example open, Go > Performance…, read on {@code asOf}. */
    private void openOn(FxRobot robot, String asOf) {
        robot.clickOn("#start-example");
        robot.interact(() -> goMenuItem(robot, "menu-performance").fire());
        robot.interact(() -> robot.lookup("#performance-as-of").queryAs(DatePicker.class).setValue(LocalDate.parse(asOf)));
    }

    private Path outages() throws Exception {
        return Files.writeString(folder.resolve("year.csv"), """
                start,end,service,planned
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes,false
                2026-01-11T02:30Z,2026-01-11T03:30Z,kubernetes,true
                2026-02-03T09:00Z,2026-02-03T09:40Z,kubernetes,false
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernetes,false
                """);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PerformanceRow> table(FxRobot robot) {
        return robot.lookup("#performance-table").queryAs(TableView.class);
    }

    private static PerformanceRow row(FxRobot robot, String period, String level) {
        return table(robot).getItems().stream().filter(r -> r.period().equals(period) && r.level().equals(level))
                .findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private static void waitForRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !table(robot).getItems().isEmpty() && !robot.lookup("#performance-working").query().isVisible()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recordsLoadedFromTheGoMenuShowEachLevelInEachPeriodAndASelectedRowItsSteps(FxRobot robot) throws Exception {
        openOn(robot, "2026-04-20");
        Agreement before = app.draft().agreement();
        boolean dirty = app.draft().dirty().get();
        dialogs.recordsToOpen = outages();

        robot.clickOn("#performance-load");
        waitForRows(robot);

        assertThat(dialogs.asked).contains("records");
        assertThat(text(robot, "performance-file")).isEqualTo("year.csv");
        assertThat(robot.lookup("#performance-from").queryAs(ComboBox.class).getValue()).hasToString("2026-01");
        assertThat(robot.lookup("#performance-to").queryAs(ComboBox.class).getValue()).hasToString("2026-03");
        assertThat(table(robot).getItems()).hasSize(9).extracting(PerformanceRow::period).startsWith("2026-01", "2026-01",
                "2026-01").endsWith("2026-03");
        assertThat(table(robot).getColumns()).extracting(c -> c.getText()).containsExactly("Period", "Service level", "Target",
                "Availability", "Downtime", "Tier", "Credit", "Earn-back", "Claim by");
        PerformanceRow january = row(robot, "2026-01", "Managed Kubernetes Platform, 24x7");
        assertThat(List.of(january.availability(), january.downtime(), january.tier(), january.credit(), january.earnBack(),
                january.claimBy())).containsExactly("99.7282%", "2h 0m", "1", "EUR 1,850.00", "lost", "2026-03-02 (passed)");
        assertThat(text(robot, "performance-total-owed")).isEqualTo("EUR 5,550.00");
        assertThat(text(robot, "performance-total-pending")).isEqualTo("EUR 1,850.00");
        assertThat(text(robot, "performance-total-claims")).isEqualTo("1");
        assertThat(text(robot, "performance-note-0")).isEqualTo("Object Storage is measured by intervals and year.csv does"
                + " not have its columns (\"error_rate_percent\"): it is left out.");

        PerformanceRow march = row(robot, "2026-03", "Managed Kubernetes Platform, 24x7");
        robot.interact(() -> table(robot).scrollTo(march));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == march).<TableRow<?>>query());

        assertThat(text(robot, "performance-selected")).isEqualTo("Managed Kubernetes Platform, 24x7 in 2026-03");
        assertThat(text(robot, "performance-measured")).startsWith("6h 0m of downtime in the 24x7 window in 2026-03");
        VBox steps = robot.lookup("#performance-steps").queryAs(VBox.class);
        assertThat(steps.getChildren()).extracting(n -> ((Labeled) n).getText())
                .anyMatch(s -> s.startsWith("1. ") && s.contains("tier 1"))
                .anyMatch(s -> s.contains("earn-back") || s.contains("earned back"))
                .last().asString().endsWith("Claim by 30 April 2026: still open on 20 April 2026.");
        assertThat(app.draft().agreement()).as("nothing of the draft changes").isEqualTo(before);
        assertThat(app.draft().dirty().get()).isEqualTo(dirty);

        robot.clickOn("#performance-back");
        assertThat(robot.lookup("#wizard-content").tryQuery()).isPresent();
        assertThat(robot.lookup("#performance").tryQuery()).isEmpty();
    }

    @Test
    void theServiceReportOfWhatTheViewShowsIsExportedWhereTheUserChose(FxRobot robot) throws Exception {
        openOn(robot, "2026-04-20");
        assertThat(robot.lookup("#performance-export-report").query().isDisabled()).as("nothing to report yet").isTrue();
        Agreement before = app.draft().agreement();
        dialogs.recordsToOpen = outages();
        robot.clickOn("#performance-load");
        waitForRows(robot);
        dialogs.pdfToSaveTo = folder.resolve("first quarter");

        robot.clickOn("#performance-export-report");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !text(robot, "performance-report-outcome").isEmpty()).get());

        Path pdf = folder.resolve("first quarter.pdf");
        assertThat(dialogs.proposed.get(dialogs.proposed.size() - 1).getFileName())
                .hasToString("service-report-2026-01-to-2026-03.pdf");
        assertThat(text(robot, "performance-report-outcome")).matches("Wrote first quarter\\.pdf: \\d+ pages, marked DRAFT\\.");
        String report = ExportPdfTest.text(pdf).replaceAll("[\\s\\u00a0]+", " ");
        assertThat(report).contains("Managed Cloud Hosting Service Level Agreement January to March 2026")
                .contains("Jan 2026 99.7282%")
                .contains("Service Credits due in all: EUR 5,550.00")
                .contains("Object Storage is measured by intervals, and the records given have none for it")
                .contains("Table 4.1 lists each record of planned work in year.csv for January to March 2026 (one record)")
                .contains("Managed Kubernetes Platform Sun 11 Jan 2026 02:30–03:30 1 h 1 h 0 s not recorded 72 h asked"
                        + " Maintenance");
        assertThat(ExportPdfTest.markedDraft(pdf)).isTrue();
        assertThat(app.draft().agreement()).as("nothing of the draft changes").isEqualTo(before);

        robot.clickOn("#performance-report-final");
        dialogs.pdfToSaveTo = folder.resolve("gone").resolve("final.pdf");
        robot.clickOn("#performance-export-report");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !dialogs.errorsShown().isEmpty()).get());
        assertThat(dialogs.errorsShown()).singleElement().asString().startsWith("error Could not export final.pdf: The service"
                + " report was not written to " + folder.resolve("gone").resolve("final.pdf"));

        dialogs.pdfToSaveTo = pdf;
        robot.clickOn("#performance-export-report");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> text(robot, "performance-report-outcome").endsWith("final copy.")).get());
        assertThat(ExportPdfTest.markedDraft(pdf)).as("written again, without the mark").isFalse();
    }

    @Test
    void aBadFileShowsEachBadRowWithItsLineAndNoFigures(FxRobot robot) throws Exception {
        openOn(robot, "2026-04-20");
        dialogs.recordsToOpen = Files.writeString(folder.resolve("bad.csv"), """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,yesterday,kubernetes
                """);

        robot.clickOn("#performance-load");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !text(robot, "performance-message").isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "performance-message")).isEqualTo("bad.csv cannot be used: a row is not records SLA Studio"
                + " can read. Correct it and load the file again; nothing was measured.");
        assertThat(robot.lookup("#performance-problems").queryListView().getItems()).containsExactly(
                "bad.csv line 3: end \"yesterday\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z");
        assertThat(robot.lookup("#performance-problems").query().isVisible()).isTrue();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(dialogs.errorsShown()).as("shown in the view, not as a dialog, and never a stack trace").isEmpty();
    }

    @Test
    void aRecordsFileDroppedOnTheViewIsLoaded(FxRobot robot) throws Exception {
        openOn(robot, "2026-04-20");
        Path year = outages();

        robot.interact(() -> FileDrops.drop(robot.lookup("#performance").query(), year.toFile()));
        waitForRows(robot);

        assertThat(text(robot, "performance-file")).isEqualTo("year.csv");
        assertThat(row(robot, "2026-02", "Managed Kubernetes Platform, 24x7").availability()).isEqualTo("99.8995%");
        assertThat(dialogs.asked).doesNotContain("records");
    }

    @Test
    void theReviewStepOpensItAndEveryControlHasAnIdAndAccessibleText(FxRobot robot) {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        robot.clickOn("#review-performance");

        Node view = robot.lookup("#performance").query();
        List<String> missing = view.lookupAll(".button, .check-box, .combo-box-base, .table-view, .list-view, .progress-bar").stream()
                .map(Control.class::cast)
                .filter(c -> c.getId() == null || c.getAccessibleText() == null || c.getAccessibleText().isBlank())
                .map(c -> c.getClass().getSimpleName() + " " + c.getId()).toList();
        assertThat(missing).isEmpty();
        assertThat(view.lookupAll(".button").stream().map(Node::getId))
                .contains("performance-load", "performance-cancel", "performance-export-report", "performance-back");
    }

    @Test
    void aLargeExportIsReadWhileTheWindowGoesOnAnswering(FxRobot robot) throws Exception {
        Path large = ExampleRecords.large(folder, LARGE);
        openOn(robot, "2026-04-20");
        ProgressBar progress = robot.lookup("#performance-progress").queryAs(ProgressBar.class);
        Node working = robot.lookup("#performance-working").query();
        List<Double> heard = new CopyOnWriteArrayList<>();
        robot.interact(() -> progress.progressProperty().addListener((o, was, is) -> heard.add(is.doubleValue())));
        @SuppressWarnings("unchecked")
        ComboBox<String> level = robot.lookup("#performance-level").queryAs(ComboBox.class);
        AtomicBoolean listShownWhileReading = new AtomicBoolean();
        robot.interact(() -> level.showingProperty().addListener((o, was, is) -> {
            if (is && working.isVisible()) {
                listShownWhileReading.set(true);
            }
        }));
        dialogs.recordsToOpen = large;

        robot.clickOn("#performance-load");

        assertThat(working.isVisible()).as("the progress shows while the file is read").isTrue();
        assertThat(text(robot, "performance-progress-text")).startsWith("Reading large-export.csv…");
        // Another control answers during the read: its list opens and closes.
        robot.clickOn("#performance-level");
        robot.type(KeyCode.ESCAPE);
        assertThat(listShownWhileReading).as("the list opened while the file was being read").isTrue();
        waitForRows(robot);

        assertThat(heard).as("progress reached the window as the file was read").anyMatch(p -> p > 0 && p < 1);
        PerformanceRow january = row(robot, "2026-01", "Managed Kubernetes Platform, 24x7");
        assertThat(january.availability()).isEqualTo("99.9094%");
        assertThat(january.measuredText()).contains("(5 outages counted)");
        assertThat(january.credit()).isEqualTo("EUR 1,850.00");
        assertThat(text(robot, "performance-status")).contains("from large-export.csv, 2026-01 to 2026-03");
    }

    @Test
    void readingALargeExportCanBeCancelled(FxRobot robot) throws Exception {
        Path large = ExampleRecords.large(folder, LARGE);
        openOn(robot, "2026-04-20");
        dialogs.recordsToOpen = large;

        robot.clickOn("#performance-load");
        robot.clickOn("#performance-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "performance-message")).isEqualTo("Reading large-export.csv was cancelled: nothing of it is"
                + " shown. Load it again to see its records.");
        assertThat(robot.lookup("#performance-working").query().isVisible()).isFalse();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(text(robot, "performance-file")).isEqualTo("No records loaded");
    }
}
